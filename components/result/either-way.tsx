/** For a recommendation the evidence leaves open: what would settle it, and what would tip it (lib/scoring/robustness-text.ts). */
import { eitherWay, type Direction } from "@/lib/scoring/robustness-text";
import type { Robustness, ScoringOutput } from "@/lib/scoring/types";

function DirectionCard({ direction, testId }: { direction: Direction; testId: string }) {
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

export function EitherWay({ output, robustness }: { output: ScoringOutput; robustness: Robustness }) {
  const [settle, tip] = eitherWay(output, robustness);
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="either-way">
      <DirectionCard direction={settle} testId="settle" />
      <DirectionCard direction={tip} testId="tip" />
    </div>
  );
}
