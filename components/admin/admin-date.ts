import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

/** A day in the administration tables ("5 Dec 2026"), in UTC and the reader's language. */
export function adminDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
