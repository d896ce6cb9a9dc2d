import Link from "next/link";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import { ScoreChart } from "@/components/result/score-chart";
import { ShareChart } from "@/components/result/share-chart";
import { Notice } from "@/components/ui/notice";
import type { OrganizationAggregate } from "@/lib/portfolio/aggregate";
import { winConditions } from "@/lib/scoring/robustness-text";
import { STRUCTURES } from "@/lib/scoring/structures";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { formatDate } from "../format";

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The combined recommendation of an organization's respondents, and each respondent's own. */
export function CombinedView({ aggregate, respondentTotal, respondentLimit }: { aggregate: OrganizationAggregate; respondentTotal: number; respondentLimit: number }) {
  const { combined } = aggregate;
  if (aggregate.respondentCount === 0) {
    return <p className="text-muted">No respondent has submitted a result yet. The combined view appears with the first submitted result.</p>;
  }
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-line bg-canvas px-4 py-3 text-sm">
        <p className="font-semibold">How the respondents are combined</p>
        <p className="mt-1">{aggregate.rule}</p>
      </div>

      {respondentTotal > respondentLimit ? (
        <Notice tone="info">
          {respondentTotal} people have submitted results; the combined view uses the {respondentLimit} who submitted most recently.
        </Notice>
      ) : null}

      {combined ? (
        <div data-testid="combined-recommendation">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">Combined recommendation</p>
          <p className="mt-1 text-2xl font-bold tracking-tight">{combined.recommendationName}</p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <ConfidenceBadge level={combined.confidence.level} />
            <span className="text-sm text-muted">
              {combined.lead.toFixed(1)} points ahead of {STRUCTURES[combined.ranking[1] ?? combined.recommendation].name}; {combined.agreement.respondents} of{" "}
              {combined.agreement.of} weighted {combined.agreement.of === 1 ? "respondent recommends" : "respondents recommend"} it on their own (
              {percent(combined.agreement.weightShare)} of the weight)
            </span>
          </div>
          <p className="mt-3 text-sm text-muted">
            {combined.confidence.reason} <span className="font-semibold">How confidence is set:</span> {combined.confidence.rule}
          </p>
          <div className="mt-5 grid gap-6 md:grid-cols-2">
            <ScoreChart scores={combined.scores} ranking={combined.ranking} highlight={combined.recommendation} />
            {combined.robustness ? <ShareChart robustness={combined.robustness} order={combined.ranking} highlight={combined.recommendation} /> : null}
          </div>
          {combined.robustness ? (
            <div className="mt-3 space-y-1 text-sm">
              {combined.ranking.slice(0, 2).map((id) => {
                const sentence = combined.robustness ? winConditions(combined.robustness, id) : null;
                return sentence ? <p key={id}>{sentence}</p> : null;
              })}
            </div>
          ) : null}
        </div>
      ) : (
        <Notice tone="warning" title="Nothing to combine">
          Every respondent&apos;s role has a weight of 0. Give at least one of their roles a weight above 0.
        </Notice>
      )}

      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="respondent-table">
          <caption className="mb-2 text-left font-semibold">Each respondent&apos;s own result</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Respondent
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                Weight
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Own recommendation
              </th>
              {STRUCTURE_IDS.map((id) => (
                <th key={id} scope="col" className="py-2 pr-4 text-right font-semibold">
                  {STRUCTURES[id].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {aggregate.respondents.map((respondent) => (
              <tr key={respondent.resultId}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/workspace/results/${respondent.resultId}`}>{respondent.label}</Link>
                  <span className="block text-muted">
                    {respondent.roleLabel}, submitted {formatDate(respondent.submittedAt)}
                  </span>
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">{respondent.weight}</td>
                <td className="py-2 pr-4">
                  {respondent.recommendedName}
                  {respondent.overrideName ? (
                    <span className="block font-semibold" data-testid="respondent-override">
                      Consultant: {respondent.overrideName}
                    </span>
                  ) : null}
                  <span className="block text-muted">
                    {respondent.weight === 0 ? "Left out (weight 0)" : respondent.agrees ? "Same as combined" : "Differs from combined"}
                  </span>
                </td>
                {STRUCTURE_IDS.map((id) => (
                  <td key={id} className={`py-2 pr-4 text-right tabular-nums ${id === respondent.recommended ? "font-semibold" : ""}`}>
                    {respondent.scores[id].toFixed(1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A link to the side-by-side comparison of the respondents' results, when there are two or more. */
export function CompareRespondentsLink({ aggregate }: { aggregate: OrganizationAggregate }) {
  if (aggregate.respondents.length < 2) return null;
  // Result ids are URL-safe, so the list reads as plainly in the address bar as it is written here.
  const ids = aggregate.respondents.map((respondent) => respondent.resultId).join(",");
  return (
    <p className="mt-4">
      <Link href={`/workspace/compare?ids=${ids}`}>Compare these {aggregate.respondents.length} results side by side</Link>
    </p>
  );
}
