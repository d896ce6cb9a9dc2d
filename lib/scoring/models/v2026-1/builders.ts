/**
 * The builders and shared factors model 2026.1 was written with, kept as they were so the frozen
 * criteria keep their exact numbers whatever later models change.
 */
import type { Factor } from "../../mapping";
import type { CoreCriterion, InteractionCore, SingleCore } from "../../criteria-model";
import type { StructureScores } from "../../types";

export type Criterion = CoreCriterion;

export function s(separate: number, ctio: number, cdo: number): StructureScores {
  return { separate, ctio, cdo };
}

export function single(spec: Omit<SingleCore, "kind" | "questionIds">): SingleCore {
  return { kind: "single", ...spec, questionIds: [spec.factor.questionId] };
}

export function interaction(spec: Omit<InteractionCore, "kind" | "questionIds">): InteractionCore {
  return { kind: "interaction", ...spec, questionIds: [spec.factor.questionId, spec.by.questionId] };
}

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
