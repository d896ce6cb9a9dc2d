/**
 * Test support: runs a scoring model over the case library and prints what the issue asks the
 * closing note to report: each profile's outcome, the pass rate, the median winner's share for
 * clear and close cases, and which single answers flip the most profiles.
 */
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import type { TAnswers } from "../../questionnaire/schema";
import { withoutSkippedAnswers } from "../../questionnaire/skip";
import { applyChange, singleChangeCandidates } from "../candidates";
import { variations, type CaseProfile } from "../case-library";
import { confidenceFor } from "../confidence";
import { scoreWith, type LeanScore } from "../engine";
import type { ScoringModel } from "../model";
import { analyseRobustness } from "../robustness";
import { STRUCTURES } from "../structures";
import { STRUCTURE_IDS, type ConfidenceLevel, type Robustness, type StructureId, type StructureScores } from "../types";

export type ConfidenceOf = (lean: LeanScore, robustness: Robustness) => { level: ConfidenceLevel; reason: string };

/** Share of draws each structure wins, 0 to 1. */
export function winShares(robustness: Robustness): StructureScores {
  const shares = { separate: 0, ctio: 0, cdo: 0 } as StructureScores;
  for (const id of STRUCTURE_IDS) shares[id] = robustness.structures[id].wins / robustness.draws;
  return shares;
}

/** The share a clear case must win at least, as the issue sets it. */
export const CLEAR_MIN_SHARE = 0.7;

/** Model 2026.1's confidence rule (a lead of 8 or 3 points), kept here only to print the earlier model's table. */
export const marginConfidence2026: ConfidenceOf = (lean) => {
  const margin = Math.round(lean.margin * 10) / 10;
  const level: ConfidenceLevel = margin >= 8 && lean.coverage >= 0.8 ? "high" : margin >= 3 && lean.coverage >= 0.6 ? "moderate" : "low";
  return { level, reason: `Leads the runner-up by ${margin.toFixed(1)} points.` };
};

export const currentConfidence: ConfidenceOf = (lean, robustness) => confidenceFor(lean.recommended, robustness, lean.coverage);

export interface CaseOutcome {
  profile: CaseProfile;
  lean: LeanScore;
  winnerShare: number;
  confidence: ConfidenceLevel;
  reason: string;
  variants: number;
  /** Variations whose recommendation differs from the profile's own, by the structure they recommend. */
  flips: Partial<Record<StructureId, number>>;
  /** Variations read with high confidence. */
  highVariants: number;
  failures: string[];
}

const prepared = (answers: TAnswers) => withoutSkippedAnswers(QUESTIONNAIRE, answers);

function failuresOf(outcome: Omit<CaseOutcome, "failures">): string[] {
  const { profile, lean, winnerShare, confidence, reason } = outcome;
  const failures: string[] = [];
  const expected = profile.expected;
  if (expected.kind === "clear") {
    if (lean.recommended !== expected.structure) failures.push(`recommends ${lean.recommended}, expected ${expected.structure}`);
    if (winnerShare < CLEAR_MIN_SHARE) failures.push(`wins ${(winnerShare * 100).toFixed(1)}% of draws`);
    const flipped = Object.values(outcome.flips).reduce((sum, count) => sum + count, 0);
    if (flipped > 0) failures.push(`${flipped} of ${outcome.variants} variations flip`);
    if (confidence !== "high") failures.push(`confidence ${confidence}`);
  } else {
    const top = new Set(lean.ranking.slice(0, 2));
    if (!expected.structures.every((id) => top.has(id))) failures.push(`leads with ${lean.ranking.slice(0, 2).join(" and ")}, expected ${expected.structures.join(" and ")}`);
    if (confidence === "high") failures.push("confidence high");
    for (const id of expected.structures) if (!reason.includes(STRUCTURES[id].name)) failures.push(`confidence reason does not name ${STRUCTURES[id].name}`);
  }
  return failures;
}

/** Variations are screened with fewer draws: they are counted, not stored. */
const VARIATION_DRAWS = 2_000;

export function runCase(model: ScoringModel, profile: CaseProfile, confidenceOf: ConfidenceOf): CaseOutcome {
  const answers = prepared(profile.answers);
  const lean = scoreWith(model, answers);
  const robustness = analyseRobustness(model, answers);
  const confidence = confidenceOf(lean, robustness);
  const flips: Partial<Record<StructureId, number>> = {};
  let highVariants = 0;
  const sets = variations(profile).map(prepared);
  for (const variant of sets) {
    const variantLean = scoreWith(model, variant);
    if (variantLean.recommended !== lean.recommended) flips[variantLean.recommended] = (flips[variantLean.recommended] ?? 0) + 1;
    if (confidenceOf(variantLean, analyseRobustness(model, variant, { draws: VARIATION_DRAWS })).level === "high") highVariants++;
  }
  const partial = {
    profile,
    lean,
    winnerShare: winShares(robustness)[lean.recommended],
    confidence: confidence.level,
    reason: confidence.reason,
    variants: sets.length,
    flips,
    highVariants,
  };
  return { ...partial, failures: failuresOf(partial) };
}

/** For each question, the profiles whose recommendation one step of that answer (or "don't know") flips. */
export function singleAnswerFlips(model: ScoringModel, profiles: readonly CaseProfile[]): Map<string, string[]> {
  const flips = new Map<string, string[]>();
  for (const profile of profiles) {
    const answers = prepared(profile.answers);
    const recommended = scoreWith(model, answers).recommended;
    const flipping = new Set<string>();
    for (const candidate of singleChangeCandidates(answers, model.criteria)) {
      if (candidate.size !== 1) continue;
      if (scoreWith(model, applyChange(answers, candidate.question.id, candidate.to)).recommended !== recommended) flipping.add(candidate.question.id);
    }
    for (const id of flipping) flips.set(id, [...(flips.get(id) ?? []), profile.id]);
  }
  return flips;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function formatReport(title: string, outcomes: readonly CaseOutcome[], flips: Map<string, string[]>): string {
  const rows = outcomes.map((outcome) => {
    const expected = outcome.profile.expected;
    const wanted = expected.kind === "clear" ? expected.structure : `close ${expected.structures.join("/")}`;
    const flipped = Object.entries(outcome.flips).map(([id, count]) => `${count}→${id}`).join(" ") || "0";
    return [
      outcome.failures.length === 0 ? "pass" : "FAIL",
      outcome.profile.id,
      wanted,
      `${outcome.lean.recommended} +${outcome.lean.margin.toFixed(1)}`,
      pct(outcome.winnerShare),
      outcome.confidence,
      `${flipped} of ${outcome.variants}`,
      `${outcome.highVariants} of ${outcome.variants}`,
      outcome.failures.join("; "),
    ];
  });
  const header = ["", "profile", "expected", "recommended", "winner share", "confidence", "variations flipped", "variations high", "why it fails"];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  const passed = outcomes.filter((outcome) => outcome.failures.length === 0).length;
  const share = (kind: "clear" | "close") => median(outcomes.filter((outcome) => outcome.profile.expected.kind === kind).map((outcome) => outcome.winnerShare));
  const clearIds = new Set(outcomes.filter((outcome) => outcome.profile.expected.kind === "clear").map((outcome) => outcome.profile.id));
  const ranked = (entries: [string, string[]][]) =>
    entries
      .filter(([, ids]) => ids.length > 0)
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .slice(0, 8)
      .map(([id, ids]) => `${id} ${ids.length}`)
      .join(", ") || "none";
  const clearFlips = [...flips].map(([id, ids]): [string, string[]] => [id, ids.filter((profileId) => clearIds.has(profileId))]);
  return [
    title,
    line(header),
    ...rows.map(line),
    "",
    `pass rate: ${passed} of ${outcomes.length}; median winner's share: clear cases ${pct(share("clear"))}, close cases ${pct(share("close"))}`,
    `single answers (one step, or "don't know") that flip the most profiles: ${ranked([...flips])}`,
    `the same, among the ${clearIds.size} clear cases: ${ranked(clearFlips)}`,
  ].join("\n");
}
