/**
 * How sure the recommendation is: how often it wins when the model's uncertain parts vary (the
 * robustness analysis), and how much of the evidence the answers cover. A lead in points says
 * nothing about this: five points can rest on one weight or on twenty answers.
 */
import { DEFAULT_DRAWS, WEIGHT_SPREAD, leadingRival } from "./robustness";
import { STRUCTURES } from "./structures";
import type { ConfidenceLevel, Robustness, StructureId } from "./types";

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const count = DEFAULT_DRAWS.toLocaleString("en-US");
const spread = percent(WEIGHT_SPREAD);

export const CONFIDENCE_RULE = {
  high: { minShare: 0.8, minCoverage: 0.8 },
  moderate: { minShare: 0.6, minCoverage: 0.6 },
  text:
    `High when the recommended structure wins in at least 80% of ${count} plausible variants of the model (each fact's weight drawn within ±${spread} of the model's, ` +
    "and every answer left open drawn over its options) and the answers inform at least 80% of the criterion weight; " +
    "moderate when it wins in at least 60% and the answers inform at least 60%; low otherwise.",
} as const;

/**
 * Compares shares as the result prints them (whole percentages) and coverage to three places,
 * so the printed numbers always agree with the level.
 */
export function confidenceFor(recommended: StructureId, robustness: Robustness, coverage: number): { level: ConfidenceLevel; rule: string; reason: string } {
  const { high, moderate, text } = CONFIDENCE_RULE;
  if (Math.round(coverage * 1000) === 0) {
    return { level: "low", rule: text, reason: "No answer informs the model yet, so the recommendation only reflects the tie-break order." };
  }
  const shownShare = Math.round((100 * robustness.structures[recommended].wins) / robustness.draws) / 100;
  const shownCoverage = Math.round(coverage * 1000) / 1000;
  const level: ConfidenceLevel =
    shownShare >= high.minShare && shownCoverage >= high.minCoverage
      ? "high"
      : shownShare >= moderate.minShare && shownCoverage >= moderate.minCoverage
        ? "moderate"
        : "low";
  const other = leadingRival(robustness, recommended);
  const otherShare = robustness.structures[other].wins / robustness.draws;
  const draws = robustness.draws.toLocaleString("en-US");
  const wins = `${STRUCTURES[recommended].name} wins in ${percent(shownShare)} of ${draws} plausible variants of the model`;
  const cover = `the answers inform ${percent(shownCoverage)} of the criterion weight`;
  if (level === "high") return { level, rule: text, reason: `${wins}, and ${cover}.` };
  const open =
    shownShare < high.minShare
      ? ` and ${STRUCTURES[other].name} in ${percent(otherShare)}: the evidence leaves the choice between these two open`
      : `; ${STRUCTURES[other].name} wins in ${percent(otherShare)}`;
  const limits = [shownShare < high.minShare ? `${percent(high.minShare)} of the draws` : null, shownCoverage < high.minCoverage ? `${percent(high.minCoverage)} coverage` : null];
  return { level, rule: text, reason: `${wins}${open}; ${cover}. High confidence needs ${limits.filter(Boolean).join(" and ")}.` };
}
