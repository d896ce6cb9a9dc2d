/**
 * The robustness analysis in words and whole percentages, written once for the result page, the
 * what-if panel, the reports and the organization's combined view.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { DEFAULT_DRAWS, WEIGHT_SPREAD, leadingRival } from "./robustness";
import { structuresIn } from "./translations/localize";
import type { Robustness, ScoringOutput, StructureId, TippingPoint } from "./types";

/** "83%" in English, "83 %" in German and French (Intl's spacing). */
function wholePercent(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return locale === "en" ? `${value}%` : new Intl.NumberFormat(locale, { style: "percent" }).format(value / 100);
}

/** "a, b and c" in the language; English without the serial comma, as the product writes it. */
export function joinAnd(items: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }).format(items);
}

export interface ShareBar {
  structure: StructureId;
  name: string;
  /** 0 to 1. */
  share: number;
  /** Whole percent; the three add up to 100. */
  percent: number;
}

/** Whole percentages that add up to 100 (largest remainder), so a chart's labels never sum to 99 or 101. */
export function shareBars(robustness: Robustness, order: readonly StructureId[], locale: Locale = DEFAULT_LOCALE): ShareBar[] {
  const structures = structuresIn(locale);
  const exact = order.map((id) => (100 * robustness.structures[id].wins) / robustness.draws);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return order.map((id, index) => ({ structure: id, name: structures[id].name, share: robustness.structures[id].wins / robustness.draws, percent: floors[index]! }));
}

export function drawsLabel(robustness: Robustness, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "ReportScoring")("robustness.draws", { draws: robustness.draws });
}

/** "Separate CIO and CTO wins in 83% of 10,000 plausible variants of the model; CDO over CIO and CTO in 17%." */
export function robustnessCaption(robustness: Robustness, order: readonly StructureId[], locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale, "ReportScoring");
  const [first, ...rest] = shareBars(robustness, order, locale).filter((bar) => bar.percent > 0 || bar.structure === order[0]);
  if (!first) return "";
  const others = rest.map((bar) => t("robustness.captionOther", { name: bar.name, percent: wholePercent(bar.percent, locale) }));
  return t("robustness.caption", {
    name: first.name,
    percent: wholePercent(first.percent, locale),
    draws: drawsLabel(robustness, locale),
    hasOthers: others.length > 0 ? "yes" : "no",
    others: others.join(", "),
  });
}

/**
 * What the draws a structure wins have in common, or null when nothing sets them apart (it wins
 * nearly always, nearly never, or whatever the weights).
 */
export function winConditions(robustness: Robustness, structure: StructureId, locale: Locale = DEFAULT_LOCALE): string | null {
  const t = translator(locale, "ReportScoring");
  const { heavier, lighter, answers } = robustness.structures[structure];
  const parts: string[] = [];
  if (heavier.length > 0) parts.push(t("robustness.heavier", { labels: joinAnd(heavier.map((tilt) => tilt.label), locale), count: heavier.length }));
  if (lighter.length > 0) parts.push(t("robustness.lighter", { labels: joinAnd(lighter.map((tilt) => tilt.label), locale), count: lighter.length }));
  const answerText = answers.map((tilt) => t("robustness.drawnAs", { question: tilt.questionLabel, answer: tilt.answerLabel }));
  if (parts.length === 0 && answerText.length === 0) return null;
  const weights = parts.length === 0 ? "" : parts.length === 1 ? (parts[0] ?? "") : t("robustness.bothWeights", { heavier: parts[0] ?? "", lighter: parts[1] ?? "" });
  return t("robustness.wins", {
    name: structuresIn(locale)[structure].name,
    weighted: weights ? "yes" : "no",
    weights,
    open: answerText.length > 0 ? "yes" : "no",
    answers: joinAnd(answerText, locale),
  });
}

/** A settling point as a sentence: the change, and the share of draws the recommendation would then win. */
export function settlingSentence(point: TippingPoint, locale: Locale = DEFAULT_LOCALE): string {
  const change = point.changes[0];
  if (!change) return "";
  return translator(locale, "ReportScoring")("robustness.settling", {
    question: change.questionLabel,
    to: change.toLabel,
    from: change.fromLabel,
    name: structuresIn(locale)[point.newRecommendation].name,
    shared: point.newShare === undefined ? "no" : "yes",
    share: point.newShare === undefined ? "" : wholePercent(Math.round(point.newShare * 100), locale),
  });
}

/** A tipping point as a sentence: the changes, and the structure that would then lead. */
export function tippingSentence(point: TippingPoint, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale, "ReportScoring");
  const changes = point.changes.map((change) => t("robustness.answeredInstead", { question: change.questionLabel, to: change.toLabel, from: change.fromLabel }));
  return t("robustness.tipping", { changes: joinAnd(changes, locale), name: structuresIn(locale)[point.newRecommendation].name });
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
export function eitherWay(output: Pick<ScoringOutput, "recommended" | "tippingPoints" | "settlingPoints">, robustness: Robustness, locale: Locale = DEFAULT_LOCALE): [Direction, Direction] {
  const t = translator(locale, "ReportScoring");
  const structures = structuresIn(locale);
  const rival = leadingRival(robustness, output.recommended);
  return [
    {
      structure: output.recommended,
      title: t("eitherWay.settleTitle", { name: structures[output.recommended].name }),
      conditions: winConditions(robustness, output.recommended, locale),
      changes: (output.settlingPoints ?? []).map((point) => settlingSentence(point, locale)),
      emptyText: t("eitherWay.settleEmpty"),
    },
    {
      structure: rival,
      title: t("eitherWay.tipTitle", { name: structures[rival].name }),
      conditions: winConditions(robustness, rival, locale),
      changes: output.tippingPoints.filter((point) => point.newRecommendation === rival).map((point) => tippingSentence(point, locale)),
      emptyText: t("eitherWay.tipEmpty", { name: structures[rival].name }),
    },
  ];
}

export function eitherWayLead(locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "ReportScoring")("eitherWay.lead");
}

/** How the robustness analysis works, for the methodology page and the reports' appendix. */
export function robustnessMethod(locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "ReportScoring")("robustness.method", { draws: DEFAULT_DRAWS, spread: `±${wholePercent(Math.round(WEIGHT_SPREAD * 100), locale)}` });
}

export const ROBUSTNESS_METHOD = robustnessMethod();
