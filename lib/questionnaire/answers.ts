/**
 * Zod schemas for answers, built from the questionnaire definition. The form, the server
 * actions, the API and the scoring model all validate with these, so a rule lives once.
 */
import { z } from "zod";
import { DONT_KNOW, type TAnswers, type TQuestion, type TQuestionnaire } from "./schema";
import { allQuestions, isAnswered, isQuestionShown } from "./skip";
import { englishUnitFor } from "./units";

function optionList(question: TQuestion & { options: { id: string }[] }): string {
  return question.options.map((option) => option.id).join(", ");
}

function valueSchema(question: TQuestion): z.ZodType<string | string[] | number> {
  switch (question.type) {
    case "single": {
      const ids = question.options.map((option) => option.id) as [string, ...string[]];
      return z.enum(ids, { error: `Choose one of the options (${optionList(question)}).` });
    }
    case "multi": {
      const ids = question.options.map((option) => option.id) as [string, ...string[]];
      const exclusive = question.exclusiveOptionId;
      // Only text is echoed: String() of a deeply nested array would recurse through all of it.
      const option = z.enum(ids, {
        error: (issue) => (typeof issue.input === "string" ? `Unknown option: ${issue.input.slice(0, 200)}. Choose from ${optionList(question)}.` : "Each choice must be an option id."),
      });
      return z
        .array(option, { error: "Choose one or more options." })
        .min(1, "Choose at least one option.")
        .max(ids.length, "An option can be chosen only once.")
        .superRefine((values, ctx) => {
          if (new Set(values).size !== values.length) {
            ctx.addIssue({ code: "custom", message: "An option can be chosen only once." });
          } else if (exclusive && values.includes(exclusive) && values.length > 1) {
            const label = question.options.find((option) => option.id === exclusive)?.label ?? exclusive;
            ctx.addIssue({ code: "custom", message: `"${label}" cannot be combined with other options.` });
          }
        })
        // The one rule of the refinement that JSON Schema can say, for the API's document.
        .meta({ uniqueItems: true });
    }
    case "number":
      return z
        .number({ error: `Enter a number of ${question.unit}.` })
        .int(`Enter a whole number of ${question.unit}.`)
        .min(question.min, `Enter at least ${question.min.toLocaleString("en-US")} ${englishUnitFor(question.min, question.unit)}.`)
        .max(question.max, `Enter at most ${question.max.toLocaleString("en-US")} ${englishUnitFor(question.max, question.unit)}.`);
    case "scale":
      return z
        .number({ error: "Choose a point on the scale from 1 to 5." })
        .int("Choose a point on the scale from 1 to 5.")
        .min(1, "Choose a point on the scale from 1 to 5.")
        .max(5, "Choose a point on the scale from 1 to 5.");
  }
}

/**
 * Accepts DONT_KNOW besides the question's own answers. When both fail, the question's own first
 * message is reported (a plain union would say only "Invalid input").
 */
function orDontKnow(value: z.ZodType<string | string[] | number>): z.ZodType<string | string[] | number> {
  return z.union([z.literal(DONT_KNOW), value], {
    error: (issue) => (issue.code === "invalid_union" ? issue.errors[1]?.[0]?.message : undefined),
  });
}

export function answerSchema(question: TQuestion): z.ZodType<string | string[] | number> {
  const value = valueSchema(question);
  return question.allowDontKnow ? orDontKnow(value) : value;
}

/**
 * The answer set. A draft may be incomplete; a submission must answer every required
 * question that applies. Either way, unknown ids and answers to skipped questions are refused.
 */
export function answersSchema(questionnaire: TQuestionnaire, mode: "draft" | "complete"): z.ZodType<TAnswers> {
  const questions = allQuestions(questionnaire);
  const shape: Record<string, z.ZodOptional<z.ZodType<string | string[] | number>>> = {};
  for (const question of questions) shape[question.id] = answerSchema(question).optional();
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Unknown question id: ${issue.keys.join(", ").slice(0, 200)}.`
          : "Answers must be an object keyed by question id.",
    })
    .superRefine((answers, ctx) => {
      for (const question of questions) {
        const value = answers[question.id];
        const shown = isQuestionShown(question, answers);
        if (!shown && value !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [question.id],
            message: `This question does not apply given the answer to "${question.showIf?.questionId}"; remove this answer.`,
          });
        } else if (mode === "complete" && shown && question.required && !isAnswered(value)) {
          ctx.addIssue({ code: "custom", path: [question.id], message: "This question needs an answer." });
        }
      }
    }) as z.ZodType<TAnswers>;
}

/** The same answers, whatever the order of keys or of a multiple choice's options (a set, as stored). */
export function sameAnswers(a: TAnswers, b: TAnswers): boolean {
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key] !== undefined).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((option) => y.includes(option));
    return x === y;
  });
}
