/**
 * The one reader of the session, for pages, server actions and route handlers alike. It trusts
 * the signed token only for the user id and session version, then re-reads the user: a disabled
 * account, a bumped version (sign-out everywhere, password change, role removal) or a deleted
 * user ends access on the next request, on every instance.
 *
 * The token is decoded here rather than through getServerSession, which would run the jwt
 * callback and read the user a second time for the same request. Only /api/auth/session (the
 * browser's session refresh) goes through that callback.
 */
import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { actorForUser, isSessionRevoked } from "../services/sessions";
import { ANONYMOUS, type Actor } from "./actor";
import { authOptions } from "./options";

/** A value with a broken escape ("%", "%E0%A4%A") is no session token; it is kept as sent rather than failing the request. */
function decodedCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function cookieMap(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), decodedCookieValue(part.slice(index + 1).trim()));
  }
  return cookies;
}

/** The actor whose session cookie a request carries. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor> {
  const token = await getToken({
    req: { cookies: cookieMap(requestHeaders.get("cookie")), headers: requestHeaders } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
  });
  if (!token?.uid || typeof token.sv !== "number" || !token.sid) return ANONYMOUS;
  const [actor, revoked] = await Promise.all([actorForUser(token.uid, token.sv), isSessionRevoked(token.sid)]);
  return revoked ? ANONYMOUS : actor;
}

/** For route handlers: read from the Request itself, not from Next's request scope. */
export function actorFromRequest(request: Request): Promise<Actor> {
  return actorFromHeaders(request.headers);
}

/** For pages and server actions; once per request however many components ask. */
export const getActor = cache(async (): Promise<Actor> => actorFromHeaders(await headers()));
