/**
 * The OpenAPI document's examples, computed rather than written by hand: answers built from the
 * questionnaire, and the bodies the server's own code makes of them (the score is the model's real
 * output). So every example is valid by construction, and the document's test checks each one
 * against its schema all the same.
 */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers, TQuestion } from "../questionnaire/schema";
import { allQuestions, isQuestionShown } from "../questionnaire/skip";
import { score } from "../scoring";
import { toApiScore } from "./present";
import type { TApiAssessmentCreated, TApiDraft, TApiDraftSaved, TApiScore, TApiSubmitted } from "./schemas";

const EXAMPLE_TOKEN = "q5Vd0yW1c7kXz3mB9sRtLh2nJ8pGfA4uE6oYiCwKxN0";
const EXAMPLE_RESULT_ID = "cm7r2x9k40003mq08z1b5v6tj";
const EXAMPLE_ORIGIN = "https://rolefit.example.com";
const EXAMPLE_TIME = "2027-03-04T09:30:00.000Z";

function exampleAnswer(question: TQuestion): TAnswers[string] {
  switch (question.type) {
    case "single":
      return question.options[0]?.id;
    case "multi":
      return question.options.filter((option) => option.id !== question.exclusiveOptionId).slice(0, 2).map((option) => option.id);
    case "number":
      return Math.min(question.max, Math.max(question.min, 120));
    case "scale":
      return 3;
  }
}

/** A complete answer set: the first option of each choice, every question its skip rule shows. */
export function exampleAnswers(): TAnswers {
  const answers: TAnswers = {};
  for (const question of allQuestions(QUESTIONNAIRE)) {
    if (isQuestionShown(question, answers)) answers[question.id] = exampleAnswer(question);
  }
  return answers;
}

export interface ApiExamples {
  scoreRequest: { questionnaireVersion: string; answers: TAnswers };
  draftSave: { questionnaireVersion: string; answers: TAnswers; details: { organizationName: string; respondentName: string; respondentRole: string } };
  submission: ApiExamples["draftSave"] & { idempotencyKey: string };
  score: TApiScore;
  created: TApiAssessmentCreated;
  draft: TApiDraft;
  saved: TApiDraftSaved;
  submitted: TApiSubmitted;
}

export function apiExamples(): ApiExamples {
  const answers = exampleAnswers();
  const details = { organizationName: "Northwind Bank", respondentName: "Ada Byron", respondentRole: "cfo" };
  const draftSave = { questionnaireVersion: QUESTIONNAIRE.version, answers, details };
  return {
    scoreRequest: { questionnaireVersion: QUESTIONNAIRE.version, answers },
    draftSave,
    submission: { ...draftSave, idempotencyKey: "5f0c8a52-3d1e-4b7a-9c2f-7e41d2a6b903" },
    score: toApiScore(score({ questionnaireVersion: QUESTIONNAIRE.version, answers })),
    created: { token: EXAMPLE_TOKEN, resumeUrl: `${EXAMPLE_ORIGIN}/assessment/${EXAMPLE_TOKEN}` },
    draft: { token: EXAMPLE_TOKEN, questionnaireVersion: QUESTIONNAIRE.version, answers, details, revision: 7, updatedAt: EXAMPLE_TIME, resultId: null },
    saved: { revision: 8, updatedAt: EXAMPLE_TIME },
    submitted: { resultId: EXAMPLE_RESULT_ID, resultUrl: `${EXAMPLE_ORIGIN}/assessment/${EXAMPLE_TOKEN}/result` },
  };
}
