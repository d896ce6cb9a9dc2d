/** Signed differences as text, so the direction never depends on colour alone. */
export function formatDelta(delta: number): string {
  if (delta === 0) return "no change";
  // A true minus sign: screen readers say "minus", and it lines up with the plus.
  return `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta).toFixed(1)}`;
}

export function Delta({ value }: { value: number | null }) {
  if (value === null) return null;
  return <span className={`block text-xs tabular-nums ${value === 0 ? "text-muted" : "font-semibold text-ink"}`}>{formatDelta(value)}</span>;
}
