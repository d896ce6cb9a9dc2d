/**
 * How the charts tell their series apart: a dark fill with enough contrast against white and
 * against each other, plus a pattern, so no reader needs to see colour to follow a chart.
 */
const FILLS = ["#1d4e89", "#0f766e", "#8a5a00", "#4a5a6e"] as const;

type PatternKind = "solid" | "stripes" | "dots" | "grid";
const PATTERNS: readonly PatternKind[] = ["solid", "stripes", "dots", "grid"];

export function seriesFill(prefix: string, index: number): string {
  return `url(#${prefix}-series-${index})`;
}

function PatternShapes({ kind }: { kind: PatternKind }) {
  switch (kind) {
    case "solid":
      return null;
    case "stripes":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="white" strokeOpacity="0.55" strokeWidth="1.5" />;
    case "dots":
      return <circle cx="4" cy="4" r="1.4" fill="white" fillOpacity="0.65" />;
    case "grid":
      return <path d="M0,4 h8 M4,0 v8" stroke="white" strokeOpacity="0.5" strokeWidth="1.2" />;
  }
}

/** One <pattern> per series; a chart renders these once in its own <defs>. */
export function SeriesPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => (
        <pattern key={index} id={`${prefix}-series-${index}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={FILLS[index % FILLS.length]} />
          <PatternShapes kind={PATTERNS[index % PATTERNS.length] ?? "solid"} />
        </pattern>
      ))}
    </defs>
  );
}

/** The legend's key: the chart's own pattern (ids resolve across the page's inline SVGs), in a small square. */
export function SeriesSwatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <rect width="16" height="16" rx="2" fill={seriesFill(prefix, index)} />
    </svg>
  );
}
