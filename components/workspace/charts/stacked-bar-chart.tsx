/**
 * Horizontal stacked bars drawn on the server as SVG: one bar per group, one segment per
 * series, bar lengths on one shared scale so groups compare by size as well as by mix. The
 * same figures follow as a table, and the SVG carries a text summary for screen readers.
 */
import { useTranslations } from "next-intl";
import { SeriesPatterns, SeriesSwatch, seriesFill } from "./series-style";
import { ScrollRegion } from "@/components/ui/scroll-region";

export interface ChartSeries {
  id: string;
  label: string;
}

export interface ChartRow {
  id: string;
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
}

interface Props {
  id: string;
  title: string;
  /** A value with what it counts, in the page's language ("1 organization", "3 organizations"). */
  unit: (count: number) => string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
}

const LABEL_WIDTH = 250;
const BAR_WIDTH = 400;
const TOTAL_WIDTH = 60;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;

function total(row: ChartRow): number {
  return row.values.reduce((sum, value) => sum + value, 0);
}

function rowSummary(row: ChartRow, series: readonly ChartSeries[], unit: (count: number) => string): string {
  const parts = series.flatMap((item, index) => ((row.values[index] ?? 0) > 0 ? [`${item.label} ${row.values[index]}`] : []));
  return `${row.label}: ${unit(total(row))}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}.`;
}

/** Where each non-empty segment of a row starts and how long it is, in chart units. */
function segments(row: ChartRow, largest: number): { index: number; value: number; x: number; width: number }[] {
  const placed: { index: number; value: number; x: number; width: number }[] = [];
  let x = LABEL_WIDTH;
  row.values.forEach((value, index) => {
    if (value <= 0) return;
    const width = (value / largest) * BAR_WIDTH;
    placed.push({ index, value, x, width });
    x += width;
  });
  return placed;
}

export function StackedBarChart({ id, title, unit, series, rows }: Props) {
  const t = useTranslations("Portfolio.chart");
  const largest = Math.max(1, ...rows.map(total));
  const height = rows.length * ROW_HEIGHT + 8;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="space-y-3" data-testid={`chart-${id}`}>
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={t("key")}>
        {series.map((item, index) => (
          <li key={item.id} className="flex items-center gap-2">
            <SeriesSwatch prefix={id} index={index} />
            {item.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH} ${height}`} className="h-auto w-full" role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{rows.map((row) => rowSummary(row, series, unit)).join(" ")}</desc>
        <SeriesPatterns prefix={id} count={series.length} />
        {rows.map((row, rowIndex) => {
          const y = rowIndex * ROW_HEIGHT + 4;
          const placed = segments(row, largest);
          const end = placed.reduce((right, segment) => Math.max(right, segment.x + segment.width), LABEL_WIDTH);
          return (
            <g key={row.id}>
              <text x={LABEL_WIDTH - 10} y={y + BAR_HEIGHT - 4} textAnchor="end" fontSize="13" fill="#0f1f33">
                {row.label}
              </text>
              {placed.map((segment) => (
                <rect key={segment.index} x={segment.x} y={y} width={segment.width} height={BAR_HEIGHT} fill={seriesFill(id, segment.index)} stroke="white" strokeWidth="1">
                  <title>{`${row.label}, ${series[segment.index]?.label ?? ""}: ${unit(segment.value)}`}</title>
                </rect>
              ))}
              <text x={end + 8} y={y + BAR_HEIGHT - 4} fontSize="13" fontWeight="600" fill="#0f1f33">
                {total(row)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand">{t("asTable", { title })}</summary>
        <ScrollRegion label={t("caption", { title })} className="mt-2">
          <table className="w-full text-left">
            <caption className="sr-only">{t("caption", { title })}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="py-1.5 pr-4 font-semibold">
                  {t("group")}
                </th>
                {series.map((item) => (
                  <th key={item.id} scope="col" className="py-1.5 pr-4 text-right font-semibold">
                    {item.label}
                  </th>
                ))}
                <th scope="col" className="py-1.5 text-right font-semibold">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="py-1.5 pr-4 font-normal">
                    {row.label}
                  </th>
                  {series.map((item, index) => (
                    <td key={item.id} className="py-1.5 pr-4 text-right tabular-nums">
                      {row.values[index] ?? 0}
                    </td>
                  ))}
                  <td className="py-1.5 text-right font-semibold tabular-nums">{total(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
