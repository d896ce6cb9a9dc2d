/**
 * The shape of a criterion and small builders that keep the criteria files readable.
 * A criterion is data: the methodology page prints it, the engine evaluates it.
 */
import { factById, type FactId } from "./facts";
import type { Corners, Factor, Poles } from "./mapping";
import type { Citation, DimensionId, StructureId, StructureScores } from "./types";

interface CriterionBase {
  id: string;
  /** What the criterion weighs, in our words, without taking a side: the reasons take the side. */
  statement: string;
  dimension: DimensionId;
  /** The questions it reads, in the order of its factors. */
  questionIds: string[];
  weight: number;
  citations: Citation[];
  /**
   * False for criteria about who is in post today: they weigh on the recommendation (the
   * cost of change) but say nothing about how strongly the company expresses the dimension.
   */
  expressesDimension?: boolean;
}

/** One answer sets a level; support moves linearly from the low pole to the high pole. */
export interface SingleCore extends CriterionBase {
  kind: "single";
  factor: Factor;
  poles: Poles;
}

/**
 * Two answers together: the first factor expresses the dimension, the second (`by`)
 * decides which structure that signal favours, such as conflict in a small firm against
 * conflict in a large one.
 */
export interface InteractionCore extends CriterionBase {
  kind: "interaction";
  factor: Factor;
  by: Factor;
  corners: Corners;
}

/** What the engine needs of a criterion, in every model version. */
export type CoreCriterion = SingleCore | InteractionCore;

/**
 * Why an answer at one end of a criterion supports what it supports, in the respondent's
 * direction. `tiers` is the claim the text makes, best first, so a test can hold the text to the
 * numbers: at that end every structure in a tier gets at least the support of any in a later
 * tier, and structures in one tier get the same. An empty claim says the answer favours nothing.
 */
export interface Reason {
  text: string;
  tiers: StructureId[][];
}

/**
 * Model 2027.1 adds to every criterion the fact it reads (a fact's weight is shared by all the
 * criteria that read it, so no fact counts more by being read twice) and its reasons.
 */
interface CurrentExtras {
  fact: FactId;
  /** This criterion's part of its fact's weight; the parts of one fact add up to 1. */
  share: number;
}

export type SingleCriterion = SingleCore & CurrentExtras & { reasons: { low: Reason; high: Reason } };
export type InteractionCriterion = InteractionCore & CurrentExtras & { reasons: Record<keyof Corners, Reason> };
export type Criterion = SingleCriterion | InteractionCriterion;

/** Support triple in the fixed order separate, ctio, cdo. */
export function s(separate: number, ctio: number, cdo: number): StructureScores {
  return { separate, ctio, cdo };
}

/** A reason whose text argues for each tier over the tiers after it. */
export function reason(text: string, ...tiers: StructureId[][]): Reason {
  return { text, tiers };
}

type SingleSpec = Omit<SingleCriterion, "kind" | "questionIds" | "weight">;
type InteractionSpec = Omit<InteractionCriterion, "kind" | "questionIds" | "weight">;

/** A criterion's weight is its share of its fact's weight. */
export function single(spec: SingleSpec): SingleCriterion {
  return { kind: "single", ...spec, weight: factById(spec.fact).weight * spec.share, questionIds: [spec.factor.questionId] };
}

export function interaction(spec: InteractionSpec): InteractionCriterion {
  return { kind: "interaction", ...spec, weight: factById(spec.fact).weight * spec.share, questionIds: [spec.factor.questionId, spec.by.questionId] };
}

export const LINEAR_SCALE = [0, 0.25, 0.5, 0.75, 1] as const;

/** The claims most reasons make: one executive or two, and whether a CDO belongs above the two. */
export const ONE_LEADER: StructureId[][] = [["ctio"], ["separate", "cdo"]];
export const TWO_LEADERS: StructureId[][] = [["separate", "cdo"], ["ctio"]];
export const CDO_ABOVE: StructureId[][] = [["cdo"], ["separate", "ctio"]];
export const NO_CDO: StructureId[][] = [["separate", "ctio"], ["cdo"]];
/** Combine-or-separate supports: the same for both structures with two leaders. */
export function oneOrTwo(one: number, two: number): StructureScores {
  return s(two, one, two);
}
/** CDO-or-not supports: the same for both structures without a CDO. */
export function cdoOrNot(cdo: number, other: number): StructureScores {
  return s(other, other, cdo);
}
export const NEUTRAL: StructureScores = s(0.5, 0.5, 0.5);

/** Small firm to large one, for criteria whose direction the sources tie to size (S2: small firms, larger companies). */
export const SIZE_CONTEXT: Factor = {
  kind: "bands",
  questionId: "employees",
  bands: [
    { upTo: 250, level: 0 },
    { upTo: 1000, level: 0.5 },
    { upTo: Number.POSITIVE_INFINITY, level: 1 },
  ],
};

/** Whether the company sells technology at all: without it the CTO's remit (S1, S4) is missing. */
export const SELLS_ANY: Factor = { kind: "options", questionId: "sells_technology", levels: { no: 0, some: 1, core: 1 } };
