import Link from "next/link";
import type { ReactNode } from "react";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import type { ResultColumn } from "@/lib/portfolio/compare";
import type { ComparedResultDetails } from "@/lib/services/result-compare";
import { formatDate, respondentRoleLabel, structureName } from "../format";

/** Column headings for every table of the comparison: the number says which result it is. */
export function columnHeadings(results: ComparedResultDetails[]): string[] {
  return results.map((result, index) => `${index + 1}. ${result.respondent}`);
}

/** Who answered, when, and what each result recommends: one column per result, the first being the baseline. */
export function ResultColumns({ results, columns }: { results: ComparedResultDetails[]; columns: ResultColumn[] }) {
  const headings = columnHeadings(results);
  const rows: { label: string; cell: (result: ComparedResultDetails, index: number) => ReactNode }[] = [
    { label: "Organization", cell: (result) => result.organizationName },
    { label: "Respondent", cell: (result) => result.respondent },
    { label: "Role", cell: (result) => respondentRoleLabel(result.respondentRole) ?? <span className="text-muted">Not given</span> },
    { label: "Submitted", cell: (result) => <time dateTime={result.submittedAt}>{formatDate(result.submittedAt)}</time> },
    {
      label: "Recommendation",
      cell: (result) => (
        <>
          <span className="font-semibold">{structureName(result.recommendation)}</span>
          {result.overrideRecommendation ? <span className="block text-sm text-warn">Consultant&apos;s override: {structureName(result.overrideRecommendation)}</span> : null}
        </>
      ),
    },
    { label: "Confidence", cell: (_result, index) => (columns[index] ? <ConfidenceBadge level={columns[index].confidence} /> : null) },
    { label: "Lead over the runner-up", cell: (_result, index) => (columns[index] ? `${columns[index].margin.toFixed(1)} points` : null) },
    { label: "Model version", cell: (_result, index) => columns[index]?.modelVersion },
    { label: "Result", cell: (result) => <Link href={`/workspace/results/${result.resultId}`}>Open the result</Link> },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="compare-columns">
        <caption className="sr-only">The results compared, the first being the baseline</caption>
        <thead className="border-b border-line">
          <tr>
            <td />
            {headings.map((heading, index) => (
              <th key={results[index]?.resultId ?? index} scope="col" className="py-2 pr-4 align-bottom font-semibold">
                {heading}
                {index === 0 ? <span className="block text-xs font-normal text-muted">Baseline</span> : null}
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
    </div>
  );
}
