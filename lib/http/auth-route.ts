/**
 * The front of next-auth's route handler (/api/auth/*). next-auth 4 trusts what it is sent: a
 * body that is not JSON, a callbackUrl that is not a URL, or a field that is not text made it
 * answer 500. Here every request goes through the app's route wrapper (request id, log line,
 * cross-site refusal, generic 500) and its body is read once, limited, checked and handed on,
 * so malformed input gets a 4xx that says what is wrong.
 */
import "server-only";
import { NextRequest } from "next/server";
import { DomainError } from "../errors";
import { safeCallbackPath } from "../validation/auth";
import { isWellFormedText } from "../validation/text";
import { jsonError } from "./errors";
import { readLimitedText, route } from "./route";

type NextAuthHandler = (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/** The sign-in form's fields are short (an email, a password, a code, a path); anything larger is not a sign-in. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;
const MAX_FIELD_LENGTH = 4_096;

function invalid(message: string, path = ""): DomainError {
  return new DomainError("invalid", "invalid_request", message, [{ path, message }]);
}

function assertFieldsFit(fields: Record<string, string>): Record<string, string> {
  for (const [key, value] of Object.entries(fields)) {
    if (value.length > MAX_FIELD_LENGTH) throw invalid(`The field ${key.slice(0, 40)} is longer than ${MAX_FIELD_LENGTH.toLocaleString("en-US")} characters.`, key.slice(0, 40));
  }
  return fields;
}

/** next-auth reads form fields as strings; a JSON body must be a flat object of strings too. */
function parseFields(text: string, contentType: string): Record<string, string> {
  if (contentType.startsWith("application/x-www-form-urlencoded")) return assertFieldsFit(Object.fromEntries(new URLSearchParams(text)));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DomainError("invalid", "invalid_json", "The request body is not valid JSON.");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw invalid("Send the sign-in fields as a JSON object.");
  for (const [key, value] of Object.entries(body)) {
    // Half of a surrogate pair, possible only through a \u escape, is not text either.
    if (typeof value !== "string" || !isWellFormedText(value) || !isWellFormedText(key)) throw invalid(`The field ${key.slice(0, 40)} must be text.`, key.slice(0, 40));
  }
  return assertFieldsFit(body as Record<string, string>);
}

/** A callbackUrl must lead back into this site: a path, or an absolute URL on the site's own origin. */
function assertCallbackUrl(value: string | null | undefined, origin: string): void {
  if (value === null || value === undefined) return;
  let path: string | null = value;
  if (!value.startsWith("/")) {
    try {
      const url = new URL(value);
      path = url.origin === origin ? `${url.pathname}${url.search}` : null;
    } catch {
      path = null;
    }
  }
  if (safeCallbackPath(path, null) === null) throw invalid("callbackUrl must be a path on this site, such as /my.", "callbackUrl");
}

/** The password sign-in is a POST of its form; next-auth throws on any other method there. */
function refusedMethod(request: Request): Response | null {
  if (request.method === "POST" || !new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const refusal = jsonError(new DomainError("method_not_allowed", "method_not_allowed", `${request.method} is not allowed here. This address answers POST, OPTIONS.`));
  refusal.headers.set("Allow", "POST, OPTIONS");
  return refusal;
}

async function checkedRequest(request: Request, origin: string): Promise<NextRequest> {
  assertCallbackUrl(new URL(request.url).searchParams.get("callbackUrl"), origin);
  if (request.method !== "POST") return new NextRequest(request);
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!contentType.startsWith("application/x-www-form-urlencoded") && !contentType.startsWith("application/json")) {
    throw new DomainError("unsupported_media_type", "unsupported_media_type", "Send the sign-in fields as a form (application/x-www-form-urlencoded) or as JSON.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_AUTH_BODY_BYTES) {
    throw new DomainError("too_large", "body_too_large", "The request body is larger than 64 KB.");
  }
  const text = await readLimitedText(request);
  if (Buffer.byteLength(text) > MAX_AUTH_BODY_BYTES) throw new DomainError("too_large", "body_too_large", "The request body is larger than 64 KB.");
  assertCallbackUrl(parseFields(text, contentType).callbackUrl, origin);
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: text });
}

export function authRoute(handler: NextAuthHandler, publicOrigin: string) {
  return route<{ nextauth: string[] }>(
    async (request, params) => refusedMethod(request) ?? handler(await checkedRequest(request, publicOrigin), { params: Promise.resolve(params) }),
  );
}
