/**
 * A result's organization against comparable organizations of the consultant's portfolio: per
 * dimension, the peers' spread as a box (middle half), whiskers (lowest to highest) and median,
 * with this organization as a diamond. The numbers follow as a table.
 */
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PeerDimension } from "@/lib/portfolio/peer-benchmark";
import type { ResultPeerBenchmark } from "@/lib/services/organization-insights";
import { ScrollRegion } from "@/components/ui/scroll-region";

const LABEL_WIDTH = 190;
const PLOT_WIDTH = 420;
const RIGHT_MARGIN = 20;
const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 22;
const INK = "#0f1f33";
const BRAND = "#1d4e89";
const MUTED = "#4a5a6e";

function xOf(value: number): number {
  return LABEL_WIDTH + (value / 100) * PLOT_WIDTH;
}

function Diamond({ x, y, size = 7 }: { x: number; y: number; size?: number }) {
  return <path d={`M${x},${y - size} L${x + size},${y} L${x},${y + size} L${x - size},${y} Z`} fill={INK} stroke="white" strokeWidth="1.5" />;
}

type Translate = ReturnType<typeof useTranslations<"Portfolio.peers">>;

function placement(dimension: PeerDimension, t: Translate): string {
  if (!dimension.stats) return t("placementTooFew", { dimension: dimension.label });
  const { min, q1, median, q3, max } = dimension.stats;
  const own = dimension.value === null ? t("ownNone") : t("own", { value: dimension.value, percentile: dimension.percentile ?? 0 });
  return t("placement", { dimension: dimension.label, min, max, q1, q3, median, own });
}

function BoxRow({ dimension, y }: { dimension: PeerDimension; y: number }) {
  const middle = y + ROW_HEIGHT / 2;
  const { stats, value } = dimension;
  const t = useTranslations("Portfolio.peers");
  return (
    <g>
      <text x={LABEL_WIDTH - 10} y={middle + 4} textAnchor="end" fontSize="13" fill={INK}>
        {dimension.label}
      </text>
      <line x1={xOf(0)} x2={xOf(100)} y1={middle} y2={middle} stroke="#d5dde7" strokeWidth="1" />
      {stats ? (
        <>
          <line x1={xOf(stats.min)} x2={xOf(stats.max)} y1={middle} y2={middle} stroke={MUTED} strokeWidth="1.5" />
          <line x1={xOf(stats.min)} x2={xOf(stats.min)} y1={middle - 6} y2={middle + 6} stroke={MUTED} strokeWidth="1.5" />
          <line x1={xOf(stats.max)} x2={xOf(stats.max)} y1={middle - 6} y2={middle + 6} stroke={MUTED} strokeWidth="1.5" />
          <rect x={xOf(stats.q1)} y={middle - 9} width={Math.max(1, xOf(stats.q3) - xOf(stats.q1))} height={18} fill="#e6eef8" stroke={BRAND} strokeWidth="1.5" />
          <line x1={xOf(stats.median)} x2={xOf(stats.median)} y1={middle - 9} y2={middle + 9} stroke={BRAND} strokeWidth="3" />
        </>
      ) : (
        <text x={xOf(50)} y={middle + 4} textAnchor="middle" fontSize="12" fill={MUTED}>
          {t("tooFewOnDimension")}
        </text>
      )}
      {value !== null ? <Diamond x={xOf(value)} y={middle} /> : null}
    </g>
  );
}

function Legend() {
  const t = useTranslations("Portfolio.peers");
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={t("key")}>
      <li className="flex items-center gap-2">
        <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
          <rect x="1" y="2" width="24" height="12" fill="#e6eef8" stroke={BRAND} strokeWidth="1.5" />
          <line x1="13" x2="13" y1="2" y2="14" stroke={BRAND} strokeWidth="3" />
        </svg>
        {t("middleHalf")}
      </li>
      <li className="flex items-center gap-2">
        <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
          <line x1="1" x2="25" y1="8" y2="8" stroke={MUTED} strokeWidth="1.5" />
          <line x1="1.5" x2="1.5" y1="3" y2="13" stroke={MUTED} strokeWidth="1.5" />
          <line x1="24.5" x2="24.5" y1="3" y2="13" stroke={MUTED} strokeWidth="1.5" />
        </svg>
        {t("lowestToHighest")}
      </li>
      <li className="flex items-center gap-2">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <Diamond x={8} y={8} />
        </svg>
        {t("thisOrganization")}
      </li>
    </ul>
  );
}

function BenchmarkTable({ dimensions }: { dimensions: PeerDimension[] }) {
  const t = useTranslations("Portfolio.peers");
  const format = useFormatter();
  const oneDecimal = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const cell = "py-1.5 pr-4 text-right tabular-nums";
  return (
    <ScrollRegion label={t("tableCaption")} className="mt-2">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            {[t("columns.dimension"), t("columns.organization"), t("columns.percentile"), t("columns.lowest"), t("columns.lowerQuartile"), t("columns.median"), t("columns.upperQuartile"), t("columns.highest"), t("columns.peers")].map((heading, index) => (
              <th key={heading} scope="col" className={`py-1.5 pr-4 font-semibold ${index > 0 ? "text-right" : ""}`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {dimensions.map((dimension) => (
            <tr key={dimension.dimensionId}>
              <th scope="row" className="py-1.5 pr-4 font-normal">
                {dimension.label}
              </th>
              <td className={cell}>{dimension.value === null ? t("noValue") : oneDecimal(dimension.value)}</td>
              <td className={cell}>{dimension.percentile ?? t("notApplicable")}</td>
              {dimension.stats ? (
                [dimension.stats.min, dimension.stats.q1, dimension.stats.median, dimension.stats.q3, dimension.stats.max].map((value, index) => (
                  <td key={index} className={cell}>
                    {oneDecimal(value)}
                  </td>
                ))
              ) : (
                <td colSpan={5} className="py-1.5 pr-4 text-right text-muted">
                  {t("tooFewWithValue")}
                </td>
              )}
              <td className={cell}>{dimension.peers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "Software, 1 to 49 employees": the size band reads on after the industry. */
function groupName(data: ResultPeerBenchmark, lowerCaseSize: boolean): string {
  const { sizeBandLabel, industryLabel } = data.group;
  const size = sizeBandLabel && lowerCaseSize ? sizeBandLabel.charAt(0).toLowerCase() + sizeBandLabel.slice(1) : sizeBandLabel;
  return [industryLabel, size].filter(Boolean).join(", ");
}

function Body({ data }: { data: ResultPeerBenchmark }) {
  const { benchmark } = data;
  const t = useTranslations("Portfolio.peers");
  // German nouns keep their capital.
  const group = groupName(data, useLocale() !== "de");
  if (benchmark.status === "hidden") {
    return (
      <div className="space-y-3">
        <Notice tone="info" title={benchmark.reason === "no_profile" ? t("noGroup") : t("tooFew")}>
          {benchmark.reason === "no_profile"
            ? t("noGroupBody")
            : t("tooFewBody", { minimum: benchmark.minimum, group })}
        </Notice>
        <p className="text-sm text-muted">{benchmark.rule}</p>
      </div>
    );
  }
  const height = benchmark.dimensions.length * ROW_HEIGHT + AXIS_HEIGHT;
  const axisY = benchmark.dimensions.length * ROW_HEIGHT + 4;
  return (
    <figure className="space-y-3" data-testid="peer-benchmark">
      <figcaption className="text-sm text-muted">
        {t("caption", { count: benchmark.peerCount, group })}
      </figcaption>
      <Legend />
      <svg viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN} ${height}`} className="h-auto w-full" role="img" aria-labelledby="peer-benchmark-title peer-benchmark-desc">
        <title id="peer-benchmark-title">{t("title", { count: benchmark.peerCount })}</title>
        <desc id="peer-benchmark-desc">{benchmark.dimensions.map((dimension) => placement(dimension, t)).join(" ")}</desc>
        {benchmark.dimensions.map((dimension, index) => (
          <BoxRow key={dimension.dimensionId} dimension={dimension} y={index * ROW_HEIGHT} />
        ))}
        {[0, 25, 50, 75, 100].map((tick) => (
          <text key={tick} x={xOf(tick)} y={axisY + 12} textAnchor="middle" fontSize="11" fill={MUTED}>
            {tick}
          </text>
        ))}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand">{t("asTable")}</summary>
        <BenchmarkTable dimensions={benchmark.dimensions} />
      </details>
      <p className="text-sm text-muted">{benchmark.rule}</p>
    </figure>
  );
}

/** For the result page: the benchmark, or why it is not shown. */
export function PeerBenchmark({ data }: { data: ResultPeerBenchmark }) {
  const t = useTranslations("Portfolio.peers");
  return (
    <section aria-labelledby="peer-benchmark-heading">
      <Card>
        <SectionHeading id="peer-benchmark-heading" lead={t("lead")}>
          {t("heading")}
        </SectionHeading>
        <Body data={data} />
      </Card>
    </section>
  );
}
