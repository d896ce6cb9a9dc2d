/**
 * The single-answer changes the what-if search tries, each with its size in steps on the
 * answer's own scale. Every candidate leaves a valid draft answer set after skip logic.
 */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW, type TAnswerValue, type TAnswers, type TQuestion } from "../questionnaire/schema";
import { isQuestionShown, withoutSkippedAnswers } from "../questionnaire/skip";
import { CRITERIA } from "./criteria";
import type { CoreCriterion } from "./criteria-model";
import { CONTROLLING_QUESTION_IDS, QUESTIONS } from "./questions";

export interface Candidate {
  question: TQuestion;
  to: TAnswerValue;
  size: number;
}

/**
 * Changes to a multiple choice answer toggle at most this many options: larger rewrites of a list
 * are not the small changes the search is for, and with eleven regulations there would be 2,047.
 */
const MAX_TOGGLES = 2;

/** Choices without a natural order; a change between them is one step whatever the positions. */
const NOMINAL_QUESTION_IDS: ReadonlySet<string> = new Set(["industry"]);

/** Inclusive value ranges a number question is split into by the bands of every criterion that reads it. */
export function numberBands(question: TQuestion, criteria: readonly CoreCriterion[] = CRITERIA): [number, number][] {
  if (question.type !== "number") return [];
  const edges = new Set<number>();
  for (const criterion of criteria) {
    const factors = criterion.kind === "single" ? [criterion.factor] : [criterion.factor, criterion.by];
    for (const factor of factors) {
      if (factor.questionId !== question.id || factor.kind !== "bands") continue;
      for (const band of factor.bands) if (band.upTo >= question.min && band.upTo < question.max) edges.add(band.upTo);
    }
  }
  const bands: [number, number][] = [];
  let from = question.min;
  for (const edge of [...edges].sort((a, b) => a - b)) {
    bands.push([from, edge]);
    from = edge + 1;
  }
  bands.push([from, question.max]);
  return bands;
}

const NUMBER_BANDS = new Map(QUESTIONS.map((question) => [question.id, numberBands(question)]));

/** Every valid choice of a multiple choice question: any non-empty set of ordinary options, or the exclusive one alone. */
function multiChoices(question: TQuestion & { type: "multi" }): string[][] {
  const ids = question.options.map((option) => option.id);
  const ordinary = ids.filter((id) => id !== question.exclusiveOptionId);
  const choices: string[][] = [];
  for (let mask = 1; mask < 1 << ordinary.length; mask++) choices.push(ordinary.filter((_, bit) => (mask >> bit) & 1));
  if (question.exclusiveOptionId) choices.push([question.exclusiveOptionId]);
  return choices;
}

const MULTI_CHOICES = new Map(QUESTIONS.flatMap((question) => (question.type === "multi" ? [[question.id, multiChoices(question)] as const] : [])));

function toggled(from: string[], to: string[]): number {
  let count = 0;
  for (const id of from) if (!to.includes(id)) count++;
  for (const id of to) if (!from.includes(id)) count++;
  return count;
}

/** Values to try when a question is unanswered or "don't know": answering at all is one step. */
function answerValues(question: TQuestion, bands: ReadonlyMap<string, [number, number][]>): TAnswerValue[] {
  switch (question.type) {
    case "single":
      return question.options.map((option) => option.id);
    case "multi":
      // Answering with one option is the smallest answer; larger sets are toggles from there.
      return question.options.map((option) => [option.id]);
    case "scale":
      return [1, 2, 3, 4, 5];
    case "number":
      return (bands.get(question.id) ?? []).map(([from]) => from);
  }
}

function changesFrom(question: TQuestion, value: TAnswerValue, numberBandsOf: ReadonlyMap<string, [number, number][]>): Candidate[] {
  const list: Candidate[] = [];
  switch (question.type) {
    case "single": {
      const ids = question.options.map((option) => option.id);
      const at = ids.indexOf(String(value));
      ids.forEach((id, index) => {
        if (index !== at) list.push({ question, to: id, size: NOMINAL_QUESTION_IDS.has(question.id) ? 1 : Math.abs(index - at) });
      });
      break;
    }
    case "multi": {
      const current = Array.isArray(value) ? value : [];
      for (const choice of MULTI_CHOICES.get(question.id) ?? []) {
        const size = toggled(current, choice);
        if (size > 0 && size <= MAX_TOGGLES) list.push({ question, to: choice, size });
      }
      break;
    }
    case "scale":
      for (let point = 1; point <= 5; point++) if (point !== value) list.push({ question, to: point, size: Math.abs(point - Number(value)) });
      break;
    case "number": {
      const bands = numberBandsOf.get(question.id) ?? [];
      const current = Number(value);
      const at = bands.findIndex(([, to]) => current <= to);
      bands.forEach(([from, to], index) => {
        // The value nearest the current answer within the other band: its near edge.
        if (index !== at) list.push({ question, to: index > at ? from : to, size: Math.abs(index - at) });
      });
      break;
    }
  }
  // "Don't know" is no change a company can make: withdrawing an answer is not listed as what
  // would tip or settle a recommendation (reviewers read "audit load 5 -> don't know" as advice).
  return list;
}

/**
 * All single-answer changes to questions that apply, with their sizes. Number answers move
 * between the bands of the given criteria (the current model's unless another is measured).
 */
export function singleChangeCandidates(answers: TAnswers, criteria: readonly CoreCriterion[] = CRITERIA): Candidate[] {
  const bands = criteria === CRITERIA ? NUMBER_BANDS : new Map(QUESTIONS.map((question) => [question.id, numberBands(question, criteria)]));
  const list: Candidate[] = [];
  for (const question of QUESTIONS) {
    if (!isQuestionShown(question, answers)) continue;
    const value = answers[question.id];
    if (value === undefined || value === DONT_KNOW) {
      for (const to of answerValues(question, bands)) list.push({ question, to, size: 1 });
    } else {
      list.push(...changesFrom(question, value, bands));
    }
  }
  return list;
}

/** The answers after a change, with answers to questions the change hides removed. */
export function applyChange(answers: TAnswers, questionId: string, to: TAnswerValue): TAnswers {
  const changed: TAnswers = { ...answers, [questionId]: to };
  return CONTROLLING_QUESTION_IDS.has(questionId) ? withoutSkippedAnswers(QUESTIONNAIRE, changed) : changed;
}
