import { Table, type Column } from "@/components/ui/table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { resultsHref } from "@/lib/portfolio/results-query";
import type { TResultsQuery } from "@/lib/validation/portfolio";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { ResultRow } from "@/lib/services/results-table";
import { COMPARE_LIMITS } from "@/lib/validation/review";
import { buttonClass } from "@/components/ui/button";
import { formatDate, structureName } from "../format";
import { respondentRoleLabelIn } from "../labels";

function Recommendation({ row }: { row: ResultRow }) {
  const t = useTranslations("Workspace.table");
  const locale = useLocale();
  if (!row.overrideRecommendation) return <>{structureName(row.recommendation, locale)}</>;
  return (
    <>
      <span className="block font-semibold">{t("byConsultant", { structure: structureName(row.overrideRecommendation, locale) })}</span>
      <span className="block text-muted">{t("byModel", { structure: structureName(row.recommendation, locale) })}</span>
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
  const t = useTranslations("Workspace.table");
  const active = query.sort === sort;
  const direction = active ? (query.dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[sort];
  const arrow = active ? (query.dir === "asc" ? " ↑" : " ↓") : "";
  return (
    <Link
      href={resultsHref("/workspace/results", query, { sort, dir: direction, after: null })}
      className="text-ink no-underline hover:underline"
      aria-label={direction === "asc" ? t("sortAscending", { label }) : t("sortDescending", { label })}
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
  const t = useTranslations("Workspace.table");
  // A plain GET form: the chosen ids become the compare page's address, as "Compare with…" on a result does.
  return (
    <form action="/workspace/compare" method="get" className="space-y-3" data-testid="results-compare-form">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="submit" className={buttonClass("secondary")}>
          {t("compareSelected")}
        </button>
        <span className="text-muted">{t("compareHelp", COMPARE_LIMITS)}</span>
      </div>
      <ResultsRows rows={rows} caption={caption} query={query} />
    </form>
  );
}

function ResultsRows({ rows, caption, query }: { rows: ResultRow[]; caption: string; query: TResultsQuery }) {
  const t = useTranslations("Workspace.table");
  const locale = useLocale();
  return (
    <Table
      caption={caption}
      columns={[
        { label: <span className="sr-only">{t("compare")}</span> },
        { label: t("respondent") },
        { label: <SortHeader label={t("organization")} sort="organization" query={query} />, sort: sortState(query, "organization") },
        { label: t("recommendation") },
        { label: t("confidence") },
        { label: <SortHeader label={t("lead")} sort="margin" query={query} />, align: "right", sort: sortState(query, "margin") },
        { label: t("status") },
        { label: <SortHeader label={t("submitted")} sort="date" query={query} />, sort: sortState(query, "date") },
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
              aria-label={t("compareRow", { respondent: row.respondentName ?? t("theUnnamed"), organization: row.clientName })}
            />
          </td>
          <th scope="row" className="font-normal">
            <Link href={`/workspace/results/${row.id}`} className="font-semibold">
              {row.respondentName ?? t("unnamed")}
            </Link>
            {respondentRoleLabelIn(row.respondentRole, locale) ? <span className="block text-muted">{respondentRoleLabelIn(row.respondentRole, locale)}</span> : null}
          </th>
          <td data-label={t("organization")}>
            {row.organizationId ? <Link href={`/workspace/organizations/${row.organizationId}`}>{row.clientName}</Link> : row.clientName}
          </td>
          <td data-label={t("recommendation")}>
            <Recommendation row={row} />
          </td>
          <td data-label={t("confidence")} className="whitespace-nowrap">
            <ConfidenceBadge level={row.confidence} />
          </td>
          <td data-label={t("leadShort")} className="text-right tabular-nums">
            {t("points", { margin: row.margin })}
          </td>
          <td data-label={t("status")}>{t(`statuses.${row.reviewStatus}`)}</td>
          <td data-label={t("submitted")} className="whitespace-nowrap">
            {formatDate(row.createdAt, locale)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
