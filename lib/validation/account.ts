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
import { singleLineText, unknownField } from "./text";


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

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Who an administrator can list: by their highest role, or those with none. */
export const USER_ROLE_FILTERS = [
  { id: "administrator", label: "Platform administrators" },
  { id: "consultant", label: "Consultants" },
  { id: "executive", label: "Executives" },
  { id: "none", label: "No role yet" },
] as const;

export const USER_STATUS_FILTERS = [
  { id: "active", label: "Active" },
  { id: "disabled", label: "Disabled" },
] as const;

export const ZUserSearch = z.strictObject(
  {
    q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search for at most 200 characters.").check(singleLineText).optional()),
    role: z.preprocess(
      blankToUndefined,
      z.enum(USER_ROLE_FILTERS.map((item) => item.id) as [string, ...string[]], { error: "Choose a role from the list." }).optional(),
    ),
    status: z.preprocess(
      blankToUndefined,
      z.enum(USER_STATUS_FILTERS.map((item) => item.id) as [string, ...string[]], { error: "Choose active or disabled." }).optional(),
    ),
    /** The last email of the previous page: users are listed by email. */
    after: z.preprocess(blankToUndefined, z.string().max(320, "That page position is not valid.").check(singleLineText).optional()),
  },
  unknownField,
);

export type TUserSearch = z.infer<typeof ZUserSearch>;

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
