/**
 * The actor behind a route handler's Request, read from the request itself rather than from
 * Next's request scope, with the same revocation check as the page-side reader.
 */
import "server-only";
import { getToken } from "next-auth/jwt";
import { ANONYMOUS, type Actor } from "./actor";
import { authOptions } from "./options";
import { actorForUser } from "./session";

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

export async function actorFromRequest(request: Request): Promise<Actor> {
  const token = await getToken({
    req: { cookies: cookieMap(request.headers.get("cookie")), headers: request.headers } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authOptions.secret,
  });
  if (!token?.uid || typeof token.sv !== "number") return ANONYMOUS;
  return actorForUser(token.uid, token.sv);
}
