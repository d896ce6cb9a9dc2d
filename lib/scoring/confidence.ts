/** How sure the recommendation is: the lead over the runner-up and how much of the evidence the answers cover. */
import type { ConfidenceLevel } from "./types";

export const CONFIDENCE_RULE = {
  high: { minMargin: 8, minCoverage: 0.8 },
  moderate: { minMargin: 3, minCoverage: 0.6 },
  text:
    "High when the recommended structure leads the runner-up by at least 8 points and the answers inform at least 80% of the criterion weight; " +
    "moderate when the lead is at least 3 points and the answers inform at least 60%; low otherwise.",
} as const;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Compares the values as the result shows them (margin to one decimal, coverage to three),
 * so the printed numbers always agree with the level.
 */
export function confidenceFor(
  margin: number,
  coverage: number,
): { level: ConfidenceLevel; rule: string; reason: string } {
  const shownMargin = Math.round(margin * 10) / 10;
  const shownCoverage = Math.round(coverage * 1000) / 1000;
  const { high, moderate, text } = CONFIDENCE_RULE;
  if (shownCoverage === 0) {
    return { level: "low", rule: text, reason: "No answer informs the model yet, so the recommendation only reflects the tie-break order." };
  }
  const level: ConfidenceLevel =
    shownMargin >= high.minMargin && shownCoverage >= high.minCoverage
      ? "high"
      : shownMargin >= moderate.minMargin && shownCoverage >= moderate.minCoverage
        ? "moderate"
        : "low";
  const lead = `The recommended structure leads the runner-up by ${shownMargin.toFixed(1)} points`;
  const cover = `the answers inform ${percent(shownCoverage)} of the criterion weight`;
  const limits: string[] = [];
  if (level !== "high") {
    if (shownMargin < high.minMargin) limits.push(`a lead of ${high.minMargin} points`);
    if (shownCoverage < high.minCoverage) limits.push(`${percent(high.minCoverage)} coverage`);
  }
  const missing = limits.length > 0 ? `; high confidence needs ${limits.join(" and ")}` : "";
  return { level, rule: text, reason: `${lead} and ${cover}${missing}.` };
}
