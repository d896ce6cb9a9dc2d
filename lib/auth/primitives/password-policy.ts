/**
 * Rules for choosing a new password, following OWASP ASVS 5.0 chapter 6.2: a length range and a
 * check against common and context-specific passwords, with no composition rules (6.2.5) and no
 * trimming, truncation or other change to what the person typed (6.2.7 — only lengths are checked).
 *
 * Only for new passwords: a sign-in form must not apply these, or people whose passwords predate
 * a rule could not sign in to change them.
 */
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordLength } from "./password-rules";

export {
  PASSWORD_HINT,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
  passwordLength,
} from "./password-rules";

// ASVS 6.2.11 asks for context-specific words; the product's name is the obvious one.
const SITE_NAMES = ["rolefit"];

export type PasswordContext = { email?: string | null };

/**
 * Every reason the password is refused, as messages for the person; empty when it is acceptable.
 * A length problem is reported alone: saying "too common" about a 5-character password adds noise.
 */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return [PASSWORD_MESSAGES.tooShort];
  if (length > PASSWORD_MAX_LENGTH) return [PASSWORD_MESSAGES.tooLong];

  const problems: string[] = [];
  const lower = password.toLowerCase();
  if (isCommonPassword(password)) problems.push(PASSWORD_MESSAGES.tooCommon);

  const email = context.email?.trim().toLowerCase();
  if (email) {
    const at = email.lastIndexOf("@");
    const localPart = at === -1 ? email : email.slice(0, at);
    if (lower === email || lower === localPart) problems.push(PASSWORD_MESSAGES.isEmail);
  }

  // "Rolefit2024!" is as guessable as "rolefit": ignore trailing digits and symbols.
  const withoutTail = lower.replace(/[^\p{L}]+$/u, "");
  if (SITE_NAMES.includes(withoutTail)) problems.push(PASSWORD_MESSAGES.isSiteName);

  return problems;
}

/**
 * A schema for a new password, optionally knowing the account's email. It never transforms the
 * value: what is validated is exactly what gets hashed.
 */
export function newPasswordSchema(context: PasswordContext = {}) {
  return z.string({ error: "Enter a password." }).superRefine((password, ctx) => {
    for (const message of passwordProblems(password, context)) ctx.addIssue({ code: "custom", message });
  });
}

/** A new password when the email is not at hand (use passwordProblems or newPasswordSchema when it is). */
export const ZNewPassword = newPasswordSchema();

/**
 * A password typed to sign in or to confirm an action: only presence and a generous cap, so old
 * passwords keep working and nobody can make the server hash megabytes.
 */
export const ZCurrentPassword = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(1024, "That password is too long.");
