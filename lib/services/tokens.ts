import { createHash, randomBytes } from "node:crypto";

/** A fresh resume token: 256 random bits, URL-safe. */
export function newResumeToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored, so a leaked database does not leak working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
