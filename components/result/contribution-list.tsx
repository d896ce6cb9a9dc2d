import { STRUCTURES } from "@/lib/scoring";
import type { Contribution, StructureId } from "@/lib/scoring/types";
import { Citations } from "./citation";

/** Criteria with the points they give, the answers they read and the passages they rest on. */
export function ContributionList({ items, versus, emptyText }: { items: Contribution[]; versus: StructureId; emptyText: string }) {
  if (items.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ol className="space-y-4">
      {items.map((item) => {
        const favours = item.favours ?? versus;
        const lead = item.points[favours] - item.points[versus];
        return (
          <li key={item.criterionId} className="rounded-md border border-line p-4" data-testid="contribution">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">{item.statement}</p>
              <p className="text-sm font-semibold tabular-nums text-brand">
                {favours === versus ? `${item.points[favours].toFixed(1)} points` : `+${lead.toFixed(1)} points`} for {STRUCTURES[favours].name}
              </p>
            </div>
            <p className="mt-1 text-sm text-muted">Your answer: {item.answerSummary}</p>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span className="text-muted">Evidence:</span>
              <Citations citations={item.citations} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
