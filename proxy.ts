/**
 * Runs before every request: gives it a Content Security Policy with a fresh nonce and a request
 * id. It only adds headers. It is not an authorization layer: every check lives in the services.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { PATHNAME_HEADER } from "@/lib/http/request-path";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));

  // Next reads the nonce from the request's policy header and puts it on its own scripts;
  // setting both here also overwrites anything a client sent under these names.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // The page's language can depend on it (lib/http/locale.ts: an engagement respondent's pages).
  requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Everything but build assets, which are immutable files that run no policy of their own
  // (next.config.js still gives them the static security headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
