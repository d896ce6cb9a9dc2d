/** Small formatters the report builder and the pages share: dates, points, percentages, counts, file names. */
import { longDateIn } from "../i18n/dates";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { ConfidenceLevel } from "../scoring/types";

export function confidenceLabel(level: ConfidenceLevel, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "Report")(`confidence.${level}`);
}

/**
 * Text that goes inside parentheses, its own parentheses made square brackets, as typesetting does
 * in English, German and French: "Chloé Martin (Technology executive [CIO, CTO, CDO])", never
 * "(… (CIO, CTO, CDO))". Role labels carry their abbreviation in parentheses ("DSI (CIO)").
 */
export function insideParentheses(text: string): string {
  return text.replaceAll("(", "[").replaceAll(")", "]");
}

/** "12 March 2026", in UTC so a report reads the same whichever server renders it. */
export function longDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return longDateIn(iso, locale);
}

/** A label inside a sentence: its first letter lower case ("High confidence" → "high confidence"; German nouns after it keep their capital). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const ONE_DECIMAL: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** "61.2" in English, "61,2" in German and French. */
export function points(value: number, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === "en") return value.toFixed(1);
  ONE_DECIMAL[locale] ??= new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return ONE_DECIMAL[locale].format(value);
}

/**
 * A criterion's lead in points, signed. Contributions are stored rounded per structure, so a
 * lead the model counted can show as a difference of 0.0; it is shown as under 0.1 instead.
 */
export function leadPoints(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return value < 0.05 ? `+<${points(0.1, locale)}` : `+${points(value, locale)}`;
}

/** A share as whole percent: "83%" in English, "83 %" in German and French, spaced as Intl spaces it. */
export function percent(share: number, locale: Locale = DEFAULT_LOCALE): string {
  const whole = Math.round(share * 100);
  return locale === "en" ? `${whole}%` : new Intl.NumberFormat(locale, { style: "percent" }).format(whole / 100);
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
