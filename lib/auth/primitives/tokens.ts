/**
 * Opaque random tokens for links and sessions (password reset, email verification, and so on).
 * Generalises lib/services/tokens.ts, which does the same for resume tokens; the two are to be
 * merged later.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** ASVS 5.0 7.2.3 asks for at least 128 bits of entropy in reference tokens. */
const MIN_TOKEN_BYTES = 16;

/** A fresh token of `bytes` random bytes (256 bits by default), URL-safe without padding. */
export function newOpaqueToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) throw new RangeError(`A token needs at least ${MIN_TOKEN_BYTES} random bytes`);
  return randomBytes(bytes).toString("base64url");
}

/**
 * Only this hash is stored, so a leaked database does not leak working links. Unsalted SHA-256 is
 * enough for random tokens (nothing to guess) and keeps lookup by hash possible.
 */
export function hashOpaqueToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Compares two strings in time that depends on neither their contents nor where they differ.
 * Both are hashed first so inputs of different lengths compare without leaking the length
 * (timingSafeEqual itself throws on a length mismatch).
 */
export function safeEqual(a: string, b: string): boolean {
  const digestA = createHash("sha256").update(a).digest();
  const digestB = createHash("sha256").update(b).digest();
  return timingSafeEqual(digestA, digestB);
}
