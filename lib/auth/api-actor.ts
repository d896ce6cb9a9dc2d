/**
 * The actor behind a request to the read-only API: a personal token in the Authorization header,
 * else the session cookie, as on every other route. Only the read-only routes call this, so a
 * token opens nothing else. The header is never logged (see lib/log redaction).
 */
import "server-only";
import { actorForApiToken } from "../services/api-tokens";
import { DomainError } from "../errors";
import type { Actor } from "./actor";
import { actorFromRequest } from "./session";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** A request that presents a token is judged by the token alone, even when it carries a cookie too. */
export function presentsApiToken(request: Request): boolean {
  return request.headers.has("authorization");
}

export async function actorFromApiRequest(request: Request): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (header === null) return actorFromRequest(request);
  const match = BEARER.exec(header);
  if (!match) throw new DomainError("unauthenticated", "invalid_token", "Send the API token in the header Authorization: Bearer rfk_…");
  return actorForApiToken(match[1]);
}
