import type { ReactNode } from "react";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { TippingPoint } from "@/lib/scoring/types";

export function TippingPoints({ points, renderAction }: { points: TippingPoint[]; renderAction?: (point: TippingPoint, index: number) => ReactNode }) {
  if (points.length === 0) {
    return (
      <p className="text-muted">
        No change of one or two answers would alter this recommendation: it rests on many signals that point the same way. You can still change
        any answer above to see how the scores move.
      </p>
    );
  }
  return (
    <ol className="space-y-3">
      {points.map((point, index) => (
        <li key={index} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-line p-4" data-testid="tipping-point">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">
              {point.changes.length === 1 ? "If one answer changed" : "If two answers changed"}, the recommendation would become{" "}
              <span className="text-brand">{STRUCTURES[point.newRecommendation].name}</span>.
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {point.changes.map((change) => (
                <li key={change.questionId}>
                  <span className="text-muted">{change.questionLabel}</span> {change.fromLabel} → <strong>{change.toLabel}</strong>
                </li>
              ))}
            </ul>
          </div>
          {renderAction ? renderAction(point, index) : null}
        </li>
      ))}
    </ol>
  );
}
