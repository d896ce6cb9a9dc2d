/**
 * Schemas for a consultant's review of a result (notes, status, override) and for comparing
 * results. The review forms, their server actions and the services parse with the same schemas.
 */
import { z } from "zod";
import { STRUCTURE_IDS } from "../scoring/types";
import { ZRecordId } from "./organizations";
import { REVIEW_STATUSES } from "./portfolio";
import { multiLineText, unknownField } from "./text";

export const NOTE_LIMITS = { max: 5000 } as const;
export const JUSTIFICATION_LIMITS = { min: 20, max: 2000 } as const;
export const COMPARE_LIMITS = { min: 2, max: 6 } as const;


const ids = (list: readonly { id: string }[]) => list.map((item) => item.id) as [string, ...string[]];

export const ZNoteCreate = z.strictObject(
  {
    resultId: ZRecordId,
    body: z
      .string({ error: "Write the note before saving it." })
      .trim()
      .min(1, "Write the note before saving it.")
      .max(NOTE_LIMITS.max, `A note can be at most ${NOTE_LIMITS.max.toLocaleString("en-US")} characters.`)
      .check(multiLineText),
  },
  unknownField,
);

export const ZReviewStatusChange = z.strictObject(
  {
    resultId: ZRecordId,
    status: z.enum(ids(REVIEW_STATUSES), { error: "Choose a review status from the list." }),
  },
  unknownField,
);

const justificationMessage =
  `Explain the override in ${JUSTIFICATION_LIMITS.min} to ${JUSTIFICATION_LIMITS.max.toLocaleString("en-US")} characters: ` +
  "colleagues and the audit trail rely on knowing why you departed from the model.";

export const ZOverrideSet = z.strictObject(
  {
    resultId: ZRecordId,
    recommendation: z.enum(STRUCTURE_IDS, { error: "Choose the structure you recommend instead." }),
    justification: z
      .string({ error: justificationMessage })
      .trim()
      .min(JUSTIFICATION_LIMITS.min, justificationMessage)
      .max(JUSTIFICATION_LIMITS.max, justificationMessage)
      .check(multiLineText),
  },
  unknownField,
);

/**
 * Removing an override returns the result to the model's own recommendation, which needs no
 * defence; the audit trail keeps who removed which override, and when.
 */
export const ZOverrideClear = z.strictObject({ resultId: ZRecordId }, unknownField);

const compareMessage = `Choose from ${COMPARE_LIMITS.min} to ${COMPARE_LIMITS.max} different results to compare.`;

/**
 * The results to compare, in the order their columns appear; the first is the one the others
 * are measured against. Accepts the bookmarkable "a,b,c" as well as repeated form fields.
 */
export const ZCompareIds = z.preprocess(
  (value) => {
    const parts: unknown = typeof value === "string" ? [value] : value;
    if (!Array.isArray(parts)) return parts;
    return parts.flatMap((part: unknown) => (typeof part === "string" ? part.split(",") : [part])).filter((part) => typeof part !== "string" || part.trim() !== "");
  },
  z
    .array(ZRecordId, { error: compareMessage })
    .min(COMPARE_LIMITS.min, compareMessage)
    .max(COMPARE_LIMITS.max, compareMessage)
    .refine((list) => new Set(list).size === list.length, "Each result can appear only once in a comparison."),
);

export type TNoteCreate = z.infer<typeof ZNoteCreate>;
export type TReviewStatusChange = z.infer<typeof ZReviewStatusChange>;
export type TOverrideSet = z.infer<typeof ZOverrideSet>;
export type TOverrideClear = z.infer<typeof ZOverrideClear>;
export type TCompareIds = z.infer<typeof ZCompareIds>;
