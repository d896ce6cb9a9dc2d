/**
 * Two to six results side by side: two executives of one company, or one company over time.
 * The first result is the baseline every difference is measured from, so a column reads as
 * "what is different here compared with the first one".
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { answerLabel } from "../questionnaire/labels";
import { questionnaireIn } from "../questionnaire/localize";
import type { TAnswerValue, TAnswers, TQuestionnaire } from "../questionnaire/schema";
import { isAnswered } from "../questionnaire/skip";
import { criterionIn, dimensionLabelIn, structuresIn } from "../scoring/translations/localize";
import { DIMENSION_IDS, STRUCTURE_IDS, type ConfidenceLevel, type DimensionId, type ScoringOutput, type StructureId } from "../scoring/types";

/** How the comparison is made, in words, in a language (the Compare messages' "rule"). */
export interface CompareRule {
  baseline: string;
  answers: string;
  drivers: string;
}

export function compareRuleIn(locale: Locale): CompareRule {
  const t = translator(locale, "Compare");
  return { baseline: t("rule.baseline"), answers: t("rule.answers"), drivers: t("rule.drivers") };
}

export type ComparedOutput = Pick<ScoringOutput, "modelVersion" | "questionnaireVersion" | "recommended" | "scores" | "margin" | "confidence" | "dimensions" | "drivers">;

export interface ComparedResult {
  resultId: string;
  /** How the columns are named in text, for example the respondent's name. */
  label: string;
  answers: TAnswers;
  output: ComparedOutput;
}

export interface ResultColumn {
  resultId: string;
  label: string;
  recommended: StructureId;
  recommendedName: string;
  confidence: ConfidenceLevel;
  margin: number;
  modelVersion: string;
  questionnaireVersion: string;
}

export interface AnswerCell {
  resultId: string;
  value: TAnswerValue | null;
  /** As a person would read it, "Not answered" included. */
  label: string;
  differsFromBaseline: boolean;
}

export interface AnswerDifference {
  questionId: string;
  question: string;
  section: string;
  cells: AnswerCell[];
}

export interface ValueCell {
  resultId: string;
  value: number | null;
  /** This value minus the baseline's, one decimal; null for the baseline itself or when either is missing. */
  delta: number | null;
}

export interface ValueRow<Id extends string> {
  id: Id;
  label: string;
  cells: ValueCell[];
  /** Highest minus lowest value, one decimal; null when fewer than two results have a value. */
  spread: number | null;
}

export type DriverChange = "appeared" | "disappeared" | "changed" | "unchanged";

export interface DriverCell {
  resultId: string;
  /** Null when the criterion is not among this result's drivers. */
  driver: { favours: StructureId | null; answerSummary: string } | null;
  /** Against the baseline; null for the baseline itself and where the criterion drives neither. */
  change: DriverChange | null;
}

export interface DriverRow {
  criterionId: string;
  statement: string;
  dimensionLabel: string;
  cells: DriverCell[];
}

export interface ResultComparison {
  rule: CompareRule;
  columns: ResultColumn[];
  recommendationsDiffer: boolean;
  /** Score differences then include changes to the model itself, not only to the answers. */
  modelVersionsDiffer: boolean;
  answers: { differing: AnswerDifference[]; identical: number };
  scores: ValueRow<StructureId>[];
  dimensions: ValueRow<DimensionId>[];
  drivers: { changed: DriverRow[]; unchanged: number };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One key per distinct answer; unanswered (missing or an empty choice) is null. */
function answerKey(value: TAnswerValue | undefined): string | null {
  if (value === undefined || !isAnswered(value)) return null;
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}

function compareAnswers(results: readonly ComparedResult[], questionnaire: TQuestionnaire, locale: Locale): ResultComparison["answers"] {
  const differing: AnswerDifference[] = [];
  let identical = 0;
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      const keys = results.map((result) => answerKey(result.answers[question.id]));
      if (keys.every((key) => key === null)) continue;
      const baseline = keys[0] ?? null;
      if (keys.every((key) => key === baseline)) {
        identical += 1;
        continue;
      }
      differing.push({
        questionId: question.id,
        question: question.label,
        section: section.title,
        cells: results.map((result, index) => {
          const value = keys[index] === null ? null : (result.answers[question.id] ?? null);
          return { resultId: result.resultId, value, label: answerLabel(question, value, locale), differsFromBaseline: keys[index] !== baseline };
        }),
      });
    }
  }
  return { differing, identical };
}

function valueRow<Id extends string>(id: Id, label: string, results: readonly ComparedResult[], read: (output: ComparedOutput) => number | null): ValueRow<Id> {
  const values = results.map((result) => read(result.output));
  const baseline = values[0] ?? null;
  const present = values.filter((value): value is number => value !== null);
  return {
    id,
    label,
    cells: results.map((result, index) => {
      const value = values[index] ?? null;
      return { resultId: result.resultId, value, delta: index === 0 || value === null || baseline === null ? null : round1(value - baseline) };
    }),
    spread: present.length < 2 ? null : round1(Math.max(...present) - Math.min(...present)),
  };
}

function driverChange(baseline: DriverCell["driver"], here: DriverCell["driver"]): DriverChange | null {
  if (!baseline) return here ? "appeared" : null;
  if (!here) return "disappeared";
  return baseline.favours === here.favours && baseline.answerSummary === here.answerSummary ? "unchanged" : "changed";
}

function compareDrivers(results: readonly ComparedResult[], locale: Locale): ResultComparison["drivers"] {
  // Rows in the order a reader meets them: the baseline's drivers by size, then any new ones.
  const criteria = new Map<string, { statement: string; dimension: DimensionId }>();
  for (const result of results) {
    for (const driver of result.output.drivers) {
      if (!criteria.has(driver.criterionId)) criteria.set(driver.criterionId, { statement: driver.statement, dimension: driver.dimension });
    }
  }
  const changed: DriverRow[] = [];
  let unchanged = 0;
  for (const [criterionId, criterion] of criteria) {
    const drivers = results.map((result) => {
      const found = result.output.drivers.find((driver) => driver.criterionId === criterionId);
      return found ? { favours: found.favours, answerSummary: found.answerSummary } : null;
    });
    const baseline = drivers[0] ?? null;
    const cells = results.map((result, index) => ({
      resultId: result.resultId,
      driver: drivers[index] ?? null,
      change: index === 0 ? null : driverChange(baseline, drivers[index] ?? null),
    }));
    if (cells.slice(1).every((cell) => cell.change === "unchanged")) unchanged += 1;
    else changed.push({ criterionId, statement: criterionIn(criterionId, locale)?.statement ?? criterion.statement, dimensionLabel: dimensionLabelIn(criterion.dimension, locale), cells });
  }
  return { changed, unchanged };
}

/** In English unless a language is given: names, questions and answers as that language reads them. */
export function buildComparison(results: readonly ComparedResult[], locale: Locale = DEFAULT_LOCALE, questionnaire: TQuestionnaire = questionnaireIn(locale)): ResultComparison {
  const [first] = results;
  if (!first) throw new Error("A comparison needs at least one result");
  const structures = structuresIn(locale);
  return {
    rule: compareRuleIn(locale),
    columns: results.map(({ resultId, label, output }) => ({
      resultId,
      label,
      recommended: output.recommended,
      recommendedName: structures[output.recommended].name,
      confidence: output.confidence.level,
      margin: output.margin,
      modelVersion: output.modelVersion,
      questionnaireVersion: output.questionnaireVersion,
    })),
    recommendationsDiffer: results.some((result) => result.output.recommended !== first.output.recommended),
    modelVersionsDiffer: results.some((result) => result.output.modelVersion !== first.output.modelVersion),
    answers: compareAnswers(results, questionnaire, locale),
    scores: STRUCTURE_IDS.map((id) => valueRow(id, structures[id].name, results, (output) => output.scores[id])),
    dimensions: DIMENSION_IDS.map((id) =>
      valueRow(id, dimensionLabelIn(id, locale), results, (output) => output.dimensions.find((dimension) => dimension.id === id)?.value ?? null),
    ),
    drivers: compareDrivers(results, locale),
  };
}
