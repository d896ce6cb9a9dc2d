import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

/** A token's dates as the workspace writes them ("5 Dec 2026"), in the reader's language. */
export function tokenDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric" });
}
