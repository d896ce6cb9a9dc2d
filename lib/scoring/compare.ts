/** What changed between a stored result and a fresh scoring of the same answers (for example after a model update). */
import { STRUCTURE_IDS, type ConfidenceLevel, type Robustness, type ScoringOutput, type StructureId, type StructureScores } from "./types";

export interface RescoreComparison {
  modelVersionChanged: { from: string; to: string } | null;
  recommendationChanged: boolean;
  recommendation: { from: StructureId; to: StructureId };
  /** Current minus stored, per structure, one decimal. */
  scoreDeltas: StructureScores;
  marginDelta: number;
  confidence: { from: ConfidenceLevel; to: ConfidenceLevel; changed: boolean };
  /** Share of the robustness draws each side's recommendation wins; null where it could not be measured. */
  winnerShare: { from: number | null; to: number | null };
  /** Criterion ids among the current drivers that were not drivers before, and the reverse. */
  driversAdded: string[];
  driversRemoved: string[];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function winnerShare(output: ScoringOutput, robustness: Robustness | null | undefined): number | null {
  return robustness ? Math.round((1000 * robustness.structures[output.recommended].wins) / robustness.draws) / 1000 : null;
}

/** The stored side's robustness may be measured now (results before 2027.1 did not store it); by default it is the stored one. */
export function rescoreComparison(stored: ScoringOutput, current: ScoringOutput, storedRobustness: Robustness | null | undefined = stored.robustness): RescoreComparison {
  const before = new Set(stored.drivers.map((driver) => driver.criterionId));
  const after = new Set(current.drivers.map((driver) => driver.criterionId));
  const scoreDeltas = { separate: 0, ctio: 0, cdo: 0 } as StructureScores;
  for (const id of STRUCTURE_IDS) scoreDeltas[id] = round1(current.scores[id] - stored.scores[id]);
  return {
    modelVersionChanged: stored.modelVersion === current.modelVersion ? null : { from: stored.modelVersion, to: current.modelVersion },
    recommendationChanged: stored.recommended !== current.recommended,
    recommendation: { from: stored.recommended, to: current.recommended },
    scoreDeltas,
    marginDelta: round1(current.margin - stored.margin),
    confidence: { from: stored.confidence.level, to: current.confidence.level, changed: stored.confidence.level !== current.confidence.level },
    winnerShare: { from: winnerShare(stored, storedRobustness), to: winnerShare(current, current.robustness) },
    driversAdded: [...after].filter((id) => !before.has(id)),
    driversRemoved: [...before].filter((id) => !after.has(id)),
  };
}
