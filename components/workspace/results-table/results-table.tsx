import { Table } from "@/components/ui/table";
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
    <Table
      caption={caption}
      columns={[{ label: "Respondent" }, { label: "Organization" }, { label: "Recommendation" }, { label: "Confidence" }, { label: "Lead over runner-up", align: "right" }, { label: "Status" }, { label: "Submitted" }]}
      variant="framed"
      minWidth="min-w-[56rem]"
      testId="results-table"
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="result-row">
          <th scope="row" className="font-normal">
            <Link href={`/workspace/results/${row.id}`} className="font-semibold">
              {row.respondentName ?? "Unnamed respondent"}
            </Link>
            {respondentRoleLabel(row.respondentRole) ? <span className="block text-muted">{respondentRoleLabel(row.respondentRole)}</span> : null}
          </th>
          <td>
            {row.organizationId ? <Link href={`/workspace/organizations/${row.organizationId}`}>{row.clientName}</Link> : row.clientName}
          </td>
          <td>
            <Recommendation row={row} />
          </td>
          <td className="whitespace-nowrap">
            <ConfidenceBadge level={row.confidence} />
          </td>
          <td className="text-right tabular-nums">{row.margin.toFixed(1)} pts</td>
          <td>{REVIEW_STATUSES.find((status) => status.id === row.reviewStatus)?.label ?? row.reviewStatus}</td>
          <td className="whitespace-nowrap">{formatDate(row.createdAt)}</td>
        </tr>
      ))}
    </Table>
  );
}
