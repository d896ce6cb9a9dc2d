/**
 * One organization's respondents combined into one recommendation. The rule is data: the page
 * and the organization's report print the rule this module writes (aggregationRuleIn), and every
 * number they show comes from combineRespondents, so the words and the arithmetic cannot drift
 * apart. Its words are written in the reader's language from the CombinedReport catalog, the one
 * source of the page's and the report's text.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { TAnswers } from "../questionnaire/schema";
import { percent } from "../report/format";
import { CONFIDENCE_RULE } from "../scoring/confidence";
import { rankStructures } from "../scoring/engine";
import { DEFAULT_DRAWS, analyseCombinedRobustness, leadingRival } from "../scoring/robustness";
import { modelForVersionIn, structuresIn } from "../scoring/translations/localize";
import { STRUCTURE_IDS, type ConfidenceLevel, type DimensionResult, type Robustness, type StructureId, type StructureScores } from "../scoring/types";
import { RESPONDENT_ROLES } from "../validation/assessment";
import { ROLE_WEIGHT, WEIGHTED_ROLES, weightForRole, weightedRoleOf, type RoleWeights } from "../validation/aggregation";
import { combinedText } from "./combined-explain";

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
  /** The respondent's name, or "Respondent 2" ("Befragte Person 2") in submission order when they gave none. */
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

/** How the respondents are combined, in words. */
export function aggregationRuleIn(locale: Locale = DEFAULT_LOCALE): string {
  return combinedText(locale)("aggregationRule");
}

const CONFIDENCE_RULES = new Map<Locale, string>();

/** How the combination's confidence is set, in words; written once per language, as the what-if search combines the respondents again for every change it tries. */
export function combinedConfidenceRuleIn(locale: Locale = DEFAULT_LOCALE): string {
  let rule = CONFIDENCE_RULES.get(locale);
  if (rule === undefined) {
    rule = combinedText(locale)("confidenceRule", {
      highShare: percent(CONFIDENCE_RULE.high.minShare, locale),
      moderateShare: percent(CONFIDENCE_RULE.moderate.minShare, locale),
      highAgreement: percent(AGREEMENT_RULE.high, locale),
      moderateAgreement: percent(AGREEMENT_RULE.moderate, locale),
      draws: DEFAULT_DRAWS,
    });
    CONFIDENCE_RULES.set(locale, rule);
  }
  return rule;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The role a respondent is weighted under, as the language names it ("Role not given" when they gave none). */
export function roleLabel(role: string | null, locale: Locale = DEFAULT_LOCALE): string {
  const known = RESPONDENT_ROLES.find((candidate) => candidate.id === weightedRoleOf(role));
  return known ? translator(locale, "Questionnaire")(`roles.${known.id}`) : combinedText(locale)("roleNotGiven");
}

/** Labels in submission order, so "Respondent 2" means the same person on every view of the organization, in every language. */
export function respondentLabels(respondents: readonly RespondentResult[], locale: Locale = DEFAULT_LOCALE): Map<string, string> {
  const ordered = [...respondents].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.resultId.localeCompare(b.resultId));
  return new Map(ordered.map((respondent, index) => [respondent.resultId, respondent.name?.trim() || combinedText(locale)("respondentLabel", { number: index + 1 })]));
}

function combinedConfidence(
  recommendation: StructureId,
  robustness: Robustness | null,
  weightShare: number,
  locale: Locale,
): { level: ConfidenceLevel; rule: string; reason: string } {
  const t = combinedText(locale);
  const rule = combinedConfidenceRuleIn(locale);
  const agreement = t("confidenceReason.agreement", { share: percent(weightShare, locale) });
  if (!robustness) {
    const level: ConfidenceLevel = weightShare >= AGREEMENT_RULE.high ? "moderate" : "low";
    return { level, rule, reason: t("confidenceReason.unmeasured", { agreement }) };
  }
  const share = Math.round((100 * robustness.structures[recommendation].wins) / robustness.draws) / 100;
  const { high, moderate } = CONFIDENCE_RULE;
  const level: ConfidenceLevel =
    share >= high.minShare && weightShare >= AGREEMENT_RULE.high ? "high" : share >= moderate.minShare && weightShare >= AGREEMENT_RULE.moderate ? "moderate" : "low";
  const structures = structuresIn(locale);
  const rival = leadingRival(robustness, recommendation);
  const values = { structure: structures[recommendation].name, share: percent(share, locale), draws: robustness.draws, agreement };
  const reason =
    share < high.minShare
      ? t("confidenceReason.open", { ...values, rival: structures[rival].name, rivalShare: percent(robustness.structures[rival].wins / robustness.draws, locale) })
      : t("confidenceReason.wins", values);
  return { level, rule, reason };
}

/**
 * The combination's robustness, when every counted respondent was scored with one model that is
 * still known; its weight tilts name the model's facts in the reader's language.
 */
function measureCombination(weighted: readonly { respondent: RespondentResult; weight: number }[], locale: Locale): Robustness | null {
  const counted = weighted.filter((entry) => entry.weight > 0);
  const versions = new Set(counted.map((entry) => entry.respondent.modelVersion));
  const model = versions.size === 1 ? modelForVersionIn([...versions][0]!, locale) : null;
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
  /** The language of the labels, the rule and the confidence reason; English when not given. */
  locale?: Locale;
}

export function combineRespondents(respondents: readonly RespondentResult[], weights: RoleWeights, options: CombineOptions = {}): OrganizationAggregate {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const structures = structuresIn(locale);
  const labels = respondentLabels(respondents, locale);
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
    const robustness = options.robustness === false ? null : measureCombination(weighted, locale);
    combined = {
      scores,
      ranking,
      recommendation,
      recommendationName: structures[recommendation].name,
      lead,
      agreement: { respondents: agreeing.length, of: weighted.filter((entry) => entry.weight > 0).length, weightShare: Math.round(weightShare * 1000) / 1000 },
      robustness,
      confidence: combinedConfidence(recommendation, robustness, weightShare, locale),
    };
  }

  return {
    rule: aggregationRuleIn(locale),
    respondentCount: respondents.length,
    totalWeight,
    combined,
    respondents: weighted.map(({ respondent, weight }) => ({
      resultId: respondent.resultId,
      label: labels.get(respondent.resultId) ?? respondent.resultId,
      role: weightedRoleOf(respondent.role),
      roleLabel: roleLabel(respondent.role, locale),
      submittedAt: respondent.submittedAt,
      weight,
      recommended: respondent.recommended,
      recommendedName: structures[respondent.recommended].name,
      overrideName: respondent.override ? structures[respondent.override].name : null,
      scores: respondent.scores,
      agrees: combined !== null && weight > 0 && respondent.recommended === combined.recommendation,
    })),
    weights: WEIGHTED_ROLES.map((role) => ({
      roleId: role.id,
      label: roleLabel(role.id, locale),
      weight: weights[role.id] ?? ROLE_WEIGHT.default,
      respondents: respondents.filter((respondent) => weightedRoleOf(respondent.role) === role.id).length,
    })),
  };
}
