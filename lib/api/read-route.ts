/**
 * The read-only API's routes: GET handlers under the shared route() wrapper that accept a
 * personal token or a session, answer privately and uncached, and tell a client without valid
 * credentials how to authenticate (RFC 6750).
 */
import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "../auth/actor";
import { actorFromApiRequest, presentsApiToken } from "../auth/api-actor";
import { jsonError } from "../http/errors";
import { errorLocaleOf, route } from "../http/route";
import { DomainError } from "../errors";

export const API_CACHE_CONTROL = "private, no-store";

const REALM = 'Bearer realm="rolefit"';

export function apiJson(body: unknown, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { headers: { ...headers, "Cache-Control": API_CACHE_CONTROL } });
}

async function apiError(error: DomainError, request: Request): Promise<Response> {
  const response = jsonError(error, await errorLocaleOf(request));
  response.headers.set("Cache-Control", API_CACHE_CONTROL);
  if (error.kind === "unauthenticated") {
    // A request without credentials is told the scheme only; one with a bad token is told it is the token.
    response.headers.set("WWW-Authenticate", presentsApiToken(request) ? `${REALM}, error="invalid_token"` : REALM);
  }
  return response;
}

export function readRoute<P = Record<string, never>>(handler: (actor: Actor, request: Request, params: P) => Promise<Response>) {
  return route<P>(async (request, params) => {
    try {
      return await handler(await actorFromApiRequest(request), request, params);
    } catch (error) {
      if (error instanceof DomainError) return apiError(error, request);
      throw error;
    }
  });
}
