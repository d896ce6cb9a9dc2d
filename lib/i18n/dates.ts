/** Dates as each language writes them in running text. English follows the product's British style ("5 December 2026"). */
import type { Locale } from "./locales";

/** The Intl locale each language formats dates with. */
export const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR" };

export function longDateIn(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
