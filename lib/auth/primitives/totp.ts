/**
 * Time-based one-time codes (RFC 6238) with node:crypto alone: HMAC-SHA1, 30-second steps,
 * 6 digits, 160-bit secrets in base32 — the defaults every authenticator app understands, which
 * is why no stronger hash is used (many apps ignore the algorithm parameter).
 *
 * Replay protection (ASVS 5.0 6.5.1: a code works once) needs state: the caller stores the step
 * that verifyTotp returns and passes it back next time.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** RFC 4226 asks for at least 128 bits and recommends 160, the size of an HMAC-SHA1 output. */
export const TOTP_SECRET_BYTES = 20;
/** Steps either side of now that are still accepted, for clock drift and typing time (RFC 6238 §5.2). */
export const TOTP_DRIFT_STEPS = 1;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, the form authenticator apps expect in otpauth URIs. */
export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1; // keep only unread bits so the shift never overflows
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes base32, forgiving what people do when typing a secret by hand (lower case, spaces,
 * dashes, padding). Throws on any other character: a bad secret is a programming error.
 */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value === -1) throw new Error("Invalid base32 character in TOTP secret");
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret, base32 (32 characters): store it encrypted or at least server-side only. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(TOTP_SECRET_BYTES));
}

/** The time step (RFC 6238's T) that a moment falls in. */
export function totpStep(timeMs: number): number {
  return Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS);
}

/** RFC 4226 HOTP: HMAC-SHA1 of the 8-byte big-endian counter, dynamically truncated. */
function hotp(key: Buffer, counter: number, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 10 ** digits).toString().padStart(digits, "0");
}

export type TotpOptions = { digits?: number };

function digitsOf(options: TotpOptions): number {
  const digits = options.digits ?? TOTP_DIGITS;
  // Past 9 digits a 31-bit value has no more to give; below 6 guessing is too easy.
  if (!Number.isInteger(digits) || digits < 6 || digits > 9) throw new RangeError("TOTP digits must be 6 to 9");
  return digits;
}

/** The code for the step that timeMs falls in. */
export function totpCode(secret: string, timeMs: number, options: TotpOptions = {}): string {
  return hotp(base32Decode(secret), totpStep(timeMs), digitsOf(options));
}

export type TotpResult = { ok: true; step: number } | { ok: false };

/**
 * Checks a code against the steps around timeMs, skipping any step at or before lastUsedStep so
 * a code (and any earlier one) cannot be used twice. On success, store the returned step as the
 * new lastUsedStep before acting on the sign-in, so two simultaneous requests cannot both pass.
 * Whitespace in the code is ignored ("123 456" as apps display it); anything else but the exact
 * number of ASCII digits is refused.
 */
export function verifyTotp(
  secret: string,
  code: string,
  timeMs: number,
  lastUsedStep: number | null,
  options: TotpOptions = {},
): TotpResult {
  const digits = digitsOf(options);
  const typed = code.replace(/\s/g, "");
  if (typed.length !== digits || !/^[0-9]+$/.test(typed)) return { ok: false };

  const key = base32Decode(secret);
  const now = totpStep(timeMs);
  let matched: number | null = null;
  // Every candidate is computed and compared, so the time taken does not say which step matched.
  for (let step = now - TOTP_DRIFT_STEPS; step <= now + TOTP_DRIFT_STEPS; step++) {
    if (step < 0 || (lastUsedStep !== null && step <= lastUsedStep)) continue;
    const expected = hotp(key, step, digits);
    // Keep the latest match: storing the highest step blocks every code it could have been.
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(typed))) matched = step;
  }
  return matched === null ? { ok: false } : { ok: true, step: matched };
}

/**
 * The otpauth:// URI that authenticator apps read from a QR code (Google's Key URI format):
 * the issuer both prefixes the label and is a parameter, as the format recommends.
 */
export function otpauthUri({
  secret,
  accountName,
  issuer = "Rolefit",
}: {
  secret: string;
  accountName: string;
  issuer?: string;
}): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  // encodeURIComponent rather than URLSearchParams: some apps show a "+" for a space literally.
  const fields: [string, string][] = [
    ["secret", secret.toUpperCase().replace(/[\s=-]/g, "")],
    ["issuer", issuer],
    ["algorithm", "SHA1"],
    ["digits", String(TOTP_DIGITS)],
    ["period", String(TOTP_STEP_SECONDS)],
  ];
  const params = fields
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return `otpauth://totp/${label}?${params}`;
}
