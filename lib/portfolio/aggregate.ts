/**
 * One organization's respondents combined into one recommendation. The rule is data: the page
 * and the organization's report print AGGREGATION_RULE, and every number they show comes from
 * combineRespondents, so the words and the arithmetic cannot drift apart.
 */
import type { TAnswers } from "../questionnaire/schema";
import { CONFIDENCE_RULE } from "../scoring/confidence";
import { rankStructures } from "../scoring/engine";
import { STRUCTURES } from "../scoring/structures";
import { STRUCTURE_IDS, type ConfidenceLevel, type DimensionResult, type StructureId, type StructureScores } from "../scoring/types";
import { ROLE_WEIGHT, WEIGHTED_ROLES, weightForRole, weightedRoleOf, type RoleWeights } from "../validation/aggregation";
import { labelOf } from "../validation/organizations";

/** One respondent's latest submitted result, as the combination reads it. */
export interface RespondentResult {
  resultId: string;
  name: string | null;
  role: string | null;
  submittedAt: string;
  recommended: StructureId;
  scores: StructureScores;
  answers: TAnswers;
  dimensions: DimensionResult[];
}

export interface AggregateRespondent {
  resultId: string;
  /** The respondent's name, or "Respondent 2" in submission order when they gave none. */
  label: string;
  role: string;
  roleLabel: string;
  submittedAt: string;
  weight: number;
  recommended: StructureId;
  recommendedName: string;
  scores: StructureScores;
  /** Whether their own recommendation is the combined one. */
  agrees: boolean;
}

export interface WeightRow {
  roleId: string;
  label: string;
  weight: number;
  /** How many of the combined respondents have this role. */
  respondents: number;
}

export interface OrganizationAggregate {
  rule: string;
  respondentCount: number;
  /** Sum of the respondents' weights; 0 when every respondent weighs nothing. */
  totalWeight: number;
  /** Null when no respondent carries weight, so there is nothing to combine. */
  combined: {
    scores: StructureScores;
    ranking: StructureId[];
    recommendation: StructureId;
    recommendationName: string;
    /** Points between the combined recommendation and the runner-up, one decimal. */
    lead: number;
    agreement: { respondents: number; of: number; weightShare: number };
    confidence: { level: ConfidenceLevel; rule: string; reason: string };
  } | null;
  respondents: AggregateRespondent[];
  weights: WeightRow[];
}

/** Agreement thresholds, as shares of the respondents' total weight. */
export const AGREEMENT_RULE = { high: 0.75, moderate: 0.5 } as const;

export const AGGREGATION_RULE =
  "Each respondent counts once, with their latest submitted result. A structure's combined score is the weighted mean of the respondents' scores for it, " +
  "each respondent weighted by their role (1 unless a consultant changed it; a weight of 0 leaves them out). The combined recommendation is the structure with " +
  "the highest combined score (ties go to the structure with fewer executive seats, as in a single result). Its lead is the gap to the runner-up.";

export const COMBINED_CONFIDENCE_RULE =
  `High when the combined lead is at least ${CONFIDENCE_RULE.high.minMargin} points and respondents holding at least ${AGREEMENT_RULE.high * 100}% of the weight ` +
  `recommend the same structure on their own; moderate when the lead is at least ${CONFIDENCE_RULE.moderate.minMargin} points and at least ` +
  `${AGREEMENT_RULE.moderate * 100}% of the weight agrees; low otherwise.`;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function roleLabel(role: string | null): string {
  const id = weightedRoleOf(role);
  return labelOf(WEIGHTED_ROLES, id) ?? id;
}

/** Labels in submission order, so "Respondent 2" means the same person on every view of the organization. */
export function respondentLabels(respondents: readonly RespondentResult[]): Map<string, string> {
  const ordered = [...respondents].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.resultId.localeCompare(b.resultId));
  return new Map(ordered.map((respondent, index) => [respondent.resultId, respondent.name?.trim() || `Respondent ${index + 1}`]));
}

function combinedConfidence(lead: number, weightShare: number): { level: ConfidenceLevel; rule: string; reason: string } {
  const level: ConfidenceLevel =
    lead >= CONFIDENCE_RULE.high.minMargin && weightShare >= AGREEMENT_RULE.high
      ? "high"
      : lead >= CONFIDENCE_RULE.moderate.minMargin && weightShare >= AGREEMENT_RULE.moderate
        ? "moderate"
        : "low";
  const reason = `The combined recommendation leads the runner-up by ${lead.toFixed(1)} points, and respondents holding ${Math.round(weightShare * 100)}% of the weight recommend it on their own.`;
  return { level, rule: COMBINED_CONFIDENCE_RULE, reason };
}

function weightedMean(respondents: readonly { weight: number; scores: StructureScores }[], totalWeight: number): StructureScores {
  const scores = { separate: 0, ctio: 0, cdo: 0 } as StructureScores;
  for (const id of STRUCTURE_IDS) {
    const sum = respondents.reduce((total, respondent) => total + respondent.weight * respondent.scores[id], 0);
    // Rounded before ranking, so the printed scores always agree with the order and the lead.
    scores[id] = round1(sum / totalWeight);
  }
  return scores;
}

export function combineRespondents(respondents: readonly RespondentResult[], weights: RoleWeights): OrganizationAggregate {
  const labels = respondentLabels(respondents);
  const weighted = respondents.map((respondent) => ({ respondent, weight: weightForRole(weights, respondent.role), scores: respondent.scores }));
  const totalWeight = weighted.reduce((total, entry) => total + entry.weight, 0);

  let combined: OrganizationAggregate["combined"] = null;
  if (totalWeight > 0) {
    const scores = weightedMean(weighted, totalWeight);
    const ranking = rankStructures(scores);
    const [recommendation, runnerUp] = ranking as [StructureId, StructureId, StructureId];
    const lead = round1(scores[recommendation] - scores[runnerUp]);
    const agreeing = weighted.filter((entry) => entry.weight > 0 && entry.respondent.recommended === recommendation);
    const weightShare = agreeing.reduce((total, entry) => total + entry.weight, 0) / totalWeight;
    combined = {
      scores,
      ranking,
      recommendation,
      recommendationName: STRUCTURES[recommendation].name,
      lead,
      agreement: { respondents: agreeing.length, of: weighted.filter((entry) => entry.weight > 0).length, weightShare: Math.round(weightShare * 1000) / 1000 },
      confidence: combinedConfidence(lead, weightShare),
    };
  }

  return {
    rule: AGGREGATION_RULE,
    respondentCount: respondents.length,
    totalWeight,
    combined,
    respondents: weighted.map(({ respondent, weight }) => ({
      resultId: respondent.resultId,
      label: labels.get(respondent.resultId) ?? respondent.resultId,
      role: weightedRoleOf(respondent.role),
      roleLabel: roleLabel(respondent.role),
      submittedAt: respondent.submittedAt,
      weight,
      recommended: respondent.recommended,
      recommendedName: STRUCTURES[respondent.recommended].name,
      scores: respondent.scores,
      agrees: combined !== null && weight > 0 && respondent.recommended === combined.recommendation,
    })),
    weights: WEIGHTED_ROLES.map((role) => ({
      roleId: role.id,
      label: role.label,
      weight: weights[role.id] ?? ROLE_WEIGHT.default,
      respondents: respondents.filter((respondent) => weightedRoleOf(respondent.role) === role.id).length,
    })),
  };
}
