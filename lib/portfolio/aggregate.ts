/**
 * One organization's respondents combined into one recommendation. The rule is data: the page
 * and the organization's report print AGGREGATION_RULE, and every number they show comes from
 * combineRespondents, so the words and the arithmetic cannot drift apart.
 */
import type { TAnswers } from "../questionnaire/schema";
import { CONFIDENCE_RULE } from "../scoring/confidence";
import { rankStructures } from "../scoring/engine";
import { modelForVersion } from "../scoring/models";
import { DEFAULT_DRAWS, analyseCombinedRobustness, leadingRival } from "../scoring/robustness";
import { STRUCTURES } from "../scoring/structures";
import { STRUCTURE_IDS, type ConfidenceLevel, type DimensionResult, type Robustness, type StructureId, type StructureScores } from "../scoring/types";
import { ROLE_WEIGHT, WEIGHTED_ROLES, weightForRole, weightedRoleOf, type RoleWeights } from "../validation/aggregation";

/** One respondent's latest submitted result, as the combination reads it. */
export interface RespondentResult {
  resultId: string;
  name: string | null;
  role: string | null;
  submittedAt: string;
  recommended: StructureId;
  /** A consultant's override of this result, shown beside it; the combination is computed from the answers alone. */
  override?: StructureId | null;
  scores: StructureScores;
  answers: TAnswers;
  dimensions: DimensionResult[];
  /** The model that scored it: the combination's robustness is measured with it. */
  modelVersion: string;
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
  /** The name of a consultant's different recommendation for this result, or null. */
  overrideName: string | null;
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
    /** The same robustness analysis as a single result's, applied to the combination; null when respondents were scored with different models or it was not asked for. */
    robustness: Robustness | null;
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

/** "42%": a share as the combined view's sentences write it. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

export const COMBINED_CONFIDENCE_RULE =
  `High when the combined recommendation wins in at least ${percent(CONFIDENCE_RULE.high.minShare)} of ${DEFAULT_DRAWS.toLocaleString("en-US")} plausible variants of the model, ` +
  `each applied to every respondent, and respondents holding at least ${percent(AGREEMENT_RULE.high)} of the weight recommend the same structure on their own; ` +
  `moderate when it wins in at least ${percent(CONFIDENCE_RULE.moderate.minShare)} and at least ${percent(AGREEMENT_RULE.moderate)} of the weight agrees; low otherwise. ` +
  `When respondents were scored with different model versions the variants cannot be shared, and confidence rests on agreement alone: moderate when at least ${percent(AGREEMENT_RULE.high)} of the weight agrees, low otherwise.`;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function roleLabel(role: string | null): string {
  const id = weightedRoleOf(role);
  return WEIGHTED_ROLES.find((role) => role.id === id)?.label ?? id;
}

/** Labels in submission order, so "Respondent 2" means the same person on every view of the organization. */
export function respondentLabels(respondents: readonly RespondentResult[]): Map<string, string> {
  const ordered = [...respondents].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.resultId.localeCompare(b.resultId));
  return new Map(ordered.map((respondent, index) => [respondent.resultId, respondent.name?.trim() || `Respondent ${index + 1}`]));
}

function combinedConfidence(recommendation: StructureId, robustness: Robustness | null, weightShare: number): { level: ConfidenceLevel; rule: string; reason: string } {
  const agreement = `respondents holding ${percent(weightShare)} of the weight recommend it on their own`;
  if (!robustness) {
    const level: ConfidenceLevel = weightShare >= AGREEMENT_RULE.high ? "moderate" : "low";
    return { level, rule: COMBINED_CONFIDENCE_RULE, reason: `The respondents were scored with different model versions, so the combination's robustness is not measured; ${agreement}.` };
  }
  const share = Math.round((100 * robustness.structures[recommendation].wins) / robustness.draws) / 100;
  const { high, moderate } = CONFIDENCE_RULE;
  const level: ConfidenceLevel =
    share >= high.minShare && weightShare >= AGREEMENT_RULE.high ? "high" : share >= moderate.minShare && weightShare >= AGREEMENT_RULE.moderate ? "moderate" : "low";
  const rival = leadingRival(robustness, recommendation);
  const rivalShare = robustness.structures[rival].wins / robustness.draws;
  const reason =
    `${STRUCTURES[recommendation].name} wins the combination in ${percent(share)} of ${robustness.draws.toLocaleString("en-US")} plausible variants of the model` +
    (share < high.minShare ? ` and ${STRUCTURES[rival].name} in ${percent(rivalShare)}: the choice between these two stays open` : "") +
    `; ${agreement}.`;
  return { level, rule: COMBINED_CONFIDENCE_RULE, reason };
}

/** The combination's robustness, when every counted respondent was scored with one model that is still known. */
function measureCombination(weighted: readonly { respondent: RespondentResult; weight: number }[]): Robustness | null {
  const counted = weighted.filter((entry) => entry.weight > 0);
  const versions = new Set(counted.map((entry) => entry.respondent.modelVersion));
  const model = versions.size === 1 ? modelForVersion([...versions][0]!) : null;
  return model ? analyseCombinedRobustness(model, counted.map((entry) => ({ answers: entry.respondent.answers, weight: entry.weight }))) : null;
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

export interface CombineOptions {
  /** Measure the combination's robustness (the default); the what-if search over combinations only needs the recommendation. */
  robustness?: boolean;
}

export function combineRespondents(respondents: readonly RespondentResult[], weights: RoleWeights, options: CombineOptions = {}): OrganizationAggregate {
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
    const robustness = options.robustness === false ? null : measureCombination(weighted);
    combined = {
      scores,
      ranking,
      recommendation,
      recommendationName: STRUCTURES[recommendation].name,
      lead,
      agreement: { respondents: agreeing.length, of: weighted.filter((entry) => entry.weight > 0).length, weightShare: Math.round(weightShare * 1000) / 1000 },
      robustness,
      confidence: combinedConfidence(recommendation, robustness, weightShare),
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
      overrideName: respondent.override ? STRUCTURES[respondent.override].name : null,
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
