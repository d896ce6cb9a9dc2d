/**
 * Signing in the Standard Webhooks scheme (https://www.standardwebhooks.com), the one Svix, and
 * with small differences Stripe, use: the receiver recomputes HMAC-SHA256 over
 * `${id}.${timestamp}.${body}` with the endpoint's secret and compares. The timestamp is signed
 * so an old delivery cannot be replayed later; the id stays the same across retries so a
 * receiver can drop duplicates. Written on node:crypto (a computation, no I/O) rather than a
 * library: the scheme is three lines, and the official package would be a dependency for them.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Standard Webhooks secrets are "whsec_" and base64 key bytes; the key is what is signed with. */
const SECRET_PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  return secret.startsWith(SECRET_PREFIX) ? Buffer.from(secret.slice(SECRET_PREFIX.length), "base64") : Buffer.from(secret, "utf8");
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** The base64 HMAC-SHA256 of "id.timestamp.body". */
export function signatureOf(secret: string, id: string, timestampSeconds: number, body: string): string {
  return createHmac("sha256", keyOf(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
}

export function signedHeaders(secret: string, id: string, at: Date, body: string): SignedHeaders {
  const timestamp = Math.floor(at.getTime() / 1000);
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signatureOf(secret, id, timestamp, body)}` };
}

/** How far a delivery's timestamp may be from the receiver's clock (Standard Webhooks suggests five minutes). */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/**
 * What a receiver does, here so the tests and the README's example check the same way: one of the
 * space-separated `v1,` signatures must match, in constant time, and the timestamp must be recent.
 */
export function verifySignature(secret: string, headers: Partial<Record<keyof SignedHeaders, string>>, body: string, now: Date = new Date()): boolean {
  const id = headers["webhook-id"];
  const timestamp = Number(headers["webhook-timestamp"]);
  const signatures = headers["webhook-signature"];
  if (!id || !Number.isInteger(timestamp) || !signatures) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signatureOf(secret, id, timestamp, body), "base64");
  return signatures.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
