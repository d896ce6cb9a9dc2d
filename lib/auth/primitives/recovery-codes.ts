/**
 * One-time recovery codes for when the authenticator is lost (ASVS 5.0 6.5.x). Only their hashes
 * are stored; a code is spent by deleting (or marking) the row whose hash matches.
 */
import { createHash, randomInt } from "node:crypto";

/**
 * Crockford's base32 alphabet in lower case: 32 symbols (5 bits each) without i, l, o and u, so
 * nothing reads as another character when copied from paper.
 */
export const RECOVERY_CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const RECOVERY_CODE_LENGTH = GROUPS * GROUP_LENGTH;
/** 12 symbols × 5 bits: far beyond online guessing, which sign-in rate limits cap anyway. */
export const RECOVERY_CODE_BITS = RECOVERY_CODE_LENGTH * Math.log2(RECOVERY_CODE_ALPHABET.length);

/** Codes like "7mq2-x9kd-4hbw", each drawn independently with crypto.randomInt (no modulo bias). */
export function newRecoveryCodes(count = 10): string[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
  const codes = new Set<string>();
  // A Set, because two equal codes would leave the person with one fewer than printed.
  while (codes.size < count) {
    const groups: string[] = [];
    for (let g = 0; g < GROUPS; g++) {
      let group = "";
      for (let i = 0; i < GROUP_LENGTH; i++) group += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
      groups.push(group);
    }
    codes.add(groups.join("-"));
  }
  return [...codes];
}

/**
 * What a person typed, reduced to the form that is hashed: lower case, without dashes or
 * whitespace, and with the letters Crockford's alphabet leaves out read as the digits they
 * resemble (o → 0, i and l → 1), so a misread code still works.
 */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, "") // ASCII, typographic and minus-sign dashes
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
}

/** Whether the input could be a recovery code at all, to refuse junk before touching the store. */
export function isWellFormedRecoveryCode(input: string): boolean {
  const code = normaliseRecoveryCode(input);
  return code.length === RECOVERY_CODE_LENGTH && [...code].every((char) => RECOVERY_CODE_ALPHABET.includes(char));
}

/**
 * SHA-256 hex of the normalised code. A fast hash is enough: 60 random bits cannot be guessed
 * from the hash the way a human-chosen password can, and the lookup stays a simple equality.
 */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
