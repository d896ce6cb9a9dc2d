import { Table, type Column } from "@/components/ui/table";
import Link from "next/link";
import { resultsHref } from "@/lib/portfolio/results-query";
import type { TResultsQuery } from "@/lib/validation/portfolio";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { ResultRow } from "@/lib/services/results-table";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";
import { COMPARE_LIMITS } from "@/lib/validation/review";
import { buttonClass } from "@/components/ui/button";
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

/** A first click sorts the way a reader most often wants (newest, closest call, A to Z); a second reverses it. */
const FIRST_DIRECTION = { date: "desc", organization: "asc", margin: "asc" } as const;

/**
 * A column header that sorts the table by its column: a link, so the order is in the address like
 * the filters, and the first page of the new order is shown. aria-sort names the current order.
 */
function SortHeader({ label, sort, query }: { label: string; sort: keyof typeof FIRST_DIRECTION; query: TResultsQuery }) {
  const active = query.sort === sort;
  const direction = active ? (query.dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[sort];
  const arrow = active ? (query.dir === "asc" ? " ↑" : " ↓") : "";
  return (
    <Link
      href={resultsHref("/workspace/results", query, { sort, dir: direction, after: null })}
      className="text-ink no-underline hover:underline"
      aria-label={`${label}: sort ${direction === "asc" ? "ascending" : "descending"}`}
      data-sort={active ? query.dir : undefined}
    >
      {label}
      <span aria-hidden="true">{arrow}</span>
    </Link>
  );
}

function sortState(query: TResultsQuery, sort: string): Column["sort"] {
  if (query.sort !== sort) return "none";
  return query.dir === "asc" ? "ascending" : "descending";
}

/** One page of the consultant's results; each respondent opens the result, each organization its page. */
export function ResultsTable({ rows, caption, query }: { rows: ResultRow[]; caption: string; query: TResultsQuery }) {
  // A plain GET form: the chosen ids become the compare page's address, as "Compare with…" on a result does.
  return (
    <form action="/workspace/compare" method="get" className="space-y-3" data-testid="results-compare-form">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="submit" className={buttonClass("secondary")}>
          Compare selected
        </button>
        <span className="text-muted">
          Tick {COMPARE_LIMITS.min} to {COMPARE_LIMITS.max} results, from one organization or several; the first of them in the table is the baseline.
        </span>
      </div>
      <ResultsRows rows={rows} caption={caption} query={query} />
    </form>
  );
}

function ResultsRows({ rows, caption, query }: { rows: ResultRow[]; caption: string; query: TResultsQuery }) {
  return (
    <Table
      caption={caption}
      columns={[
        { label: <span className="sr-only">Compare</span> },
        { label: "Respondent" },
        { label: <SortHeader label="Organization" sort="organization" query={query} />, sort: sortState(query, "organization") },
        { label: "Recommendation" },
        { label: "Confidence" },
        { label: <SortHeader label="Lead over runner-up" sort="margin" query={query} />, align: "right", sort: sortState(query, "margin") },
        { label: "Status" },
        { label: <SortHeader label="Submitted" sort="date" query={query} />, sort: sortState(query, "date") },
      ]}
      variant="framed"
      minWidth="min-w-[56rem]"
      stackOnPhone
      testId="results-table"
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="result-row">
          <td className="w-8">
            <input
              type="checkbox"
              name="ids"
              value={row.id}
              className="size-4 accent-brand"
              aria-label={`Compare ${row.respondentName ?? "the unnamed respondent"}, ${row.clientName}`}
            />
          </td>
          <th scope="row" className="font-normal">
            <Link href={`/workspace/results/${row.id}`} className="font-semibold">
              {row.respondentName ?? "Unnamed respondent"}
            </Link>
            {respondentRoleLabel(row.respondentRole) ? <span className="block text-muted">{respondentRoleLabel(row.respondentRole)}</span> : null}
          </th>
          <td data-label="Organization">
            {row.organizationId ? <Link href={`/workspace/organizations/${row.organizationId}`}>{row.clientName}</Link> : row.clientName}
          </td>
          <td data-label="Recommendation">
            <Recommendation row={row} />
          </td>
          <td data-label="Confidence" className="whitespace-nowrap">
            <ConfidenceBadge level={row.confidence} />
          </td>
          <td data-label="Lead" className="text-right tabular-nums">
            {row.margin.toFixed(1)} pts
          </td>
          <td data-label="Status">{REVIEW_STATUSES.find((status) => status.id === row.reviewStatus)?.label ?? row.reviewStatus}</td>
          <td data-label="Submitted" className="whitespace-nowrap">
            {formatDate(row.createdAt)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
