import { STRUCTURES } from "@/lib/scoring/structures";
import type { StructureId, StructureScores } from "@/lib/scoring/types";

/** Horizontal bars, one per structure; the numbers are in the text, so the chart needs no legend. */
export function ScoreChart({ scores, ranking, highlight }: { scores: StructureScores; ranking: StructureId[]; highlight: StructureId }) {
  return (
    <figure>
      <figcaption className="text-sm font-semibold">Scores out of 100 on the model&apos;s own weights</figcaption>
      <ul className="mt-3 space-y-3">
        {ranking.map((id) => (
          <li key={id} data-testid={`score-${id}`}>
            <div className="flex justify-between text-sm">
              <span className={id === highlight ? "font-semibold" : ""}>{STRUCTURES[id].name}</span>
              <span className="font-semibold tabular-nums">{scores[id].toFixed(1)} / 100</span>
            </div>
            <div className="mt-1 h-3 rounded-full bg-line" aria-hidden="true">
              <div className={`h-full rounded-full ${id === highlight ? "bg-brand" : "bg-muted/60"}`} style={{ width: `${Math.max(1, scores[id])}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
