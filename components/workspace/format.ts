/** Display helpers shared by the workspace and "my assessments" pages, in the page's language (English when not given). */
import { DATE_LOCALE, shortDateIn } from "@/lib/i18n/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { structuresIn } from "@/lib/scoring/translations/localize";
import type { StructureId } from "@/lib/scoring/types";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return shortDateIn(iso, locale);
}

/** Date and time in UTC, said so: reviewers in several time zones read the same trail. */
export function formatDateTime(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${new Date(iso).toLocaleString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

export function personLabel(person: { name: string | null; email: string }): string {
  return person.name ? `${person.name} (${person.email})` : person.email;
}

export function structureName(id: StructureId, locale: Locale = DEFAULT_LOCALE): string {
  return structuresIn(locale)[id]?.name ?? id;
}

/** English only: pages in another language use the labels of components/workspace/labels.ts. */
export function respondentRoleLabel(id: string | null): string | null {
  return RESPONDENT_ROLES.find((role) => role.id === id)?.label ?? null;
}
