/**
 * The cookie that carries a single sign-on waiting for the account's second factor: an opaque
 * token whose hash is the PendingSecondFactor row (lib/services/sso-sign-in.ts). It is sent only
 * to the endpoint that completes the sign-in, never readable by scripts, and gone with the row.
 */
import "server-only";
import { env } from "../env";

const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

export const SSO_SECOND_FACTOR_PROVIDER_ID = "sso-second-factor";

export const SSO_PENDING_COOKIE = `${secure ? "__Secure-" : ""}rolefit.sso-pending`;

const path = `/api/auth/callback/${SSO_SECOND_FACTOR_PROVIDER_ID}`;

export function ssoPendingCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path, expires: expiresAt };
}

/** Deleting a cookie needs the path it was set with. */
export const SSO_PENDING_COOKIE_DELETION = { name: SSO_PENDING_COOKIE, path, secure, httpOnly: true, sameSite: "lax" as const };

/** The pending token a Cookie header carries, or null. */
export function ssoPendingToken(cookieHeader: string | undefined | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === SSO_PENDING_COOKIE) return part.slice(index + 1).trim() || null;
  }
  return null;
}
