/** Lookups over the questionnaire that the scoring model needs on every call, built once. */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW, type TAnswers, type TQuestion } from "../questionnaire/schema";
import { allQuestions, isQuestionShown } from "../questionnaire/skip";

export const QUESTIONS: TQuestion[] = allQuestions(QUESTIONNAIRE);

const BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

export function questionById(id: string): TQuestion {
  const question = BY_ID.get(id);
  if (!question) throw new Error(`Unknown question id: ${id}`);
  return question;
}

/** Questions whose answer decides whether another question is shown. */
export const CONTROLLING_QUESTION_IDS: ReadonlySet<string> = new Set(
  QUESTIONS.flatMap((question) => (question.showIf ? [question.showIf.questionId] : [])),
);

/**
 * True when skip logic hid the question because of a real answer to the controlling
 * question. An unanswered controlling question hides it too, but that says nothing.
 */
export function isSkippedByAnswer(question: TQuestion, answers: TAnswers): boolean {
  if (!question.showIf) return false;
  const controlling = answers[question.showIf.questionId];
  if (controlling === undefined || controlling === DONT_KNOW) return false;
  if (Array.isArray(controlling) && controlling.length === 0) return false;
  return !isQuestionShown(question, answers);
}

export function exclusiveOptionOf(question: TQuestion): string | undefined {
  return question.type === "multi" ? question.exclusiveOptionId : undefined;
}
