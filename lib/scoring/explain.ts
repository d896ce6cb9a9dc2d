/** Turns evaluated criteria into the explanation a result shows: contributions, drivers, counter-signals. */
import type { TAnswers } from "../questionnaire/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { answerLabel, questionLabel } from "../questionnaire/labels";
import { CRITERIA, type Criterion } from "./criteria";
import type { Reason } from "./criteria-model";
import { TIE_BREAK, type EvaluatedCriterion } from "./engine";
import { isSkippedByAnswer, questionById } from "./questions";
import { structuresIn } from "./translations/localize";
import { STRUCTURE_IDS, type Contribution, type ScoringOutput, type StructureId, type StructureScores } from "./types";

/** Only a criterion that supports every structure equally favours none: any listed difference is a side taken. */
const NEUTRAL_SPREAD = 1e-9;
/** Point differences below this round to nothing in the result, so they are not listed. */
const MIN_LISTED_POINTS = 0.05;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function roundScores(scores: StructureScores): StructureScores {
  return { separate: round1(scores.separate), ctio: round1(scores.ctio), cdo: round1(scores.cdo) };
}

function favoured(support: StructureScores): StructureId | null {
  const values = STRUCTURE_IDS.map((id) => support[id]);
  if (Math.max(...values) - Math.min(...values) < NEUTRAL_SPREAD) return null;
  return TIE_BREAK.reduce((best, id) => (support[id] > support[best] + 1e-12 ? id : best));
}

export type Side = "low" | "middle" | "high";

/** Which end of a factor's scale an answer is on; exactly midway is neither. */
export function sideOf(level: number): Side {
  return Math.abs(level - 0.5) < 1e-9 ? "middle" : level < 0.5 ? "low" : "high";
}

const cornerKey = { low: { low: "lowLow", high: "lowHigh" }, high: { low: "highLow", high: "highHigh" } } as const;

/**
 * The reason written for the side of the scale the answer is on, or null when an answer sits
 * midway, where no side's reason applies (the text then says so instead).
 */
export function reasonFor(criterion: Criterion, entry: EvaluatedCriterion): Reason | null {
  const side = sideOf(entry.level);
  if (side === "middle") return null;
  if (criterion.kind === "single") return criterion.reasons[side];
  const bySide = sideOf(entry.byLevel ?? 0.5);
  return bySide === "middle" ? null : criterion.reasons[cornerKey[side][bySide]];
}

/**
 * Below this spread of support a midway answer is said to move the scores "only a little". An
 * interaction read midway can still lean hard one way (300 employees, nothing sold: 0.7 against
 * 0.3), and then the text names where it leans.
 */
const LEANING_SPREAD = 0.15;

/** The text for an answer no side's reason applies to: it, or the answer it is read with, sits midway. */
export function middleText(criterion: Criterion, entry: EvaluatedCriterion, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale, "ScoringText");
  const context = criterion.kind === "interaction" ? questionLabel(questionById(criterion.by.questionId), locale) : "";
  if (sideOf(entry.level) !== "middle") return t("explain.middleContext", { question: context });
  const values = STRUCTURE_IDS.map((id) => entry.support[id]);
  const leaning = Math.max(...values) - Math.min(...values) >= LEANING_SPREAD ? favoured(entry.support) : null;
  if (!leaning) return t("explain.middle");
  const structure = structuresIn(locale)[leaning].name;
  return context ? t("explain.middleLeaningContext", { question: context, structure }) : t("explain.middleLeaning", { structure });
}

export function answerSummary(criterion: Criterion, answers: TAnswers, locale: Locale = DEFAULT_LOCALE): string {
  return criterion.questionIds
    .map((id) => {
      const question = questionById(id);
      if (question.showIf && isSkippedByAnswer(question, answers)) {
        const controlling = questionById(question.showIf.questionId);
        return translator(locale, "ScoringText")("explain.notAsked", { answer: answerLabel(controlling, answers[controlling.id], locale) });
      }
      return answerLabel(question, answers[id], locale);
    })
    .join("; ");
}

interface RawContribution {
  contribution: Contribution;
  raw: StructureScores;
}

/** Contributions with unrounded points, so drivers and counter-signals rank on exact values. */
export function rawContributions(evaluated: readonly (EvaluatedCriterion | null)[], answers: TAnswers): RawContribution[] {
  const informedWeight = evaluated.reduce((sum, entry) => sum + (entry ? entry.criterion.weight : 0), 0);
  const list: RawContribution[] = [];
  evaluated.forEach((entry, index) => {
    if (!entry) return;
    const { support } = entry;
    const criterion = CRITERIA[index]!;
    const raw: StructureScores = {
      separate: (100 * criterion.weight * support.separate) / informedWeight,
      ctio: (100 * criterion.weight * support.ctio) / informedWeight,
      cdo: (100 * criterion.weight * support.cdo) / informedWeight,
    };
    list.push({
      raw,
      contribution: {
        criterionId: criterion.id,
        statement: criterion.statement,
        dimension: criterion.dimension,
        questionIds: [...criterion.questionIds],
        answerSummary: answerSummary(criterion, answers),
        reason: reasonFor(criterion, entry)?.text ?? middleText(criterion, entry),
        weight: criterion.weight,
        points: roundScores(raw),
        favours: favoured(support),
        citations: criterion.citations,
      },
    });
  });
  return list;
}

function maxPoints(raw: StructureScores): number {
  return Math.max(raw.separate, raw.ctio, raw.cdo);
}

export function explain(
  list: RawContribution[],
  recommended: StructureId,
  runnerUp: StructureId,
): Pick<ScoringOutput, "contributions" | "drivers" | "counterSignals"> {
  const contributions = [...list].sort((a, b) => maxPoints(b.raw) - maxPoints(a.raw)).map((item) => item.contribution);
  const lead = (item: RawContribution) => item.raw[recommended] - item.raw[runnerUp];
  const drivers = list
    .filter((item) => lead(item) >= MIN_LISTED_POINTS)
    .sort((a, b) => lead(b) - lead(a))
    .map((item) => item.contribution);
  const against = (item: RawContribution) =>
    Math.max(...STRUCTURE_IDS.filter((id) => id !== recommended).map((id) => item.raw[id])) - item.raw[recommended];
  const counterSignals = list
    .filter((item) => against(item) >= MIN_LISTED_POINTS)
    .sort((a, b) => against(b) - against(a))
    .map((item) => item.contribution);
  return { contributions, drivers, counterSignals };
}

export function uninformedCriteria(evaluated: readonly (EvaluatedCriterion | null)[]): ScoringOutput["uninformed"] {
  return CRITERIA.flatMap((criterion, index) =>
    evaluated[index]
      ? []
      : [{ criterionId: criterion.id, statement: criterion.statement, weight: criterion.weight, questionIds: [...criterion.questionIds] }],
  );
}
