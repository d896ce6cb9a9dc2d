/**
 * How one answer becomes a level between 0 and 1, as printable data. A criterion turns the
 * level of its factor (or of two factors) into support for each structure.
 */
import { DONT_KNOW, type TAnswerValue } from "../questionnaire/schema";
import type { StructureScores } from "./types";

/** Choice answers: a level per option id. */
export interface OptionsFactor {
  kind: "options";
  questionId: string;
  levels: Record<string, number>;
}

/** Numbers: the first band whose `upTo` (inclusive) holds the value gives the level. */
export interface BandsFactor {
  kind: "bands";
  questionId: string;
  bands: { upTo: number; level: number }[];
}

/** A 1-5 scale: the level for each point. */
export interface ScaleFactor {
  kind: "scale";
  questionId: string;
  levels: readonly [number, number, number, number, number];
}

/** Multiple choice by how many options are chosen; the last level also covers larger counts. */
export interface CountFactor {
  kind: "count";
  questionId: string;
  levels: number[];
}

/** Multiple choice by which options are chosen: their amounts add up, capped at 1. */
export interface OptionSumFactor {
  kind: "optionSum";
  questionId: string;
  perOption: Record<string, number>;
}

export type FactorMapping = OptionsFactor | BandsFactor | ScaleFactor | CountFactor | OptionSumFactor;

/**
 * A factor plus the level to use when skip logic hides its question: a hidden follow-up
 * still says something (no technology sold means no product revenue).
 */
export type Factor = FactorMapping & { whenSkipped?: number };

/** Support for each structure at the low (level 0) and high (level 1) end; in between is linear. */
export interface Poles {
  low: StructureScores;
  high: StructureScores;
}

/** Support at the four corners of two factors (first letter: factor, second: `by`); bilinear in between. */
export interface Corners {
  lowLow: StructureScores;
  lowHigh: StructureScores;
  highLow: StructureScores;
  highHigh: StructureScores;
}

/** Multiple choice answers with an exclusive option ("none of these") count that option as nothing chosen. */
function chosenOptions(value: string[], exclusive: string | undefined): string[] {
  return exclusive === undefined ? value : value.filter((id) => id !== exclusive);
}

/**
 * The level of an answered question, or null when the answer does not inform it
 * (missing, "don't know", or of the wrong shape).
 */
export function factorLevel(factor: FactorMapping, value: TAnswerValue | undefined, exclusive?: string): number | null {
  if (value === undefined || value === DONT_KNOW) return null;
  switch (factor.kind) {
    case "options":
      return typeof value === "string" ? (factor.levels[value] ?? null) : null;
    case "bands": {
      if (typeof value !== "number") return null;
      for (const band of factor.bands) if (value <= band.upTo) return band.level;
      return null;
    }
    case "scale":
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5
        ? (factor.levels[value - 1] ?? null)
        : null;
    case "count": {
      if (!Array.isArray(value) || value.length === 0) return null;
      const count = chosenOptions(value, exclusive).length;
      return factor.levels[Math.min(count, factor.levels.length - 1)] ?? null;
    }
    case "optionSum": {
      if (!Array.isArray(value) || value.length === 0) return null;
      let sum = 0;
      for (const id of value) sum += factor.perOption[id] ?? 0;
      return Math.min(1, sum);
    }
  }
}

export function lerp(a: StructureScores, b: StructureScores, t: number): StructureScores {
  return {
    separate: a.separate + (b.separate - a.separate) * t,
    ctio: a.ctio + (b.ctio - a.ctio) * t,
    cdo: a.cdo + (b.cdo - a.cdo) * t,
  };
}

export function polesSupport(poles: Poles, level: number): StructureScores {
  return lerp(poles.low, poles.high, level);
}

export function cornersSupport(corners: Corners, level: number, byLevel: number): StructureScores {
  return lerp(lerp(corners.lowLow, corners.lowHigh, byLevel), lerp(corners.highLow, corners.highHigh, byLevel), level);
}
