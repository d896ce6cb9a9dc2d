/**
 * The executive summary: the result in a few plain sentences for someone who reads nothing
 * else. Everything it says comes from the stored scoring output.
 */
import { STRUCTURES } from "../scoring/structures";
import type { ScoringOutput, TippingPoint } from "../scoring/types";
import { points } from "./format";
import type { ReportLabels } from "./model";
import type { ReportOverride } from "./review";

const CONFIDENCE_WORDS = { high: "high", moderate: "moderate", low: "low" } as const;

function changeSentence(point: TippingPoint): string {
  const changes = point.changes.map((change) => `"${change.questionLabel}" answered ${change.toLabel} instead of ${change.fromLabel}`);
  const joined = changes.length === 1 ? changes[0] : `${changes.slice(0, -1).join(", ")} and ${changes[changes.length - 1]}`;
  return `The smallest change that would alter it: ${joined} would make ${STRUCTURES[point.newRecommendation].name} the recommendation.`;
}

/**
 * With a consultant's override the summary leads with their recommendation and reason, then gives
 * the model's analysis as the model's; the advice on whom to hire follows the structure in force.
 */
export function executiveSummary(output: ScoringOutput, organizationName: string | null, override: ReportOverride | null = null, hireFirstTitle: string, labels: ReportLabels): string[] {
  const structure = STRUCTURES[output.recommended];
  const [, second, third] = output.ranking;
  const who = organizationName ?? "this company";
  const paragraphs: string[] = override
    ? [
        `Recommended structure for ${who}: ${override.recommendation}, on a consultant's review. ${override.sentence}`,
        `The scoring model alone recommends ${structure.name}. ${output.content.summary}`,
      ]
    : [`Recommended structure for ${who}: ${structure.name}. ${output.content.summary}`];

  const others = [second, third]
    .filter((id) => id !== undefined)
    .map((id) => `${STRUCTURES[id].name} (${points(output.scores[id])})`)
    .join(" and ");
  paragraphs.push(
    `${structure.name} scores ${points(output.scores[output.recommended])} out of 100, against ${others}. ` +
      `Confidence is ${CONFIDENCE_WORDS[output.confidence.level]}: ${output.confidence.reason}`,
  );

  const reasons: string[] = [];
  const strongest = output.drivers[0];
  if (strongest) reasons.push(`What weighs most in its favour: ${strongest.statement}`);
  const against = output.counterSignals[0];
  if (against) reasons.push(`What points the other way: ${against.statement}`);
  if (reasons.length > 0) paragraphs.push(reasons.join(" "));

  const smallest = output.tippingPoints[0];
  paragraphs.push(
    smallest
      ? changeSentence(smallest)
      : "No change of one or two answers would alter the recommendation: it rests on many signals that point the same way.",
  );

  paragraphs.push(`${labels.headings.hireFirst}: ${hireFirstTitle}.`);

  const fired = output.triggers.filter((trigger) => trigger.fired);
  if (fired.length > 0) {
    paragraphs.push(`Signals that the current set-up needs attention now: ${fired.map((trigger) => trigger.label).join("; ")}.`);
  }
  return paragraphs;
}
