/**
 * A result's organization against comparable organizations of the consultant's portfolio: per
 * dimension, the peers' spread as a box (middle half), whiskers (lowest to highest) and median,
 * with this organization as a diamond. The numbers follow as a table.
 */
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PeerDimension } from "@/lib/portfolio/peer-benchmark";
import type { ResultPeerBenchmark } from "@/lib/services/organization-insights";

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

function placement(dimension: PeerDimension): string {
  if (!dimension.stats) return `${dimension.label}: fewer than the required number of peers have a value, so no spread is shown.`;
  const { min, q1, median, q3, max } = dimension.stats;
  const own = dimension.value === null ? "this organization has no value" : `this organization ${dimension.value.toFixed(1)}, percentile ${dimension.percentile}`;
  return `${dimension.label}: peers from ${min} to ${max}, middle half ${q1} to ${q3}, median ${median}; ${own}.`;
}

function BoxRow({ dimension, y }: { dimension: PeerDimension; y: number }) {
  const middle = y + ROW_HEIGHT / 2;
  const { stats, value } = dimension;
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
          Too few peers on this dimension
        </text>
      )}
      {value !== null ? <Diamond x={xOf(value)} y={middle} /> : null}
    </g>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Key">
      <li className="flex items-center gap-2">
        <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
          <rect x="1" y="2" width="24" height="12" fill="#e6eef8" stroke={BRAND} strokeWidth="1.5" />
          <line x1="13" x2="13" y1="2" y2="14" stroke={BRAND} strokeWidth="3" />
        </svg>
        Middle half of peers, with the median
      </li>
      <li className="flex items-center gap-2">
        <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
          <line x1="1" x2="25" y1="8" y2="8" stroke={MUTED} strokeWidth="1.5" />
          <line x1="1.5" x2="1.5" y1="3" y2="13" stroke={MUTED} strokeWidth="1.5" />
          <line x1="24.5" x2="24.5" y1="3" y2="13" stroke={MUTED} strokeWidth="1.5" />
        </svg>
        Lowest to highest peer
      </li>
      <li className="flex items-center gap-2">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <Diamond x={8} y={8} />
        </svg>
        This organization
      </li>
    </ul>
  );
}

function BenchmarkTable({ dimensions }: { dimensions: PeerDimension[] }) {
  const cell = "py-1.5 pr-4 text-right tabular-nums";
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">This organization and its peers on each dimension, 0 to 100</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            {["Dimension", "This organization", "Percentile", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest", "Peers"].map((heading, index) => (
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
              <td className={cell}>{dimension.value === null ? "no value" : dimension.value.toFixed(1)}</td>
              <td className={cell}>{dimension.percentile ?? "n/a"}</td>
              {dimension.stats ? (
                [dimension.stats.min, dimension.stats.q1, dimension.stats.median, dimension.stats.q3, dimension.stats.max].map((value, index) => (
                  <td key={index} className={cell}>
                    {value.toFixed(1)}
                  </td>
                ))
              ) : (
                <td colSpan={5} className="py-1.5 pr-4 text-right text-muted">
                  too few peers with a value
                </td>
              )}
              <td className={cell}>{dimension.peers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function groupName(data: ResultPeerBenchmark): string {
  const { sizeBandLabel, industryLabel } = data.group;
  return [industryLabel, sizeBandLabel ? sizeBandLabel.charAt(0).toLowerCase() + sizeBandLabel.slice(1) : null].filter(Boolean).join(", ");
}

function Body({ data }: { data: ResultPeerBenchmark }) {
  const { benchmark } = data;
  if (benchmark.status === "hidden") {
    return (
      <div className="space-y-3">
        <Notice tone="info" title={benchmark.reason === "no_profile" ? "No peer group for this result" : "Fewer than five comparable organizations"}>
          {benchmark.reason === "no_profile"
            ? "This result has no size band or industry, so it cannot be compared with organizations like it."
            : `The benchmark appears once at least ${benchmark.minimum} other organizations in your portfolio share this size band and industry (${groupName(data)}), so that no single client can be recognized in it.`}
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
        {benchmark.peerCount} other organizations: {groupName(data)}. Values from 0 to 100 show how strongly the answers express each dimension.
      </figcaption>
      <Legend />
      <svg viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN} ${height}`} className="h-auto w-full" role="img" aria-labelledby="peer-benchmark-title peer-benchmark-desc">
        <title id="peer-benchmark-title">This organization against {benchmark.peerCount} comparable organizations</title>
        <desc id="peer-benchmark-desc">{benchmark.dimensions.map(placement).join(" ")}</desc>
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
        <summary className="cursor-pointer font-medium text-brand">The figures as a table</summary>
        <BenchmarkTable dimensions={benchmark.dimensions} />
      </details>
      <p className="text-sm text-muted">{benchmark.rule}</p>
    </figure>
  );
}

/** For the result page: the benchmark, or why it is not shown. */
export function PeerBenchmark({ data }: { data: ResultPeerBenchmark }) {
  return (
    <section aria-labelledby="peer-benchmark-heading">
      <Card>
        <SectionHeading id="peer-benchmark-heading" lead="How this organization's dimension values sit among comparable organizations in your portfolio.">
          Against comparable organizations
        </SectionHeading>
        <Body data={data} />
      </Card>
    </section>
  );
}
