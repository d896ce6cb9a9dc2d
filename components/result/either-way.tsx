/** For a recommendation the evidence leaves open: what would settle it, and what would tip it (the view model's change.eitherWay). */
import type { ReportDirection } from "@/lib/report/model";

function DirectionCard({ direction, testId }: { direction: ReportDirection; testId: string }) {
  return (
    <section aria-labelledby={`${testId}-heading`} className="rounded-md border border-line p-4" data-testid={testId}>
      <h3 id={`${testId}-heading`} className="font-semibold">
        {direction.title}
      </h3>
      {direction.conditions ? <p className="mt-2 text-sm">{direction.conditions}</p> : null}
      {direction.changes.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {direction.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">{direction.emptyText}</p>
      )}
    </section>
  );
}

/** The first direction settles the recommendation, the second tips it (lib/scoring/robustness-text.ts eitherWay). */
export function EitherWay({ directions }: { directions: ReportDirection[] }) {
  const [settle, tip] = directions;
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="either-way">
      {settle ? <DirectionCard direction={settle} testId="settle" /> : null}
      {tip ? <DirectionCard direction={tip} testId="tip" /> : null}
    </div>
  );
}
