/**
 * The wrapper every route handler goes through: it refuses cross-site writes, limits and
 * parses the body, and turns expected errors into JSON with field paths. Unexpected errors
 * are logged and answered with a generic 500, never with internals. Each request is logged
 * once, under the request id that proxy.ts assigned.
 */
import "server-only";
import { NextResponse } from "next/server";
import { logger, withRequestId } from "../log/logger";
import { maskPath } from "../log/mask-path";
import { REQUEST_ID_HEADER, requestIdFrom } from "../log/request-id";
import { databaseUnavailableError, databaseUnavailableReason } from "../database/unavailable";
import { DomainError } from "../errors";
import { jsonError } from "./errors";
import { localeOfRequest } from "./locale";
import { actorFromRequest } from "../auth/session";
import { localizeServerMessage } from "../i18n/server-messages";
import type { Locale } from "../i18n/locales";
import { isWellFormedText } from "../validation/text";

export const MAX_BODY_BYTES = 1_000_000;

/** State-changing requests must come from our own origin; `Origin: null` is refused. */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!originHost || originHost !== host) {
    throw new DomainError("forbidden", "cross_origin", "Cross-site requests are not allowed.");
  }
}

/**
 * The body as text, refused as soon as it passes the limit: a body sent without a length (or
 * with a false one) is never read into memory whole.
 */
export async function readLimitedText(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new DomainError("too_large", "body_too_large", "The request body is larger than 1 MB.");
    }
    chunks.push(value);
  }
  // UTF-8 with a byte-order mark dropped, as request.text() would; but bytes that are not UTF-8
  // are refused rather than replaced, so nothing is stored other than what the client sent.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new DomainError("invalid", "invalid_encoding", "The request body is not valid UTF-8.");
  }
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Whether a string in the parsed body, or a key, holds half of a surrogate pair. Walked without
 * recursion, since a body may nest a hundred thousand levels deep.
 */
function holdsLoneSurrogate(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (!isWellFormedText(item)) return true;
    } else if (Array.isArray(item)) {
      for (const inner of item) pending.push(inner);
    } else if (item !== null && typeof item === "object") {
      for (const [key, inner] of Object.entries(item)) {
        if (!isWellFormedText(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new DomainError("unsupported_media_type", "unsupported_media_type", "Send the request body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new DomainError("too_large", "body_too_large", "The request body is larger than 1 MB.");
  const text = await readLimitedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("invalid", "invalid_json", "The request body is not valid JSON.");
  }
  // Decoded UTF-8 never holds a lone surrogate; only an escape can make one, so most bodies skip the walk.
  if (SURROGATE_ESCAPE.test(text) && holdsLoneSurrogate(body)) {
    throw new DomainError("invalid", "invalid_encoding", "The request body holds an unpaired surrogate escape (\\uD800 to \\uDFFF), which is not text.");
  }
  return body;
}

/**
 * The caller's language for an error: their setting when the request carries a session that can
 * still be read, else the switcher's cookie and Accept-Language. Read only when answering an error.
 */
export async function errorLocaleOf(request: Request): Promise<Locale> {
  const actor = await actorFromRequest(request).catch(() => null);
  return localeOfRequest(request, actor);
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;

export interface RouteOptions {
  /** The level of the one line logged per request: "debug" for routes polled all day, such as the health check. */
  logLevel?: "info" | "debug";
}

export function route<P = Record<string, never>>(handler: Handler<P>, options: RouteOptions = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    return withRequestId(requestIdFrom(request.headers.get(REQUEST_ID_HEADER)), async () => {
      const path = maskPath(new URL(request.url).pathname);
      let response: Response;
      try {
        assertSameOrigin(request);
        response = await handler(request, await context.params);
      } catch (error) {
        const unavailable = error instanceof DomainError ? null : databaseUnavailableReason(error);
        if (error instanceof DomainError) {
          // A stored row this code cannot read is ours to fix: logged with what it names.
          if (error.kind === "unreadable") logger.error({ code: error.code, method: request.method, path }, error.message);
          // A refused burst must stay cheap: a 429 is said in the cookie's or browser's language, without a session lookup.
          response = jsonError(error, error.kind === "rate_limited" ? localeOfRequest(request, null) : await errorLocaleOf(request));
        } else if (unavailable) {
          // An outage fails every request alike: one warn line each, no stack.
          logger.warn({ method: request.method, path, reason: unavailable }, "database unavailable");
          // No session lookup: it would ask the database that just failed.
          response = jsonError(databaseUnavailableError(), localeOfRequest(request, null));
        } else {
          logger.error({ err: error, method: request.method, path }, "unhandled route error");
          const message = localizeServerMessage("Something went wrong on our side. Your saved answers are safe; try again.", await errorLocaleOf(request));
          response = NextResponse.json({ error: { code: "internal_error", message, issues: [] } }, { status: 500 });
        }
      }
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      logger[options.logLevel ?? "info"]({ method: request.method, path, status: response.status, durationMs }, "request");
      return response;
    });
  };
}
