/** Skip logic: which questions apply, given the answers so far. */
import type { TAnswers, TQuestion, TQuestionnaire } from "./schema";

export function allQuestions(questionnaire: TQuestionnaire): TQuestion[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}

export function isQuestionShown(question: TQuestion, answers: TAnswers): boolean {
  if (!question.showIf) return true;
  const answer = answers[question.showIf.questionId];
  const chosen = Array.isArray(answer) ? answer : typeof answer === "string" ? [answer] : [];
  return chosen.some((id) => question.showIf?.anyOf.includes(id));
}

export function shownQuestions(questionnaire: TQuestionnaire, answers: TAnswers): TQuestion[] {
  return allQuestions(questionnaire).filter((question) => isQuestionShown(question, answers));
}

/**
 * Drops answers to questions that no longer apply. The form keeps them in memory (so
 * switching an answer back restores them) but saves only what applies.
 */
export function withoutSkippedAnswers(questionnaire: TQuestionnaire, answers: TAnswers): TAnswers {
  const kept: TAnswers = {};
  for (const question of shownQuestions(questionnaire, answers)) {
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
  }
  return kept;
}

export function isAnswered(value: TAnswers[string]): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** Share of the questions that apply which have an answer, 0 to 1. */
export function progress(questionnaire: TQuestionnaire, answers: TAnswers): number {
  const shown = shownQuestions(questionnaire, answers);
  const answered = shown.filter((question) => isAnswered(answers[question.id])).length;
  return shown.length === 0 ? 1 : answered / shown.length;
}
