import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { ResultColumn } from "@/lib/portfolio/compare";
import type { ComparedResultDetails } from "@/lib/services/result-compare";
import { formatDate, structureName } from "../format";
import { respondentRoleLabelIn } from "../labels";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Column headings for every table of the comparison: the number says which result it is. */
export function columnHeadings(results: ComparedResultDetails[]): string[] {
  return results.map((result, index) => `${index + 1}. ${result.respondent}`);
}

/** Who answered, when, and what each result recommends: one column per result, the first being the baseline. */
export function ResultColumns({ results, columns }: { results: ComparedResultDetails[]; columns: ResultColumn[] }) {
  const t = useTranslations("Compare.columns");
  const locale = useLocale();
  const headings = columnHeadings(results);
  const rows: { label: string; cell: (result: ComparedResultDetails, index: number) => ReactNode }[] = [
    { label: t("organization"), cell: (result) => result.organizationName },
    { label: t("respondent"), cell: (result) => result.respondent },
    { label: t("role"), cell: (result) => respondentRoleLabelIn(result.respondentRole, locale) ?? <span className="text-muted">{t("notGiven")}</span> },
    { label: t("submitted"), cell: (result) => <time dateTime={result.submittedAt}>{formatDate(result.submittedAt, locale)}</time> },
    {
      label: t("recommendation"),
      cell: (result) => (
        <>
          <span className="font-semibold">{structureName(result.recommendation, locale)}</span>
          {result.overrideRecommendation ? <span className="block text-sm text-warn">{t("override", { structure: structureName(result.overrideRecommendation, locale) })}</span> : null}
        </>
      ),
    },
    { label: t("confidence"), cell: (_result, index) => (columns[index] ? <ConfidenceBadge level={columns[index].confidence} /> : null) },
    { label: t("lead"), cell: (_result, index) => (columns[index] ? t("points", { margin: columns[index].margin }) : null) },
    { label: t("modelVersion"), cell: (_result, index) => columns[index]?.modelVersion },
    { label: t("result"), cell: (result) => <Link href={`/workspace/results/${result.resultId}`}>{t("open")}</Link> },
  ];
  return (
    <ScrollRegion label={t("caption")}>
      <table className="w-full text-left text-sm" data-testid="compare-columns">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line">
          <tr>
            <td />
            {headings.map((heading, index) => (
              <th key={results[index]?.resultId ?? index} scope="col" className="py-2 pr-4 align-bottom font-semibold">
                {heading}
                {index === 0 ? <span className="block text-xs font-normal text-muted">{t("baseline")}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="py-2 pr-4 font-medium text-muted">
                {row.label}
              </th>
              {results.map((result, index) => (
                <td key={result.resultId} className="py-2 pr-4">
                  {row.cell(result, index)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
