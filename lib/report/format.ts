/** Small formatters the report builder and the pages share: dates, points, percentages, counts, file names. */
import type { ConfidenceLevel } from "../scoring/types";

const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  high: "High confidence",
  moderate: "Moderate confidence",
  low: "Low confidence",
};

export function confidenceLabel(level: ConfidenceLevel): string {
  return CONFIDENCE_LABELS[level];
}

/** "12 March 2026", in UTC so a report reads the same whichever server renders it. */
export function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function points(value: number): string {
  return value.toFixed(1);
}

/**
 * A criterion's lead in points, signed. Contributions are stored rounded per structure, so a
 * lead the model counted can show as a difference of 0.0; it is shown as under 0.1 instead.
 */
export function leadPoints(value: number): string {
  return value < 0.05 ? "+<0.1" : `+${points(value)}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const MAX_SLUG = 60;

/**
 * A file name safe in a Content-Disposition header and on every file system: lower-case ASCII
 * letters, digits and hyphens only. Accents are folded ("Café" → "cafe"); anything else (Arabic,
 * emoji, quotes, slashes, control characters) is dropped.
 */
export function asciiSlug(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return folded.slice(0, MAX_SLUG).replace(/-+$/g, "");
}

export function reportFileBaseName(organizationName: string | null, generatedAt: string, prefix = "rolefit-report"): string {
  const slug = organizationName ? asciiSlug(organizationName) : "";
  const date = generatedAt.slice(0, 10).replace(/[^0-9-]/g, "");
  return [prefix, slug, date].filter((part) => part.length > 0).join("-");
}

/** "1 result", "3 results": a count with its noun in the matching number. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
