/** Turns evaluated criteria into the explanation a result shows: contributions, drivers, counter-signals. */
import type { TAnswers } from "../questionnaire/schema";
import { answerLabel } from "../questionnaire/labels";
import { CRITERIA, type Criterion } from "./criteria";
import { TIE_BREAK, type EvaluatedCriterion } from "./engine";
import { isSkippedByAnswer, questionById } from "./questions";
import { STRUCTURE_IDS, type Contribution, type ScoringOutput, type StructureId, type StructureScores } from "./types";

/** Support spreads below this are too small to say a criterion favours anything. */
const NEUTRAL_SPREAD = 0.05;
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

export function answerSummary(criterion: Criterion, answers: TAnswers): string {
  return criterion.questionIds
    .map((id) => {
      const question = questionById(id);
      if (question.showIf && isSkippedByAnswer(question, answers)) {
        const controlling = questionById(question.showIf.questionId);
        return `Not asked, given "${answerLabel(controlling, answers[controlling.id])}"`;
      }
      return answerLabel(question, answers[id]);
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
  for (const entry of evaluated) {
    if (!entry) continue;
    const { criterion, support } = entry;
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
        weight: criterion.weight,
        points: roundScores(raw),
        favours: favoured(support),
        citations: criterion.citations,
      },
    });
  }
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
