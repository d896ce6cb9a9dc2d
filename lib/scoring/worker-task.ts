/**
 * What a scoring worker runs (lib/workers/scoring-pool.ts), the entry of its bundle
 * (lib/workers/bundles.ts): a submission's full scoring, about 12 ms of the robustness draws and
 * the what-if search that would otherwise hold up every request the thread serves meanwhile.
 * The output goes back as the JSON text that is stored, with the few fields the write needs
 * beside it: a string crosses threads in one copy, where the 45 KB object would be cloned node by
 * node and then serialized again.
 */
import { score } from "./score";
import type { ConfidenceLevel, ScoreInput, ScoringOutput, StructureId } from "./types";

export interface ScoredForStorage {
  outputJson: string;
  modelVersion: string;
  recommended: StructureId;
  confidenceLevel: ConfidenceLevel;
  margin: number;
}

export function scoreForStorage(input: ScoreInput): ScoredForStorage {
  const output: ScoringOutput = score(input);
  return {
    outputJson: JSON.stringify(output),
    modelVersion: output.modelVersion,
    recommended: output.recommended,
    confidenceLevel: output.confidence.level,
    margin: output.margin,
  };
}

export default scoreForStorage;
