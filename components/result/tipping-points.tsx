import { STRUCTURES } from "@/lib/scoring/structures";
import type { TippingPoint } from "@/lib/scoring/types";

export function TippingPoints({ points, renderAction }: { points: TippingPoint[]; renderAction?: (point: TippingPoint, index: number) => React.ReactNode }) {
  if (points.length === 0) {
    return <p className="text-muted">No change of one or two answers would alter this recommendation: it rests on many consistent signals.</p>;
  }
  return (
    <ol className="space-y-3">
      {points.map((point, index) => (
        <li key={index} className="rounded-md border border-line p-4" data-testid="tipping-point">
          <p className="font-semibold">
            {point.changes.length === 1 ? "If one answer changed" : "If two answers changed"}, the recommendation would become{" "}
            <span className="text-brand">{STRUCTURES[point.newRecommendation].name}</span>.
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {point.changes.map((change) => (
              <li key={change.questionId}>
                <span className="text-muted">{change.questionLabel}</span>: {change.fromLabel} → <strong>{change.toLabel}</strong>
              </li>
            ))}
          </ul>
          {renderAction ? <div className="mt-3">{renderAction(point, index)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
