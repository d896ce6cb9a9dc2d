/**
 * The robustness analysis: stochastic multicriteria acceptability analysis (SMAA-2). Thousands of
 * plausible variants of the model are drawn: each weight group's total uniformly within ±50% of the
 * model's, each criterion's part of its group within ±50% too (rescaled so the group keeps its drawn
 * total), and every answer left open drawn over the answers it could have been. A structure's
 * first-rank acceptability is the share of draws it wins; its central weights are the mean weights
 * of those draws. Pure and seeded: the same answers and model give the same numbers anywhere.
 */
import { answerLabel } from "../questionnaire/labels";
import type { TAnswerValue, TAnswers } from "../questionnaire/schema";
import type { ScoringModel } from "./model";
import { hash128, seedHex, sfc32 } from "./random";
import { prepareRobustness, type RobustnessProblem } from "./robustness-problem";
import { STRUCTURE_IDS, type AnswerTilt, type Robustness, type StructureAcceptability, type StructureId, type WeightTilt } from "./types";

export const DEFAULT_DRAWS = 10_000;
export const WEIGHT_SPREAD = 0.5;

/** A group or an answer is said to set a structure's wins apart only when it differs at least this much, over this many wins. */
const MIN_WEIGHT_TILT = 0.08;
const MIN_ANSWER_LIFT = 1.5;
const MIN_WINS_TO_DESCRIBE = 50;
const MAX_TILTS = 3;
/** Questions with more possible answers than this (multiple choice) are too spread out to name one answer. */
const MAX_VALUES_TO_DESCRIBE = 12;

/** Structure indices in the order the arithmetic uses; ties go to fewer executive seats, as in the engine. */
const SEPARATE = 0;
const CTIO = 1;
const CDO = 2;

function canonical(value: TAnswerValue | undefined): TAnswerValue | undefined {
  return Array.isArray(value) ? [...value].sort() : value;
}

/** The seed text: the model version and the answers, keys and choices in a fixed order. */
export function robustnessSeed(modelVersion: string, answers: TAnswers): string {
  const entries = Object.keys(answers)
    .sort()
    .flatMap((id) => (answers[id] === undefined ? [] : [[id, canonical(answers[id])]]));
  return `${modelVersion}|${JSON.stringify(entries)}`;
}

interface Tallies {
  wins: Int32Array;
  /** [structure * groups + group]: sum of the group multipliers over the structure's wins. */
  groupSums: Float64Array;
  /** Per drawn question of the first member, [structure * values + value]: wins that drew each value. */
  answerCounts: Int32Array[];
}

interface Member {
  problem: RobustnessProblem;
  /** A respondent's weight in an organization's combination; 1 for a single result. */
  weight: number;
}

/**
 * The draws themselves: the hot loop, on typed arrays only. Every member shares the draw's weights
 * (one model) and draws its own open answers; a member's scores are its weighted average over the
 * criteria it informs, and the members' scores are combined by their weights, as an organization's
 * combined view combines its respondents.
 */
function runDraws(members: readonly Member[], fill: (out: Float64Array) => void, draws: number): Tallies {
  const { criterionCount: n, groupCount: groups, groupOf, groupSize, groupWeight, weight } = members[0]!.problem;
  const low = 1 - WEIGHT_SPREAD;
  const span = 2 * WEIGHT_SPREAD;
  // Random numbers one draw uses: a multiplier per group, a part per criterion sharing a group, an index per open answer.
  const split = Uint8Array.from({ length: n }, (_, i) => (groupSize[groupOf[i]!]! > 1 ? 1 : 0));
  const drawnCount = members.reduce((sum, member) => sum + member.problem.drawn.length, 0);
  const perDraw = groups + split.reduce((sum, value) => sum + value, 0) + drawnCount;
  const buffer = new Float64Array(Math.max(1, Math.floor(4096 / perDraw)) * perDraw);
  let at = buffer.length;
  const multiplier = new Float64Array(groups);
  const groupFactor = new Float64Array(groups);
  const groupRaw = new Float64Array(groups);
  const raw = new Float64Array(n);
  const chosen = members.map((member) => new Int32Array(member.problem.drawn.length));
  const valueCounts = members.map((member) => Int32Array.from(member.problem.drawn, (entry) => entry.values.length));
  const wins = new Int32Array(3);
  const groupSums = new Float64Array(3 * groups);
  const single = members.length === 1;
  const answerCounts = single ? Array.from(valueCounts[0]!, (count) => new Int32Array(3 * count)) : [];
  const epsilon = 1e-9;
  for (let draw = 0; draw < draws; draw++) {
    if (at === buffer.length) {
      fill(buffer);
      at = 0;
    }
    for (let g = 0; g < groups; g++) {
      multiplier[g] = low + span * buffer[at++]!;
      groupRaw[g] = 0;
    }
    for (let i = 0; i < n; i++) {
      const part = split[i] === 1 ? weight[i]! * (low + span * buffer[at++]!) : weight[i]!;
      raw[i] = part;
      groupRaw[groupOf[i]!]! += part;
    }
    for (let g = 0; g < groups; g++) groupFactor[g] = (groupWeight[g]! * multiplier[g]!) / groupRaw[g]!;
    let separate = 0;
    let ctio = 0;
    let cdo = 0;
    for (let m = 0; m < members.length; m++) {
      const { support, supportAt, depFrom, depIndex, depStride } = members[m]!.problem;
      const picks = chosen[m]!;
      const counts = valueCounts[m]!;
      for (let q = 0; q < picks.length; q++) picks[q] = Math.floor(buffer[at++]! * counts[q]!);
      let informed = 0;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        let at3 = supportAt[i]!;
        for (let k = depFrom[i]!; k < depFrom[i + 1]!; k++) at3 += 3 * picks[depIndex[k]!]! * depStride[k]!;
        const s = support[at3]!;
        if (s !== s) continue; // NaN: this draw's answers leave the criterion uninformed
        const w = groupFactor[groupOf[i]!]! * raw[i]!;
        informed += w;
        s0 += w * s;
        s1 += w * support[at3 + 1]!;
        s2 += w * support[at3 + 2]!;
      }
      // Scores as the model reports them: a weighted average over what the answers inform.
      const scale = informed > 0 ? members[m]!.weight / informed : 0;
      separate += s0 * scale;
      ctio += s1 * scale;
      cdo += s2 * scale;
    }
    let winner = CTIO;
    let best = ctio;
    if (separate > best + epsilon) {
      winner = SEPARATE;
      best = separate;
    }
    if (cdo > best + epsilon) winner = CDO;
    wins[winner]!++;
    const offset = winner * groups;
    for (let g = 0; g < groups; g++) groupSums[offset + g]! += multiplier[g]!;
    if (single) {
      const picks = chosen[0]!;
      for (let q = 0; q < picks.length; q++) answerCounts[q]![winner * valueCounts[0]![q]! + picks[q]!]!++;
    }
  }
  return { wins, groupSums, answerCounts };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Groups that inform nothing for these answers cannot matter, whatever their drawn weight. */
function informedGroups(problems: readonly RobustnessProblem[]): Set<number> {
  const informed = new Set<number>();
  for (const problem of problems) {
    for (let i = 0; i < problem.criterionCount; i++) {
      const end = i + 1 < problem.criterionCount ? problem.supportAt[i + 1]! : problem.support.length;
      if (problem.support.subarray(problem.supportAt[i]!, end).some((value) => !Number.isNaN(value))) informed.add(problem.groupOf[i]!);
    }
  }
  return informed;
}

function describe(problem: RobustnessProblem, tallies: Tallies, structure: number, draws: number, informed: Set<number>): StructureAcceptability {
  const wins = tallies.wins[structure]!;
  const { groups } = problem.model;
  const centralWeights: Record<string, number> = {};
  const tilts: WeightTilt[] = [];
  if (wins > 0) {
    groups.forEach((group, g) => {
      const ratio = tallies.groupSums[structure * groups.length + g]! / wins;
      centralWeights[group.id] = round3(ratio);
      if (informed.has(g)) tilts.push({ groupId: group.id, label: group.label, ratio: round3(ratio) });
    });
  }
  const describable = wins >= MIN_WINS_TO_DESCRIBE && wins < draws;
  const heavier = describable ? tilts.filter((tilt) => tilt.ratio >= 1 + MIN_WEIGHT_TILT).sort((a, b) => b.ratio - a.ratio).slice(0, MAX_TILTS) : [];
  const lighter = describable ? tilts.filter((tilt) => tilt.ratio <= 1 - MIN_WEIGHT_TILT).sort((a, b) => a.ratio - b.ratio).slice(0, MAX_TILTS) : [];
  const answers: AnswerTilt[] = [];
  if (describable && tallies.answerCounts.length > 0) {
    problem.drawn.forEach((entry, q) => {
      const count = entry.values.length;
      if (count > MAX_VALUES_TO_DESCRIBE) return;
      const tally = tallies.answerCounts[q]!;
      entry.values.forEach((value, v) => {
        const all = tally[v]! + tally[count + v]! + tally[2 * count + v]!;
        const share = tally[structure * count + v]! / wins;
        const baseline = all / draws;
        if (baseline > 0 && share >= MIN_ANSWER_LIFT * baseline && share >= 0.25) {
          answers.push({ questionId: entry.question.id, questionLabel: entry.question.label, answerLabel: answerLabel(entry.question, value), share: round3(share), baseline: round3(baseline) });
        }
      });
    });
    answers.sort((a, b) => b.share / b.baseline - a.share / a.baseline);
  }
  return { wins, centralWeights, heavier, lighter, answers: answers.slice(0, MAX_TILTS) };
}

export interface RobustnessOptions {
  draws?: number;
}

export function analyseRobustness(model: ScoringModel, answers: TAnswers, options: RobustnessOptions = {}): Robustness {
  return analyse(model, [{ answers, weight: 1 }], robustnessSeed(model.version, answers), options.draws ?? DEFAULT_DRAWS);
}

/**
 * The robustness of an organization's combined recommendation: every draw applies one variant of
 * the model to every respondent and combines their scores with their weights.
 */
export function analyseCombinedRobustness(model: ScoringModel, respondents: readonly { answers: TAnswers; weight: number }[], options: RobustnessOptions = {}): Robustness {
  const seed = respondents.map((respondent) => `${respondent.weight}:${robustnessSeed(model.version, respondent.answers)}`).join("||");
  return analyse(model, respondents, seed, options.draws ?? DEFAULT_DRAWS);
}

function analyse(model: ScoringModel, inputs: readonly { answers: TAnswers; weight: number }[], seedText: string, draws: number): Robustness {
  const seed = hash128(seedText);
  const members = inputs.map((input) => ({ problem: prepareRobustness(model, input.answers), weight: input.weight }));
  const problem = members[0]!.problem;
  const tallies = runDraws(members, sfc32(seed), draws);
  const informed = informedGroups(members.map((member) => member.problem));
  const structures = {} as Record<StructureId, StructureAcceptability>;
  const order: Record<StructureId, number> = { separate: SEPARATE, ctio: CTIO, cdo: CDO };
  for (const id of STRUCTURE_IDS) structures[id] = describe(problem, tallies, order[id], draws, informed);
  return {
    modelVersion: model.version,
    draws,
    seed: seedHex(seed),
    weightSpread: WEIGHT_SPREAD,
    structures,
    drawnQuestionIds: members.length === 1 ? problem.drawn.map((entry) => entry.question.id) : [],
  };
}

/** The structure, other than `recommended`, that wins the most draws. */
export function leadingRival(robustness: Robustness, recommended: StructureId): StructureId {
  return STRUCTURE_IDS.filter((id) => id !== recommended).reduce((best, id) => (robustness.structures[id].wins > robustness.structures[best].wins ? id : best));
}
