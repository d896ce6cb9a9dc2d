import { useFormatter, useTranslations } from "next-intl";

/** Signed differences as text, so the direction never depends on colour alone. */
export function Delta({ value }: { value: number | null }) {
  const t = useTranslations("Compare.valueTable");
  const format = useFormatter();
  if (value === null) return null;
  // A true minus sign: screen readers say "minus", and it lines up with the plus.
  const text = value === 0 ? t("noChange") : `${value > 0 ? "+" : "\u2212"}${format.number(Math.abs(value), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
  return <span className={`block text-xs tabular-nums ${value === 0 ? "text-muted" : "font-semibold text-ink"}`}>{text}</span>;
}
