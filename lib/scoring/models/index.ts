/**
 * Every scoring model a stored result may have been scored with: the current one and the frozen
 * earlier ones, so a result's robustness can be measured with the model that scored it.
 */
import { CRITERIA } from "../criteria";
import { MODEL_VERSION } from "../engine";
import { FACTS } from "../facts";
import type { ScoringModel } from "../model";
import { MODEL_2026_1 } from "./v2026-1";

const FACT_OF = new Map(CRITERIA.map((criterion) => [criterion.id, criterion.fact]));

export const CURRENT_MODEL: ScoringModel = {
  version: MODEL_VERSION,
  criteria: CRITERIA,
  groups: FACTS.map((fact) => ({ id: fact.id, label: fact.label, weight: fact.weight })),
  groupOf: (criterion) => FACT_OF.get(criterion.id) ?? "",
};

const MODELS: readonly ScoringModel[] = [CURRENT_MODEL, MODEL_2026_1];

export function modelForVersion(version: string): ScoringModel | null {
  return MODELS.find((model) => model.version === version) ?? null;
}
