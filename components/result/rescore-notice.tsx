import { Notice } from "@/components/ui/notice";
import type { RescoreOutcome } from "@/lib/scoring/rescore";
import { STRUCTURES } from "@/lib/scoring/structures";
import { STRUCTURE_IDS } from "@/lib/scoring/types";

/** Shown when a result was scored by an earlier model version: what the current model would say instead. */
export function RescoreNotice({ outcome, storedVersion }: { outcome: RescoreOutcome; storedVersion: string }) {
  if (outcome.status === "current") return null;
  if (outcome.status === "not_comparable") {
    return (
      <Notice tone="info" title={`Scored with model ${storedVersion}`}>
        {outcome.reason} The result below is shown exactly as it was scored.
      </Notice>
    );
  }
  const { comparison, current } = outcome;
  const deltas = STRUCTURE_IDS.map((id) => `${STRUCTURES[id].name} ${comparison.scoreDeltas[id] >= 0 ? "+" : ""}${comparison.scoreDeltas[id].toFixed(1)}`).join(", ");
  return (
    <Notice tone="info" title={`Scored with model ${storedVersion}; the current model is ${current.modelVersion}`}>
      <p>
        {comparison.recommendationChanged
          ? `Under the current model the recommendation would be ${STRUCTURES[current.recommended].name} instead of ${STRUCTURES[comparison.recommendation.from].name}.`
          : `The current model makes the same recommendation.`}{" "}
        Score changes: {deltas}. Confidence {comparison.confidence.changed ? `would move from ${comparison.confidence.from} to ${comparison.confidence.to}` : "is unchanged"}.
      </p>
      <p className="mt-1 text-sm">The saved result below is unchanged and shown exactly as it was scored.</p>
    </Notice>
  );
}
