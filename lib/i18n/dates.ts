/** Dates as each language writes them in running text. English follows the product's British style ("5 December 2026"). */
import type { Locale } from "./locales";

/** The Intl locale each language formats dates with. */
export const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR" };

export function longDateIn(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** "5 Dec 2026", the short date of lists and cards: in the server's time zone unless told; a due date is a UTC day. */
export function shortDateIn(iso: string, locale: Locale, timeZone?: "UTC"): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone });
}
