/**
 * How sure the recommendation is: how often it wins when the model's uncertain parts vary (the
 * robustness analysis), and how much of the evidence the answers cover. A lead in points says
 * nothing about this: five points can rest on one weight or on twenty answers.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { DEFAULT_DRAWS, WEIGHT_SPREAD, leadingRival } from "./robustness";
import { structuresIn } from "./translations/localize";
import type { ConfidenceLevel, Robustness, StructureId } from "./types";

/** Whole percent, rounded as the result prints every share. */
function wholePercent(share: number): number {
  return Math.round(share * 100);
}

export const CONFIDENCE_THRESHOLDS = {
  high: { minShare: 0.8, minCoverage: 0.8 },
  moderate: { minShare: 0.6, minCoverage: 0.6 },
} as const;

/** How the level is decided, in words. */
export function confidenceRuleText(locale: Locale = DEFAULT_LOCALE): string {
  const { high, moderate } = CONFIDENCE_THRESHOLDS;
  return translator(locale, "ScoringText")("confidence.rule", {
    highShare: wholePercent(high.minShare),
    highCoverage: wholePercent(high.minCoverage),
    moderateShare: wholePercent(moderate.minShare),
    moderateCoverage: wholePercent(moderate.minCoverage),
    draws: DEFAULT_DRAWS,
    spread: wholePercent(WEIGHT_SPREAD),
  });
}

export const CONFIDENCE_RULE = { ...CONFIDENCE_THRESHOLDS, text: confidenceRuleText() } as const;

/**
 * Compares shares as the result prints them (whole percentages) and coverage to three places,
 * so the printed numbers always agree with the level.
 */
export function confidenceFor(
  recommended: StructureId,
  robustness: Robustness,
  coverage: number,
  locale: Locale = DEFAULT_LOCALE,
): { level: ConfidenceLevel; rule: string; reason: string } {
  const { high, moderate } = CONFIDENCE_THRESHOLDS;
  const t = translator(locale, "ScoringText");
  const rule = locale === DEFAULT_LOCALE ? CONFIDENCE_RULE.text : confidenceRuleText(locale);
  if (Math.round(coverage * 1000) === 0) return { level: "low", rule, reason: t("confidence.noAnswers") };
  const shownShare = Math.round((100 * robustness.structures[recommended].wins) / robustness.draws) / 100;
  const shownCoverage = Math.round(coverage * 1000) / 1000;
  const level: ConfidenceLevel =
    shownShare >= high.minShare && shownCoverage >= high.minCoverage
      ? "high"
      : shownShare >= moderate.minShare && shownCoverage >= moderate.minCoverage
        ? "moderate"
        : "low";
  const structures = structuresIn(locale);
  const other = leadingRival(robustness, recommended);
  const values = {
    structure: structures[recommended].name,
    share: wholePercent(shownShare),
    draws: robustness.draws,
    coverage: wholePercent(shownCoverage),
    rival: structures[other].name,
    rivalShare: wholePercent(robustness.structures[other].wins / robustness.draws),
    highShare: wholePercent(high.minShare),
    highCoverage: wholePercent(high.minCoverage),
  };
  if (level === "high") return { level, rule, reason: t("confidence.high", values) };
  if (shownShare < high.minShare) return { level, rule, reason: t("confidence.open", { ...values, needs: shownCoverage < high.minCoverage ? "both" : "share" }) };
  return { level, rule, reason: t("confidence.rival", values) };
}
