/** "5 Dec 2026" as each language writes it, the short date the result pages and share links show. */
import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

/** In the server's time zone unless told; a due date is a UTC day. */
export function shortDate(iso: string, locale: Locale, timeZone?: "UTC"): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone });
}
