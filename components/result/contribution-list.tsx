import { leadPoints } from "@/lib/report/format";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { Contribution, StructureId } from "@/lib/scoring/types";
import { Citations } from "./citation";

const SHOWN_FIRST = 5;

function ContributionItem({ item, versus, favouring }: { item: Contribution; versus: StructureId; favouring: StructureId | undefined }) {
  const favours = favouring ?? item.favours ?? versus;
  const lead = item.points[favours] - item.points[versus];
  return (
    <li className="grid gap-x-6 gap-y-1 py-3 sm:grid-cols-[1fr_13rem]" data-testid="contribution">
      <div>
        <p className="font-medium">{item.statement}</p>
        <p className="mt-0.5 text-sm text-muted">Your answer: {item.answerSummary}</p>
        {item.reason ? <p className="mt-1 text-sm">{item.reason}</p> : null}
      </div>
      <div className="flex flex-wrap items-start gap-2 sm:flex-col sm:items-end">
        <p className="text-sm font-semibold tabular-nums text-brand">
          {leadPoints(lead)} for {STRUCTURES[favours].name}
        </p>
        <Citations citations={item.citations} />
      </div>
    </li>
  );
}

/**
 * Criteria with the points they give over the compared structure, the answers they read and
 * the passages they rest on. The largest come first; the long tail folds away. Drivers pass
 * `favouring` (the recommendation): their points are what they add to its lead, even when a
 * third structure gains more from the same answer.
 */
export function ContributionList({ items, versus, emptyText, favouring }: { items: Contribution[]; versus: StructureId; emptyText: string; favouring?: StructureId }) {
  if (items.length === 0) return <p className="text-muted">{emptyText}</p>;
  const first = items.slice(0, SHOWN_FIRST);
  const rest = items.slice(SHOWN_FIRST);
  return (
    <div>
      <ol className="divide-y divide-line border-y border-line">
        {first.map((item) => (
          <ContributionItem key={item.criterionId} item={item} versus={versus} favouring={favouring} />
        ))}
      </ol>
      {rest.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand">
            Show {rest.length} smaller {rest.length === 1 ? "contribution" : "contributions"}
          </summary>
          <ol className="mt-2 divide-y divide-line border-y border-line">
            {rest.map((item) => (
              <ContributionItem key={item.criterionId} item={item} versus={versus} favouring={favouring} />
            ))}
          </ol>
        </details>
      ) : null}
      <p className="mt-3 text-xs text-muted">Points are score points out of 100 by which the criterion favours that structure over {STRUCTURES[versus].name}.</p>
    </div>
  );
}
