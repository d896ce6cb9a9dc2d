/**
 * The known-device cookie: proof that this browser has signed in to an account before. The
 * per-account pacing of failed sign-ins (lib/auth/throttle-limits.ts) does not apply to it, so an
 * attacker guessing from elsewhere can slow strangers down but never the owner at their own desk.
 * It is an HMAC of the account's email under the session secret: it proves nothing else, grants
 * nothing else, and cannot be made for another account.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { KNOWN_DEVICE_MAX_AGE_SECONDS } from "./throttle-limits";

const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

export const KNOWN_DEVICE_COOKIE = `${secure ? "__Secure-" : ""}rolefit.known-device`;

export const KNOWN_DEVICE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure,
  path: "/",
  maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
};

export function knownDeviceToken(email: string): string | null {
  if (!env.AUTH_SECRET) return null;
  return createHmac("sha256", env.AUTH_SECRET).update(`known-device:${email.toLowerCase()}`).digest("base64url");
}

/** Whether a Cookie header carries this account's known-device cookie. */
export function isKnownDevice(cookieHeader: string | undefined | null, email: string): boolean {
  const expected = knownDeviceToken(email);
  if (!expected || !cookieHeader) return false;
  const sent = cookieHeader
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${KNOWN_DEVICE_COOKIE}=`))
    ?.slice(KNOWN_DEVICE_COOKIE.length + 1);
  if (!sent || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}
