/**
 * Schemas for the account-security forms, the administrator's user list and password-reset
 * links. The server actions parse with these at the boundary and the services parse again, so
 * a direct caller gets the same field errors as the form.
 *
 * Server-side only: ZCurrentPassword comes with the common-password list. Client components
 * take the hint and limits from lib/auth/primitives/password-rules instead.
 */
import { z } from "zod";
import { ZCurrentPassword } from "../auth/primitives/password-policy";
import { singleLineText } from "./text";

const unknownField = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ").slice(0, 200)}.` : undefined,
};

/** An HTML checkbox sends "on" when ticked and nothing otherwise; JSON callers may send a boolean. */
const ZCheckbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()], { error: "Tick the box or leave it empty." })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** What an authenticator app shows: six digits, often displayed as "123 456". */
export const ZTotpCode = z
  .string({ error: "Enter the 6-digit code from your authenticator app." })
  .trim()
  .regex(/^\d{3} ?\d{3}$/, "Enter the 6-digit code from your authenticator app.");

/**
 * A code to confirm a sensitive change: an authenticator code or an unused recovery code, so
 * someone who has lost their phone can still manage their account after signing in.
 */
export const ZSecondFactorCode = z
  .string({ error: "Enter the code from your authenticator app, or a recovery code." })
  .trim()
  .min(1, "Enter the code from your authenticator app, or a recovery code.")
  .max(40, "That code is too long.");

export const ZConfirmTotp = z.strictObject({ code: ZTotpCode }, unknownField);

/** Re-authentication for turning two-step verification off or replacing recovery codes. */
export const ZReauthenticate = z.strictObject({ password: ZCurrentPassword, code: ZSecondFactorCode }, unknownField);

/**
 * The change-password form. The new password is only checked for presence here: the policy
 * needs the account's email (newPasswordSchema({ email })), which the service applies.
 */
export const ZChangePassword = z.strictObject(
  {
    currentPassword: ZCurrentPassword,
    newPassword: z.string({ error: "Enter a new password." }).min(1, "Enter a new password.").max(1024, "That password is too long."),
    signOutOthers: ZCheckbox,
  },
  unknownField,
);

export const ZUserId = z
  .string({ error: "The user is missing." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "That user id is not valid.");

export const ZUserSearch = z.strictObject(
  { q: z.string().trim().max(200, "Search for at most 200 characters.").check(singleLineText).optional() },
  unknownField,
);

export const ZSetUserDisabled = z.strictObject(
  {
    userId: ZUserId,
    // A hidden field in the form carries what the button does, so a double submit cannot flip it back.
    disabled: z.union([z.enum(["true", "false"]), z.boolean()], { error: "Say whether to disable or enable the account." })
      .transform((value) => value === true || value === "true"),
  },
  unknownField,
);

export const ZIssueReset = z.strictObject({ userId: ZUserId }, unknownField);

/** 32 random bytes in base64url, the shape newOpaqueToken() makes. */
export const ZResetToken = z.string({ error: "The link is missing its token." }).regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export const ZResetPassword = z.strictObject(
  {
    token: ZResetToken,
    newPassword: z.string({ error: "Enter a new password." }).min(1, "Enter a new password.").max(1024, "That password is too long."),
  },
  unknownField,
);

export type TConfirmTotp = z.infer<typeof ZConfirmTotp>;
export type TIssueReset = z.infer<typeof ZIssueReset>;
export type TChangePassword = z.infer<typeof ZChangePassword>;
export type TReauthenticate = z.infer<typeof ZReauthenticate>;
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;
