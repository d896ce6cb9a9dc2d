/**
 * The shape of a questionnaire definition. The definition is typed data, and this schema
 * checks it when it is loaded, so a broken edit (a duplicate id, a skip rule that points
 * nowhere) fails at start-up and in the unit tests, not in front of a user.
 */
import { z } from "zod";
import { SOURCE_IDS } from "../sources/sources";

/** The answer that records "I don't know" for questions that allow it. */
export const DONT_KNOW = "dont_know" as const;

const ZId = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, "ids are lower_snake_case");

const ZOptionId = z.string().regex(/^[a-z0-9][a-z0-9_]{0,40}$/, "option ids are lower_snake_case");

export const ZOption = z.strictObject({
  id: ZOptionId.refine((id) => id !== DONT_KNOW, `"${DONT_KNOW}" is reserved`),
  label: z.string().min(1).max(120),
});

/** A question is shown only when an earlier single or multiple choice answer is one of these options. */
export const ZShowIf = z.strictObject({
  questionId: ZId,
  anyOf: z.array(ZOptionId).min(1),
});

const questionBase = {
  id: ZId,
  label: z.string().min(5).max(200),
  /** Why the question matters, in our words, resting on the cited sources. */
  help: z.string().min(20).max(400),
  sources: z.array(z.enum(SOURCE_IDS)).min(1),
  required: z.boolean(),
  allowDontKnow: z.boolean(),
  showIf: ZShowIf.optional(),
};

export const ZSingleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: z.array(ZOption).min(2).max(12),
});

export const ZMultiQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("multi"),
  options: z.array(ZOption).min(2).max(12),
  /** An option such as "none of these" that cannot be combined with the others. */
  exclusiveOptionId: ZOptionId.optional(),
});

export const ZNumberQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("number"),
  unit: z.string().min(1).max(30),
  min: z.number().int(),
  max: z.number().int(),
});

export const ZScaleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal("scale"),
  /** What 1 and 5 mean on this 1-5 scale. */
  minLabel: z.string().min(1).max(60),
  maxLabel: z.string().min(1).max(60),
});

export const ZQuestion = z.discriminatedUnion("type", [
  ZSingleQuestion,
  ZMultiQuestion,
  ZNumberQuestion,
  ZScaleQuestion,
]);

export const ZSection = z.strictObject({
  id: ZId,
  title: z.string().min(3).max(60),
  description: z.string().min(10).max(300),
  questions: z.array(ZQuestion).min(1),
});

export const ZQuestionnaire = z
  .strictObject({
    version: z.string().regex(/^\d{4}\.\d+$/, "version looks like 2026.1"),
    sections: z.array(ZSection).min(1),
  })
  .superRefine((questionnaire, ctx) => {
    const seen = new Map<string, z.infer<typeof ZQuestion>>();
    questionnaire.sections.forEach((section, s) =>
      section.questions.forEach((question, q) => {
        const path = ["sections", s, "questions", q];
        if (seen.has(question.id)) {
          ctx.addIssue({ code: "custom", path: [...path, "id"], message: `duplicate question id ${question.id}` });
        }
        if (question.type === "number" && question.min >= question.max) {
          ctx.addIssue({ code: "custom", path, message: `${question.id}: min must be below max` });
        }
        if ("options" in question) {
          const ids = question.options.map((o) => o.id);
          if (new Set(ids).size !== ids.length) {
            ctx.addIssue({ code: "custom", path, message: `${question.id}: duplicate option id` });
          }
          if (question.type === "multi" && question.exclusiveOptionId && !ids.includes(question.exclusiveOptionId)) {
            ctx.addIssue({ code: "custom", path, message: `${question.id}: exclusive option is not an option` });
          }
        }
        if (question.showIf) {
          // Skip rules may only look back, so answering in order never hides an answered question by surprise.
          const target = seen.get(question.showIf.questionId);
          const targetOptions = target && "options" in target ? target.options.map((o) => o.id) : [];
          if (!target || !question.showIf.anyOf.every((id) => targetOptions.includes(id))) {
            ctx.addIssue({ code: "custom", path: [...path, "showIf"], message: `${question.id}: skip rule must name options of an earlier choice question` });
          }
        }
        seen.set(question.id, question);
      }),
    );
  });

export type TOption = z.infer<typeof ZOption>;
export type TQuestion = z.infer<typeof ZQuestion>;
export type TSection = z.infer<typeof ZSection>;
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;
export type TQuestionType = TQuestion["type"];

/** One answer: an option id, several option ids, a number, or DONT_KNOW. */
export type TAnswerValue = string | string[] | number;
export type TAnswers = Partial<Record<string, TAnswerValue>>;
