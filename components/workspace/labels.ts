/**
 * A client organization's profile and a respondent's role, named in a language: industries as the
 * questionnaire asks them, roles as the questionnaire's details step, size bands from the
 * Organization messages. Ids are what is stored; these are only how they read.
 */
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { industryOptionsIn, sizeBandOptionsIn, type ProfileOption } from "@/lib/portfolio/profile-labels";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

export type Option = ProfileOption;
export { industryOptionsIn, sizeBandOptionsIn };

export function roleOptionsIn(locale: Locale): Option[] {
  const t = translator(locale, "Questionnaire");
  return RESPONDENT_ROLES.map((role) => ({ id: role.id, label: t(`roles.${role.id}`) }));
}

function labelIn(options: Option[], id: string | null | undefined): string | null {
  return options.find((option) => option.id === id)?.label ?? null;
}

export function industryLabelIn(id: string | null | undefined, locale: Locale): string | null {
  return labelIn(industryOptionsIn(locale), id);
}

export function sizeBandLabelIn(id: string | null | undefined, locale: Locale): string | null {
  return labelIn(sizeBandOptionsIn(locale), id);
}

export function respondentRoleLabelIn(id: string | null | undefined, locale: Locale): string | null {
  return labelIn(roleOptionsIn(locale), id);
}
