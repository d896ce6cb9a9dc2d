/**
 * Field specs for the assessment bodies (autosave, submission, scoring), read from the real
 * schemas, with the answers read from the questionnaire through answerSchema, the same per-question
 * schema the endpoints apply.
 */
import { answerSchema } from "../../questionnaire/answers";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import { allQuestions } from "../../questionnaire/skip";
import { ZAssessmentDetails, ZDraftSave, ZScoreRequest, ZSubmission } from "../../validation/assessment";
import { objectSpecOf, specOf, type ObjectSpec } from "./fields";

/**
 * Every question as a field. Only questions shown whatever else is answered count as required
 * (and only for a submission): leaving out one that depends on another answer is not always wrong.
 */
export function answersSpec(mode: "draft" | "complete"): ObjectSpec {
  const fields = allQuestions(QUESTIONNAIRE).map((question) => {
    const schema = answerSchema(question);
    return {
      name: question.id,
      required: mode === "complete" && question.required && !question.showIf,
      refuses: (value: unknown) => !schema.safeParse(value).success,
    };
  });
  return specOf(fields, true);
}

export const DRAFT_SPEC = objectSpecOf(ZDraftSave, { answers: answersSpec("draft"), details: objectSpecOf(ZAssessmentDetails) });

export const SUBMISSION_SPEC = objectSpecOf(ZSubmission, { answers: answersSpec("complete"), details: objectSpecOf(ZAssessmentDetails) });

export const SCORE_SPEC = objectSpecOf(ZScoreRequest, { answers: answersSpec("draft") });
