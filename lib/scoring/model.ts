/**
 * A scoring model as data: its version, its criteria and the groups its weights vary by in the
 * robustness analysis. The current model and the frozen earlier ones share this shape, so a
 * stored result can be analysed with the model that scored it.
 */
import type { CoreCriterion } from "./criteria-model";

export interface WeightGroup {
  id: string;
  /** Lower case, to sit inside a sentence: "the company's size". */
  label: string;
  /** The total weight of the group's criteria. */
  weight: number;
}

export interface ScoringModel {
  version: string;
  criteria: readonly CoreCriterion[];
  groups: readonly WeightGroup[];
  groupOf: (criterion: CoreCriterion) => string;
}
