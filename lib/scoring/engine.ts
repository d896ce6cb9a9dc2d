/**
 * The arithmetic of the model: which criteria the answers inform, the support each gives,
 * and the weighted average that makes the scores. Kept lean because the what-if search
 * calls it hundreds of times per result.
 */
import type { TAnswers } from "../questionnaire/schema";
import { isQuestionShown } from "../questionnaire/skip";
import { CRITERIA, TOTAL_WEIGHT } from "./criteria";
import type { CoreCriterion } from "./criteria-model";
import type { ScoringModel } from "./model";
import { cornersSupport, polesSupport, type Factor, type FactorMapping } from "./mapping";
import { exclusiveOptionOf, isSkippedByAnswer, questionById } from "./questions";
import type { StructureId, StructureScores } from "./types";

export const MODEL_VERSION = "2027.1";

/**
 * Order used when scores tie: the structure with fewer executive seats first, because it
 * is the cheaper one to try and the easier one to grow out of.
 */
export const TIE_BREAK: readonly StructureId[] = ["ctio", "separate", "cdo"];

/** Scores closer than this count as tied, so rounding noise never decides a recommendation. */
const TIE_EPSILON = 1e-9;

export interface EvaluatedCriterion {
  criterion: CoreCriterion;
  /** How strongly the answers express the criterion's dimension, 0 to 1. */
  level: number;
  /** The level of an interaction's second factor, which decides the direction. */
  byLevel?: number;
  support: StructureScores;
}

export interface LeanScore {
  scores: StructureScores;
  recommended: StructureId;
  ranking: StructureId[];
  coverage: number;
  margin: number;
}

type LevelReader = (answers: TAnswers) => number | null;

/**
 * A reader specialised to the factor's kind; it must agree with factorLevel (a test checks
 * both on random answers), which stays the readable reference.
 */
function compileReader(factor: FactorMapping, exclusive: string | undefined): LevelReader {
  const id = factor.questionId;
  switch (factor.kind) {
    case "options": {
      const levels = new Map(Object.entries(factor.levels));
      return (answers) => {
        const value = answers[id];
        return typeof value === "string" ? (levels.get(value) ?? null) : null;
      };
    }
    case "bands": {
      const upTo = factor.bands.map((band) => band.upTo);
      const level = factor.bands.map((band) => band.level);
      return (answers) => {
        const value = answers[id];
        if (typeof value !== "number") return null;
        for (let i = 0; i < upTo.length; i++) if (value <= upTo[i]!) return level[i]!;
        return null;
      };
    }
    case "scale": {
      const levels = [...factor.levels];
      return (answers) => {
        const value = answers[id];
        return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? levels[value - 1]! : null;
      };
    }
    case "count": {
      const levels = factor.levels;
      const last = levels.length - 1;
      return (answers) => {
        const value = answers[id];
        if (!Array.isArray(value) || value.length === 0) return null;
        let count = 0;
        for (const option of value) if (option !== exclusive) count++;
        return levels[count < last ? count : last]!;
      };
    }
    case "optionSum": {
      const amounts = new Map(Object.entries(factor.perOption));
      return (answers) => {
        const value = answers[id];
        if (!Array.isArray(value) || value.length === 0) return null;
        let sum = 0;
        for (const option of value) sum += amounts.get(option) ?? 0;
        return sum < 1 ? sum : 1;
      };
    }
  }
}

/** Compiles a factor once, so the hot path does no lookups by question id. */
function compileFactor(factor: Factor): LevelReader {
  const question = questionById(factor.questionId);
  const exclusive = exclusiveOptionOf(question);
  const read = compileReader(factor, exclusive);
  if (!question.showIf) return read;
  const whenSkipped = factor.whenSkipped;
  return (answers) => {
    if (isQuestionShown(question, answers)) return read(answers);
    // A hidden question's stale answer is ignored; only a real skip informs, through whenSkipped.
    return whenSkipped !== undefined && isSkippedByAnswer(question, answers) ? whenSkipped : null;
  };
}

export interface CompiledCriterion {
  criterion: CoreCriterion;
  level: LevelReader;
  by: LevelReader | null;
}

export function compileCriterion(criterion: CoreCriterion): CompiledCriterion {
  return { criterion, level: compileFactor(criterion.factor), by: criterion.kind === "interaction" ? compileFactor(criterion.by) : null };
}

const COMPILED: CompiledCriterion[] = CRITERIA.map(compileCriterion);

const compiledModels = new WeakMap<ScoringModel, CompiledCriterion[]>();

/** A model's criteria compiled once; the frozen earlier models are compiled only when a result needs them. */
export function compiledCriteriaOf(model: ScoringModel): CompiledCriterion[] {
  if (model.criteria === CRITERIA) return COMPILED;
  let compiled = compiledModels.get(model);
  if (!compiled) {
    compiled = model.criteria.map(compileCriterion);
    compiledModels.set(model, compiled);
  }
  return compiled;
}

/** scoreOnly with any model, the frozen earlier ones included. */
export function scoreWith(model: ScoringModel, answers: TAnswers): LeanScore {
  return scoreCompiled(compiledCriteriaOf(model), model.groups.reduce((sum, group) => sum + group.weight, 0), answers);
}

/** The criterion's level and support for these answers, or null when the answers do not inform it. */
export function evaluateCompiled(compiled: CompiledCriterion, answers: TAnswers): EvaluatedCriterion | null {
  const { criterion } = compiled;
  const level = compiled.level(answers);
  if (level === null) return null;
  if (criterion.kind === "single") return { criterion, level, support: polesSupport(criterion.poles, level) };
  const byLevel = compiled.by ? compiled.by(answers) : null;
  if (byLevel === null) return null;
  return { criterion, level, byLevel, support: cornersSupport(criterion.corners, level, byLevel) };
}

/** One entry per criterion, in CRITERIA order; null where uninformed. */
export function evaluateCriteria(answers: TAnswers): (EvaluatedCriterion | null)[] {
  return COMPILED.map((compiled) => evaluateCompiled(compiled, answers));
}

/** True when a ranks above b: a higher score, or a tie and earlier in TIE_BREAK. */
function ranksAbove(scores: StructureScores, a: StructureId, b: StructureId): boolean {
  const diff = scores[a] - scores[b];
  return Math.abs(diff) > TIE_EPSILON ? diff > 0 : TIE_BREAK.indexOf(a) < TIE_BREAK.indexOf(b);
}

export function rankStructures(scores: StructureScores): StructureId[] {
  // Insertion sort of three, cheaper than Array.prototype.sort in the what-if loop.
  const ranking: StructureId[] = [];
  for (const id of TIE_BREAK) {
    let at = ranking.length;
    while (at > 0 && ranksAbove(scores, id, ranking[at - 1]!)) at--;
    ranking.splice(at, 0, id);
  }
  return ranking;
}

function finish(informedWeight: number, sumSeparate: number, sumCtio: number, sumCdo: number, totalWeight: number): LeanScore {
  const scores: StructureScores =
    informedWeight > 0
      ? { separate: (100 * sumSeparate) / informedWeight, ctio: (100 * sumCtio) / informedWeight, cdo: (100 * sumCdo) / informedWeight }
      : { separate: 0, ctio: 0, cdo: 0 };
  const ranking = rankStructures(scores);
  const [first, second] = ranking as [StructureId, StructureId, StructureId];
  return { scores, recommended: first, ranking, coverage: informedWeight / totalWeight, margin: scores[first] - scores[second] };
}

/** Scores from evaluated criteria: the weighted average of support, so missing answers are not zero evidence. */
export function aggregate(evaluated: readonly (EvaluatedCriterion | null)[]): LeanScore {
  let weight = 0;
  let separate = 0;
  let ctio = 0;
  let cdo = 0;
  for (const entry of evaluated) {
    if (!entry) continue;
    const w = entry.criterion.weight;
    weight += w;
    separate += w * entry.support.separate;
    ctio += w * entry.support.ctio;
    cdo += w * entry.support.cdo;
  }
  return finish(weight, separate, ctio, cdo, TOTAL_WEIGHT);
}

/**
 * Scores, recommendation, coverage and margin only: what the what-if search needs. Same
 * arithmetic as aggregate(evaluateCriteria()), without allocating per criterion.
 */
export function scoreOnly(answers: TAnswers): LeanScore {
  return scoreCompiled(COMPILED, TOTAL_WEIGHT, answers);
}

/** scoreOnly for any model's compiled criteria (the frozen earlier models included). */
export function scoreCompiled(compiledCriteria: readonly CompiledCriterion[], totalWeight: number, answers: TAnswers): LeanScore {
  let weight = 0;
  let separate = 0;
  let ctio = 0;
  let cdo = 0;
  for (const compiled of compiledCriteria) {
    const level = compiled.level(answers);
    if (level === null) continue;
    const criterion = compiled.criterion;
    // Inlined lerp/bilinear (same operations in the same order as mapping.ts, so results are identical).
    let sSeparate: number;
    let sCtio: number;
    let sCdo: number;
    if (criterion.kind === "single") {
      const { low, high } = criterion.poles;
      sSeparate = low.separate + (high.separate - low.separate) * level;
      sCtio = low.ctio + (high.ctio - low.ctio) * level;
      sCdo = low.cdo + (high.cdo - low.cdo) * level;
    } else {
      const byLevel = compiled.by ? compiled.by(answers) : null;
      if (byLevel === null) continue;
      const { lowLow, lowHigh, highLow, highHigh } = criterion.corners;
      const loSeparate = lowLow.separate + (lowHigh.separate - lowLow.separate) * byLevel;
      const hiSeparate = highLow.separate + (highHigh.separate - highLow.separate) * byLevel;
      const loCtio = lowLow.ctio + (lowHigh.ctio - lowLow.ctio) * byLevel;
      const hiCtio = highLow.ctio + (highHigh.ctio - highLow.ctio) * byLevel;
      const loCdo = lowLow.cdo + (lowHigh.cdo - lowLow.cdo) * byLevel;
      const hiCdo = highLow.cdo + (highHigh.cdo - highLow.cdo) * byLevel;
      sSeparate = loSeparate + (hiSeparate - loSeparate) * level;
      sCtio = loCtio + (hiCtio - loCtio) * level;
      sCdo = loCdo + (hiCdo - loCdo) * level;
    }
    const w = criterion.weight;
    weight += w;
    separate += w * sSeparate;
    ctio += w * sCtio;
    cdo += w * sCdo;
  }
  return finish(weight, separate, ctio, cdo, totalWeight);
}
