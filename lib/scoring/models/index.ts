/**
 * Every scoring model a stored result may have been scored with: the current one and the frozen
 * earlier ones, so a result's robustness can be measured with the model that scored it.
 */
import { CURRENT_MODEL } from "../current-model";
import type { ScoringModel } from "../model";
import { MODEL_2026_1 } from "./v2026-1";

export { CURRENT_MODEL };

const MODELS: readonly ScoringModel[] = [CURRENT_MODEL, MODEL_2026_1];

export function modelForVersion(version: string): ScoringModel | null {
  return MODELS.find((model) => model.version === version) ?? null;
}
