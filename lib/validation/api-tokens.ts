/**
 * Schemas for personal API tokens. The account page's forms, their server actions and the
 * service parse with the same schemas; the token format is checked before any lookup.
 */
import { z } from "zod";
import { ZRecordId } from "./organizations";
import { singleLineText, unknownField } from "./text";

/** Recognizable in logs, secret scanners and BI tool settings, and shown with the first random characters. */
export const API_TOKEN_PREFIX = "rfk_";

/** The prefix plus this many random characters is stored and shown, so an owner can tell tokens apart. */
export const API_TOKEN_VISIBLE_CHARS = API_TOKEN_PREFIX.length + 8;

export const API_TOKEN_DEFAULTS = { expiresInDays: 90, minDays: 1, maxDays: 365, maxName: 80 } as const;

/** The expiries the form offers; the schema accepts any whole number of days in the same range. */
export const API_TOKEN_EXPIRY_DAYS = [7, 30, 90, 180, 365] as const;


const { minDays, maxDays, maxName } = API_TOKEN_DEFAULTS;

const expiresInDays = z.preprocess(
  // An empty control means "not chosen", the same as a field left out.
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.coerce
    .number({ error: "The expiry must be a whole number of days." })
    .int("The expiry must be a whole number of days.")
    .min(minDays, `A token can last from ${minDays} to ${maxDays} days.`)
    .max(maxDays, `A token can last from ${minDays} to ${maxDays} days.`)
    .default(API_TOKEN_DEFAULTS.expiresInDays),
);

export const ZApiTokenCreate = z.strictObject(
  {
    name: z
      .string({ error: "Name the token, for example after the tool that will use it." })
      .trim()
      .min(1, "Name the token, for example after the tool that will use it.")
      .max(maxName, `The name can be at most ${maxName} characters.`)
      .check(singleLineText),
    expiresInDays,
  },
  unknownField,
);

export const ZApiTokenRevoke = z.strictObject({ apiTokenId: ZRecordId }, unknownField);

/** The prefix and 32 random bytes in base64url. */
export const ZApiTokenSecret = z.string().regex(/^rfk_[A-Za-z0-9_-]{43}$/);

export type TApiTokenCreate = z.infer<typeof ZApiTokenCreate>;
export type TApiTokenRevoke = z.infer<typeof ZApiTokenRevoke>;
