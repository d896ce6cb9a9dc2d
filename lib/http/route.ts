/**
 * The wrapper every route handler goes through: it refuses cross-site writes, limits and
 * parses the body, and turns expected errors into JSON with field paths. Unexpected errors
 * are logged and answered with a generic 500, never with internals.
 */
import "server-only";
import { NextResponse } from "next/server";
import { ServiceError } from "../services/errors";

export const MAX_BODY_BYTES = 1_000_000;

export function jsonError(error: ServiceError): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, issues: error.issues } },
    { status: error.status, headers: { "Cache-Control": "no-store" } },
  );
}

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
    throw new ServiceError(403, "cross_origin", "Cross-site requests are not allowed.");
  }
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new ServiceError(415, "unsupported_media_type", "Send the request body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new ServiceError(413, "body_too_large", "The request body is larger than 1 MB.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ServiceError(413, "body_too_large", "The request body is larger than 1 MB.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ServiceError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;

export function route<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request);
      return await handler(request, await context.params);
    } catch (error) {
      if (error instanceof ServiceError) return jsonError(error);
      console.error(JSON.stringify({ level: "error", msg: "unhandled route error", path: new URL(request.url).pathname, error: String(error) }));
      return NextResponse.json(
        { error: { code: "internal_error", message: "Something went wrong on our side. Your saved answers are safe; try again.", issues: [] } },
        { status: 500 },
      );
    }
  };
}
