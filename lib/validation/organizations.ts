/**
 * Schemas for organizations, invitations and claiming. The workspace forms and the services
 * parse with the same schemas, so a field error reads the same in the browser and the API.
 */
import { z } from "zod";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { allQuestions } from "../questionnaire/skip";
import { ZResumeToken } from "./assessment";
import { singleLineText, unknownField } from "./text";

/**
 * The same industries the questionnaire asks about, so a client's profile and answers line up. Ids
 * only, as stored: their words are in the reader's language (lib/portfolio/profile-labels.ts).
 */
export const ORGANIZATION_INDUSTRIES: readonly { id: string }[] = (() => {
  const question = allQuestions(QUESTIONNAIRE).find((candidate) => candidate.id === "industry");
  if (!question || question.type !== "single") throw new Error("The questionnaire has no single-choice industry question");
  return question.options.map((option) => ({ id: option.id }));
})();

/** Named in the Organization catalog's `sizeBands`. */
export const ORGANIZATION_SIZE_BANDS = [{ id: "1_49" }, { id: "50_249" }, { id: "250_999" }, { id: "1000_4999" }, { id: "5000_plus" }] as const;

export const INVITATION_DEFAULTS = { expiresInDays: 7, maxUses: 10 } as const;

/** An empty form control means "not given", the same as a field left out of a JSON body. */
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id) as [string, ...string[]];

/** Database ids (cuid) are short and URL-safe; anything else cannot name a row. */
export const ZRecordId = z
  .string({ error: "The id is missing." })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "This id is not valid.");

/** Invitation links carry 32 random bytes in base64url, like resume links. */
export const ZInvitationToken = z
  .string({ error: "The invitation link is missing its token." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is malformed. Check that you copied all of it.");

export const ZOrganizationCreate = z.strictObject(
  {
    name: z
      .string({ error: "Enter the organization's name." })
      .trim()
      .min(1, "Enter the organization's name.")
      .max(200, "The name can be at most 200 characters.")
      .check(singleLineText),
    industry: z.preprocess(emptyToUndefined, z.enum(ids(ORGANIZATION_INDUSTRIES), { error: "Choose an industry from the list." }).optional()),
    sizeBand: z.preprocess(emptyToUndefined, z.enum(ids(ORGANIZATION_SIZE_BANDS), { error: "Choose a size from the list." }).optional()),
    consultantFirmName: z.preprocess(
      emptyToUndefined,
      z.string({ error: "The firm name must be text." }).trim().max(200, "The firm name can be at most 200 characters.").check(singleLineText).optional(),
    ),
  },
  unknownField,
);

const wholeNumber = (label: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${label} must be a whole number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be between ${min} and ${max}.`)
      .max(max, `${label} must be between ${min} and ${max}.`)
      .default(fallback),
  );

/** Invitations always admit executives: consultants are added by whoever creates the organization. */
export const ZInvitationCreate = z.strictObject(
  {
    organizationId: ZRecordId,
    expiresInDays: wholeNumber("The expiry", 1, 30, INVITATION_DEFAULTS.expiresInDays),
    maxUses: wholeNumber("The use limit", 1, 100, INVITATION_DEFAULTS.maxUses),
  },
  unknownField,
);

export const ZInvitationRevoke = z.strictObject({ invitationId: ZRecordId }, unknownField);

export const ZInvitationAccept = z.strictObject({ token: ZInvitationToken }, unknownField);

export const ZMemberAssessmentStart = z.strictObject({ organizationId: ZRecordId }, unknownField);

/** Claiming needs the assessment's resume token: holding the private link is the proof. */
export const ZAssessmentClaim = z.strictObject({ token: ZResumeToken }, unknownField);

export type TOrganizationCreate = z.infer<typeof ZOrganizationCreate>;
export type TInvitationCreate = z.infer<typeof ZInvitationCreate>;
export type TInvitationRevoke = z.infer<typeof ZInvitationRevoke>;
