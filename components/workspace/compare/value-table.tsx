import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ValueRow } from "@/lib/portfolio/compare";
import { Delta } from "./difference";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Scores or dimension values, one column per result, each with its difference from the first
 * column; with three or more results a last column gives the spread across all of them.
 */
export function ValueTable<Id extends string>({
  caption,
  rowHeading,
  headings,
  rows,
  highlight,
  testId,
}: {
  caption: string;
  rowHeading: string;
  /** One heading per result, in column order. */
  headings: ReactNode[];
  rows: ValueRow<Id>[];
  /** Per column, the row to emphasise (the structure that result recommends). */
  highlight?: (Id | null)[];
  testId?: string;
}) {
  const t = useTranslations("Compare.valueTable");
  const format = useFormatter();
  const oneDecimal = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const showSpread = headings.length > 2;
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="mb-2 text-left text-sm text-muted">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {rowHeading}
            </th>
            {headings.map((heading, index) => (
              <th key={index} scope="col" className="py-2 pr-4 text-right font-semibold">
                {heading}
              </th>
            ))}
            {showSpread ? (
              <th scope="col" className="py-2 text-right font-semibold">
                {t("spread")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={cell.resultId} className={`py-2 pr-4 text-right tabular-nums ${highlight?.[index] === row.id ? "font-bold" : ""}`}>
                  {cell.value === null ? <span className="text-muted">{t("notInformed")}</span> : oneDecimal(cell.value)}
                  <Delta value={cell.delta} />
                </td>
              ))}
              {showSpread ? <td className="py-2 text-right tabular-nums">{row.spread === null ? "" : oneDecimal(row.spread)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
