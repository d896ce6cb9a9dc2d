/**
 * The shape of a criterion and small builders that keep the criteria files readable.
 * A criterion is data: the methodology page prints it, the engine evaluates it.
 */
import type { Corners, Factor, Poles } from "./mapping";
import type { Citation, DimensionId, StructureScores } from "./types";

interface CriterionBase {
  id: string;
  /** What the criterion claims, in our words. */
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
export interface SingleCriterion extends CriterionBase {
  kind: "single";
  factor: Factor;
  poles: Poles;
}

/**
 * Two answers together: the first factor expresses the dimension, the second (`by`)
 * decides which structure that signal favours, such as conflict in a small firm against
 * conflict in a large one.
 */
export interface InteractionCriterion extends CriterionBase {
  kind: "interaction";
  factor: Factor;
  by: Factor;
  corners: Corners;
}

export type Criterion = SingleCriterion | InteractionCriterion;

/** Support triple in the fixed order separate, ctio, cdo. */
export function s(separate: number, ctio: number, cdo: number): StructureScores {
  return { separate, ctio, cdo };
}

type SingleSpec = Omit<SingleCriterion, "kind" | "questionIds">;
type InteractionSpec = Omit<InteractionCriterion, "kind" | "questionIds">;

export function single(spec: SingleSpec): SingleCriterion {
  return { kind: "single", ...spec, questionIds: [spec.factor.questionId] };
}

export function interaction(spec: InteractionSpec): InteractionCriterion {
  return { kind: "interaction", ...spec, questionIds: [spec.factor.questionId, spec.by.questionId] };
}

/** Company size by headcount, shared by the criteria that ask "is this a larger company?". */
export const EMPLOYEE_BANDS: Factor = {
  kind: "bands",
  questionId: "employees",
  bands: [
    { upTo: 50, level: 0 },
    { upTo: 250, level: 0.25 },
    { upTo: 1000, level: 0.5 },
    { upTo: 5000, level: 0.75 },
    { upTo: Number.POSITIVE_INFINITY, level: 1 },
  ],
};

export const LINEAR_SCALE = [0, 0.25, 0.5, 0.75, 1] as const;
