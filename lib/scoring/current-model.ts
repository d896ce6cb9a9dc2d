/** The current scoring model as data, for the robustness analysis (which varies its fact weights). */
import { CRITERIA } from "./criteria";
import { MODEL_VERSION } from "./engine";
import { FACTS } from "./facts";
import type { ScoringModel } from "./model";

const FACT_OF = new Map(CRITERIA.map((criterion) => [criterion.id, criterion.fact]));

export const CURRENT_MODEL: ScoringModel = {
  version: MODEL_VERSION,
  criteria: CRITERIA,
  groups: FACTS.map((fact) => ({ id: fact.id, label: fact.label, weight: fact.weight })),
  groupOf: (criterion) => FACT_OF.get(criterion.id) ?? "",
};
