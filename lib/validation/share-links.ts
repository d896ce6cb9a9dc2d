/**
 * Schemas for read-only share links to a report. The share form, its server actions and the
 * service parse with the same schemas.
 */
import { z } from "zod";
import { ZResumeToken } from "./assessment";
import { ZRecordId } from "./organizations";
import { unknownField } from "./text";

/** The expiries the form offers; the schema accepts any whole number of days in the same range. */
export const SHARE_LINK_EXPIRY_DAYS = [1, 7, 14, 30, 90] as const;

export const SHARE_LINK_DEFAULTS = { expiresInDays: 14, minDays: 1, maxDays: 90 } as const;


const { minDays, maxDays } = SHARE_LINK_DEFAULTS;

const expiresInDays = z.preprocess(
  // An empty control means "not chosen", the same as a field left out.
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.coerce
    .number({ error: "The expiry must be a whole number of days." })
    .int("The expiry must be a whole number of days.")
    .min(minDays, `The link can last from ${minDays} to ${maxDays} days.`)
    .max(maxDays, `The link can last from ${minDays} to ${maxDays} days.`)
    .default(SHARE_LINK_DEFAULTS.expiresInDays),
);

export const ZShareLinkCreate = z.strictObject({ resultId: ZRecordId, expiresInDays }, unknownField);

export const ZShareLinkRevoke = z.strictObject({ shareLinkId: ZRecordId }, unknownField);

/** From the respondent's result page: the assessment's private link is the credential, in place of a session. */
export const ZRespondentShareLinkCreate = z.strictObject({ token: ZResumeToken, expiresInDays }, unknownField);

export const ZRespondentShareLinkRevoke = z.strictObject({ token: ZResumeToken, shareLinkId: ZRecordId }, unknownField);

/** Share links carry 32 random bytes in base64url, like the app's other private links. */
export const ZShareToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export type TShareLinkCreate = z.infer<typeof ZShareLinkCreate>;
export type TShareLinkRevoke = z.infer<typeof ZShareLinkRevoke>;
export type TRespondentShareLinkCreate = z.infer<typeof ZRespondentShareLinkCreate>;
export type TRespondentShareLinkRevoke = z.infer<typeof ZRespondentShareLinkRevoke>;
