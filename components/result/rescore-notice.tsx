/**
 * A saved result next to the same answers scored by the current model, when the model has moved
 * on since submission. Nothing is overwritten: the saved result stays exactly as it was scored.
 */
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { DriverChanges } from "@/components/workspace/compare/driver-changes";
import { ValueTable } from "@/components/workspace/compare/value-table";
import { buildComparison } from "@/lib/portfolio/compare";
import type { TAnswers } from "@/lib/questionnaire/schema";
import type { RescoreOutcome } from "@/lib/scoring/rescore";
import { STRUCTURES } from "@/lib/scoring/structures";
import { ShareChart } from "./share-chart";

type Compared = Extract<RescoreOutcome, { status: "compared" }>;

function shareLine(share: number | null, draws: number | undefined): string {
  return share === null || draws === undefined ? "robustness not measured" : `wins in ${Math.round(share * 100)}% of ${draws.toLocaleString("en-US")} plausible variants of its model`;
}

function RescoreComparison({ outcome }: { outcome: Compared }) {
  const { stored, current, comparison, storedRobustness } = outcome;
  // The answers are the same on both sides, so only the model's reading of them can differ.
  const answers: TAnswers = {};
  const side = buildComparison([
    { resultId: "saved", label: "As saved", answers, output: stored },
    { resultId: "current", label: "Current model", answers, output: current },
  ]);
  const headings = [`As saved (model ${stored.modelVersion})`, `Current model (${current.modelVersion})`];
  return (
    <section aria-labelledby="rescore-heading" data-testid="rescore-comparison">
      <Card>
        <SectionHeading
          id="rescore-heading"
          lead={`This result was scored with model ${stored.modelVersion}. Here are the same answers scored with the current model, ${current.modelVersion}, for comparison; the saved result below is unchanged.`}
        >
          Re-scored with the current model
        </SectionHeading>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-muted">As saved</dt>
            <dd className="text-lg font-semibold">{STRUCTURES[stored.recommended].name}</dd>
            <dd className="text-sm text-muted">
              {stored.confidence.level} confidence, {stored.margin.toFixed(1)} points ahead
            </dd>
            <dd className="text-sm text-muted" data-testid="rescore-share-saved">
              {shareLine(comparison.winnerShare.from, storedRobustness?.draws)}
              {storedRobustness && !stored.robustness ? ` (measured now with model ${stored.modelVersion})` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Under the current model</dt>
            <dd className="text-lg font-semibold">{STRUCTURES[current.recommended].name}</dd>
            <dd className="text-sm text-muted">
              {current.confidence.level} confidence, {current.margin.toFixed(1)} points ahead
            </dd>
            <dd className="text-sm text-muted" data-testid="rescore-share-current">
              {shareLine(comparison.winnerShare.to, current.robustness?.draws)}
            </dd>
          </div>
        </dl>
        <p className="mt-4">
          {comparison.recommendationChanged
            ? `The current model would recommend ${STRUCTURES[current.recommended].name} instead of ${STRUCTURES[stored.recommended].name}.`
            : "The current model makes the same recommendation."}{" "}
          {comparison.confidence.changed ? `Confidence would move from ${comparison.confidence.from} to ${comparison.confidence.to}.` : "Confidence is unchanged."}
        </p>
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          {storedRobustness ? <ShareChart robustness={storedRobustness} order={stored.ranking} highlight={stored.recommended} label={`As saved (model ${stored.modelVersion})`} /> : null}
          {current.robustness ? <ShareChart robustness={current.robustness} order={current.ranking} highlight={current.recommended} label={`Current model (${current.modelVersion})`} /> : null}
        </div>
        <div className="mt-6">
          <ValueTable
            caption="Scores out of 100, as saved and under the current model, with the change"
            rowHeading="Structure"
            headings={headings}
            rows={side.scores}
            highlight={[stored.recommended, current.recommended]}
            testId="rescore-scores"
          />
        </div>
        <h3 className="mt-6 font-semibold">Drivers that changed</h3>
        <div className="mt-2">
          <DriverChanges caption="Criteria that drive one version's recommendation but not the other's, or drive both differently." headings={headings} rows={side.drivers.changed} unchanged={side.drivers.unchanged} />
        </div>
      </Card>
    </section>
  );
}

export function RescoreNotice({ outcome, storedVersion, showWhenCurrent = false }: { outcome: RescoreOutcome; storedVersion: string; showWhenCurrent?: boolean }) {
  if (outcome.status === "current") {
    return showWhenCurrent ? (
      <p className="text-sm text-muted" data-testid="rescore-current">
        Scored with the current model ({storedVersion}): re-scoring would change nothing.
      </p>
    ) : null;
  }
  if (outcome.status === "not_comparable") {
    return (
      <Notice tone="info" title={`Scored with model ${storedVersion}`}>
        {outcome.reason} The result below is shown exactly as it was scored.
      </Notice>
    );
  }
  return <RescoreComparison outcome={outcome} />;
}
