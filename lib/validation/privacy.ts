/**
 * Schemas for deleting data: a result, an account, an organization. The confirmation forms and
 * the services read the same schemas, so a field error reads the same in the browser and a test.
 */
import { z } from "zod";
import { ORGANIZATION_RESULT_CHOICES } from "../privacy/personal-data";
import { ZResumeToken } from "./assessment";
import { ZRecordId } from "./organizations";
import { unknownField } from "./text";


/** An empty form control means "not given": a single sign-on account has no password to type. */
const optionalSecret = (message: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.string({ error: message }).max(1024, "That is too long.").optional());

export const ZResultDelete = z.strictObject({ resultId: ZRecordId }, unknownField);
export type TResultDelete = z.infer<typeof ZResultDelete>;

/** The confirmation form: the result, and where the person goes once it is gone (their own list, or the consultant's table). */
export const ZResultDeleteForm = z.strictObject(
  { resultId: ZRecordId, returnTo: z.enum(["my", "workspace"], { error: "The form is missing where to go next. Reload the page." }) },
  unknownField,
);

/** Deleting through the private link: the link's token is the credential. */
export const ZDeleteByLink = z.strictObject({ token: ZResumeToken }, unknownField);

/**
 * Deleting one's own account. Which of password, code and email is needed depends on the account
 * (lib/services/account.ts: confirmIdentity); the form shows only the ones it has.
 */
export const ZAccountDelete = z.strictObject(
  {
    password: optionalSecret("Enter your password."),
    code: optionalSecret("Enter the code from your authenticator app, or a recovery code."),
    /** For an account with neither password nor second factor: its email, typed out. */
    confirmEmail: optionalSecret("Type your email address."),
    organizationResults: z.enum(ORGANIZATION_RESULT_CHOICES, { error: "Choose what happens to your results inside organizations." }),
  },
  unknownField,
);
export type TAccountDelete = z.infer<typeof ZAccountDelete>;

export const ZUserDelete = z.strictObject({ userId: ZRecordId }, unknownField);
export type TUserDelete = z.infer<typeof ZUserDelete>;

export const ZOrganizationDelete = z.strictObject(
  {
    organizationId: ZRecordId,
    confirmName: z.string({ error: "Type the organization's name to confirm." }).trim().min(1, "Type the organization's name to confirm.").max(400, "That is longer than any organization's name."),
  },
  unknownField,
);
export type TOrganizationDelete = z.infer<typeof ZOrganizationDelete>;
