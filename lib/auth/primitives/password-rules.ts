/**
 * The password rules as plain data, with no Node imports, so a client component can show the
 * hint and the limits without pulling the common-password file into the browser bundle.
 * The enforcing schema is in password-policy.ts (server side).
 */

/** ASVS 5.0 6.2.1: at least 8; NIST and ASVS recommend 15 or more, which the hint asks for. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
/**
 * ASVS 5.0 6.2.9 asks that at least 64 be accepted. 128 leaves room for long passphrases while
 * keeping an upper bound on what the server hashes.
 */
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_HINT =
  "Use at least 8 characters; 15 or more is better. A passphrase of four or more unrelated words is easy to remember and hard to guess. " +
  "Any characters are allowed, including spaces, and none are required.";

export const PASSWORD_MESSAGES = {
  tooShort: "Use at least 8 characters; 15 or more is better.",
  tooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  tooCommon: "This password is too common; choose one that is harder to guess.",
  isEmail: "Don't use your email address as your password.",
  isSiteName: "Don't use the site's name as your password.",
} as const;

/**
 * Length in Unicode code points, as ASVS counts it: "é" or an emoji is one character to the
 * person typing it, while String#length would count a surrogate pair as two.
 */
export function passwordLength(password: string): number {
  let count = 0;
  for (const _ of password) count++;
  return count;
}
