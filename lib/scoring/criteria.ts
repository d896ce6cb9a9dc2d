/**
 * The criteria of the scoring model and a printable description of how each one maps
 * answers to support for the three structures.
 */
import { CHANGE_CRITERIA } from "./criteria-change";
import { GOVERNANCE_CRITERIA } from "./criteria-governance";
import type { CoreCriterion, Criterion } from "./criteria-model";
import { REMIT_CRITERIA } from "./criteria-remits";
import { SCALE_CRITERIA } from "./criteria-scale";
import { cornersSupport, polesSupport, type Factor } from "./mapping";
import { questionById } from "./questions";
import type { TQuestion } from "../questionnaire/schema";
import type { StructureScores } from "./types";

export type { Criterion, InteractionCriterion, SingleCriterion } from "./criteria-model";

export const CRITERIA: readonly Criterion[] = [...SCALE_CRITERIA, ...GOVERNANCE_CRITERIA, ...REMIT_CRITERIA, ...CHANGE_CRITERIA];

export const TOTAL_WEIGHT = CRITERIA.reduce((sum, criterion) => sum + criterion.weight, 0);

const BY_ID = new Map(CRITERIA.map((criterion) => [criterion.id, criterion]));

export function criterionById(id: string): Criterion | undefined {
  return BY_ID.get(id);
}

/** One printable answer class of a factor and the level it sets. */
interface LevelRow {
  answer: string;
  level: number;
}

/**
 * The words an answer class is described with, so the methodology page can describe the
 * model in the reader's language; ANSWER_WORDS is the English.
 */
export interface AnswerWords {
  number: (value: number) => string;
  range: (from: string, to: string, unit: string) => string;
  moreThan: (value: string, unit: string) => string;
  noneOfThese: string;
  chosen: (count: number, orMore: boolean) => string;
  optionAlone: (option: string, amount: number) => string;
  noneThatCount: string;
  addingUpToOne: string;
  skipped: string;
  /** One row of a criterion that reads two answers. */
  both: (first: string, second: string) => string;
}

export const ANSWER_WORDS: AnswerWords = {
  number: (value) => value.toLocaleString("en-US"),
  range: (from, to, unit) => `${from} to ${to} ${unit}`.trim(),
  moreThan: (value, unit) => `More than ${value} ${unit}`.trim(),
  noneOfThese: "None of these",
  chosen: (count, orMore) => `${count} ${count === 1 ? "option" : "options"} chosen${orMore ? " or more" : ""}`,
  optionAlone: (option, amount) => `${option} (alone; each choice adds ${amount})`,
  noneThatCount: "None of the options that count",
  addingUpToOne: "Choices adding up to 1 or more",
  skipped: "Not asked (skipped by an earlier answer)",
  both: (first, second) => `${first}; ${second}`,
};

/** Every answer class a factor distinguishes, in the order the question presents them; `questionOf` gives the question in the words' language. */
export function factorRows(factor: Factor, words: AnswerWords = ANSWER_WORDS, questionOf: (id: string) => TQuestion = questionById): LevelRow[] {
  const question = questionOf(factor.questionId);
  const rows: LevelRow[] = [];
  switch (factor.kind) {
    case "options":
      if ("options" in question) {
        for (const option of question.options) {
          const level = factor.levels[option.id];
          if (level !== undefined) rows.push({ answer: option.label, level });
        }
      }
      break;
    case "bands": {
      const unit = question.type === "number" ? question.unit : "";
      let from = question.type === "number" ? question.min : 0;
      for (const band of factor.bands) {
        const answer = Number.isFinite(band.upTo) ? words.range(words.number(from), words.number(band.upTo), unit) : words.moreThan(words.number(from - 1), unit);
        rows.push({ answer, level: band.level });
        from = band.upTo + 1;
      }
      break;
    }
    case "scale":
      factor.levels.forEach((level, index) => {
        const point = index + 1;
        const label = question.type === "scale" ? (point === 1 ? ` (${question.minLabel})` : point === 5 ? ` (${question.maxLabel})` : "") : "";
        rows.push({ answer: `${point}${label}`, level });
      });
      break;
    case "count":
      factor.levels.forEach((level, count) => {
        const answer = count === 0 ? words.noneOfThese : words.chosen(count, count === factor.levels.length - 1);
        rows.push({ answer, level });
      });
      break;
    case "optionSum":
      if ("options" in question) {
        for (const option of question.options) {
          const amount = factor.perOption[option.id] ?? 0;
          if (option.id === (question.type === "multi" ? question.exclusiveOptionId : undefined) || amount === 0) continue;
          rows.push({ answer: words.optionAlone(option.label, amount), level: Math.min(1, amount) });
        }
        rows.unshift({ answer: words.noneThatCount, level: 0 });
        rows.push({ answer: words.addingUpToOne, level: 1 });
      }
      break;
  }
  if (factor.whenSkipped !== undefined) {
    rows.push({ answer: words.skipped, level: factor.whenSkipped });
  }
  return rows;
}

/**
 * The support each answer gives each structure, for the methodology page. Criteria that
 * read two questions list every combination.
 */
export function describeMapping(
  criterion: CoreCriterion,
  words: AnswerWords = ANSWER_WORDS,
  questionOf: (id: string) => TQuestion = questionById,
): { answer: string; support: StructureScores }[] {
  if (criterion.kind === "single") {
    return factorRows(criterion.factor, words, questionOf).map((row) => ({ answer: row.answer, support: polesSupport(criterion.poles, row.level) }));
  }
  const byRows = factorRows(criterion.by, words, questionOf);
  return factorRows(criterion.factor, words, questionOf).flatMap((row) =>
    byRows.map((byRow) => ({
      answer: words.both(row.answer, byRow.answer),
      support: cornersSupport(criterion.corners, row.level, byRow.level),
    })),
  );
}
