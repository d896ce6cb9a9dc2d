import Link from "next/link";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { ResultRow } from "@/lib/services/results-table";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";
import { formatDate, respondentRoleLabel, structureName } from "../format";

function Recommendation({ row }: { row: ResultRow }) {
  if (!row.overrideRecommendation) return <>{structureName(row.recommendation)}</>;
  return (
    <>
      <span className="block font-semibold">Consultant: {structureName(row.overrideRecommendation)}</span>
      <span className="block text-muted">Model: {structureName(row.recommendation)}</span>
    </>
  );
}

/** One page of the consultant's results; each respondent opens the result, each organization its page. */
export function ResultsTable({ rows, caption }: { rows: ResultRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="results-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Respondent
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Organization
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Recommendation
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Confidence
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Lead over runner-up
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Submitted
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.id} data-testid="result-row">
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/workspace/results/${row.id}`} className="font-semibold">
                  {row.respondentName ?? "Unnamed respondent"}
                </Link>
                {respondentRoleLabel(row.respondentRole) ? <span className="block text-muted">{respondentRoleLabel(row.respondentRole)}</span> : null}
              </th>
              <td className="px-4 py-3">
                {row.organizationId ? <Link href={`/workspace/organizations/${row.organizationId}`}>{row.clientName}</Link> : row.clientName}
              </td>
              <td className="px-4 py-3">
                <Recommendation row={row} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <ConfidenceBadge level={row.confidence} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{row.margin.toFixed(1)} pts</td>
              <td className="px-4 py-3">{REVIEW_STATUSES.find((status) => status.id === row.reviewStatus)?.label ?? row.reviewStatus}</td>
              <td className="px-4 py-3 whitespace-nowrap">{formatDate(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
