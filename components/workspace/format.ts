/** Display helpers shared by the workspace and "my assessments" pages. */
import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { StructureId } from "@/lib/scoring/types";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

export function formatDate(iso: string, locale: Locale = "en"): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric" });
}

/** Date and time in UTC, said so: reviewers in several time zones read the same trail. */
export function formatDateTime(iso: string, locale: Locale = "en"): string {
  return `${new Date(iso).toLocaleString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

export function personLabel(person: { name: string | null; email: string }): string {
  return person.name ? `${person.name} (${person.email})` : person.email;
}

export function structureName(id: StructureId): string {
  return STRUCTURES[id]?.name ?? id;
}

export function respondentRoleLabel(id: string | null): string | null {
  return RESPONDENT_ROLES.find((role) => role.id === id)?.label ?? null;
}
