/**
 * The robustness analysis in words and whole percentages, written once for the result page, the
 * what-if panel, the reports and the organization's combined view.
 */
import type { Locale } from "../i18n/locales";
import { STRUCTURES } from "./structures";
import { structuresIn } from "./translations/localize";
import { DEFAULT_DRAWS, WEIGHT_SPREAD, leadingRival } from "./robustness";
import type { Robustness, ScoringOutput, StructureId, TippingPoint } from "./types";

export interface ShareBar {
  structure: StructureId;
  name: string;
  /** 0 to 1. */
  share: number;
  /** Whole percent; the three add up to 100. */
  percent: number;
}

/** Whole percentages that add up to 100 (largest remainder), so a chart's labels never sum to 99 or 101. */
export function shareBars(robustness: Robustness, order: readonly StructureId[], locale: Locale = "en"): ShareBar[] {
  const exact = order.map((id) => (100 * robustness.structures[id].wins) / robustness.draws);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  const structures = structuresIn(locale);
  return order.map((id, index) => ({ structure: id, name: structures[id].name, share: robustness.structures[id].wins / robustness.draws, percent: floors[index]! }));
}

export function drawsLabel(robustness: Robustness): string {
  return `${robustness.draws.toLocaleString("en-US")} plausible variants of the model`;
}

/** "Separate CIO and CTO wins in 83% of 10,000 plausible variants of the model; CDO over CIO and CTO in 17%." */
export function robustnessCaption(robustness: Robustness, order: readonly StructureId[], locale: Locale = "en"): string {
  const [first, ...rest] = shareBars(robustness, order, locale).filter((bar) => bar.percent > 0 || bar.structure === order[0]);
  if (!first) return "";
  const others = rest.map((bar) => `${bar.name} in ${bar.percent}%`);
  return `${first.name} wins in ${first.percent}% of ${drawsLabel(robustness)}${others.length > 0 ? `; ${others.join(", ")}` : ""}.`;
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * What the draws a structure wins have in common, or null when nothing sets them apart (it wins
 * nearly always, nearly never, or whatever the weights).
 */
export function winConditions(robustness: Robustness, structure: StructureId): string | null {
  const { heavier, lighter, answers } = robustness.structures[structure];
  const parts: string[] = [];
  if (heavier.length > 0) parts.push(`${joinAnd(heavier.map((tilt) => tilt.label))} weigh${heavier.length === 1 ? "s" : ""} more than the model assumes`);
  if (lighter.length > 0) parts.push(`${joinAnd(lighter.map((tilt) => tilt.label))} weigh${lighter.length === 1 ? "s" : ""} less`);
  const answerText = answers.map((tilt) => `"${tilt.questionLabel}", left open, is drawn as ${tilt.answerLabel}`);
  if (parts.length === 0 && answerText.length === 0) return null;
  const weights = parts.length > 0 ? `when ${parts.join(", and ")}` : "";
  const open = answerText.length > 0 ? `${weights ? "; and more often when " : "when "}${joinAnd(answerText)}` : "";
  return `${STRUCTURES[structure].name} wins ${weights}${open}.`;
}

/** A settling point as a sentence: the change, and the share of draws the recommendation would then win. */
export function settlingSentence(point: TippingPoint): string {
  const change = point.changes[0];
  const share = point.newShare === undefined ? "" : ` in ${Math.round(point.newShare * 100)}% of the variants`;
  return change ? `If "${change.questionLabel}" were answered ${change.toLabel} instead of ${change.fromLabel}, ${STRUCTURES[point.newRecommendation].name} would win${share}.` : "";
}

/** A tipping point as a sentence: the changes, and the structure that would then lead. */
export function tippingSentence(point: TippingPoint): string {
  const changes = point.changes.map((change) => `"${change.questionLabel}" answered ${change.toLabel} instead of ${change.fromLabel}`).join(" and ");
  return `${changes}: ${STRUCTURES[point.newRecommendation].name} would lead.`;
}

export interface Direction {
  structure: StructureId;
  title: string;
  /** What the draws that structure wins have in common, or null. */
  conditions: string | null;
  /** Answer changes that would settle it for the structure, or tip it there. */
  changes: string[];
  emptyText: string;
}

/**
 * For a recommendation the evidence leaves open, both directions: what would settle it for the
 * recommendation, and what would tip it to the structure that wins most of the other draws.
 */
export function eitherWay(output: Pick<ScoringOutput, "recommended" | "tippingPoints" | "settlingPoints">, robustness: Robustness): [Direction, Direction] {
  const rival = leadingRival(robustness, output.recommended);
  return [
    {
      structure: output.recommended,
      title: `What would settle it for ${STRUCTURES[output.recommended].name}`,
      conditions: winConditions(robustness, output.recommended),
      changes: (output.settlingPoints ?? []).map(settlingSentence),
      emptyText: "No single answer, changed by one step, would make it a clear case on its own.",
    },
    {
      structure: rival,
      title: `What would tip it to ${STRUCTURES[rival].name}`,
      conditions: winConditions(robustness, rival),
      changes: output.tippingPoints.filter((point) => point.newRecommendation === rival).map(tippingSentence),
      emptyText: `No change of one or two answers would make ${STRUCTURES[rival].name} the recommendation; only other weights would.`,
    },
  ];
}

export const EITHER_WAY_LEAD =
  "The evidence leaves this choice open. Here is what the draws each leading structure wins have in common, and the answer changes that would settle it or tip it.";

const spread = `±${Math.round(WEIGHT_SPREAD * 100)}%`;

/** How the robustness analysis works, for the methodology page and the reports' appendix. */
export const ROBUSTNESS_METHOD =
  `The robustness analysis (stochastic multicriteria acceptability analysis, SMAA-2) scores the same answers ${DEFAULT_DRAWS.toLocaleString("en-US")} more times, each with a plausible variant of the model: ` +
  `every fact's weight drawn uniformly within ${spread} of the model's, every criterion's part of its fact within ${spread} too (rescaled so the fact keeps its drawn weight), and every answer left open drawn over the answers it could have been. ` +
  "The share of draws each structure wins is its first-rank acceptability; the mean weights of the draws it wins are its central weights, which say what those draws have in common. " +
  "The draws are seeded from the answers and the model version, so a result shows the same numbers every time it is opened.";
