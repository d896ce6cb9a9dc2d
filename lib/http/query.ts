/**
 * The API's query strings. A parameter sent with an empty value (`?to=`) is refused rather than
 * read as absent: a client that sends one has usually lost a value on the way, and should hear so.
 */
import { DomainError } from "../errors";

export function refuseEmptyParameters(params: URLSearchParams): URLSearchParams {
  const empty = [...new Set(params.keys())].filter((name) => params.getAll(name).some((value) => value.trim() === ""));
  if (empty.length > 0) {
    const issues = empty.slice(0, 50).map((name) => ({ path: name.slice(0, 100), message: "This parameter is empty. Give it a value, or leave it out." }));
    throw new DomainError("invalid", "invalid_request", `${issues[0]?.path}: This parameter is empty. Give it a value, or leave it out.`, issues);
  }
  return params;
}
