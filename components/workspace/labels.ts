/**
 * A client organization's profile and a respondent's role, named in a language: industries as the
 * questionnaire asks them, roles as the questionnaire's details step, size bands from the
 * Organization messages. Ids are what is stored; these are only how they read.
 */
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { allQuestions } from "@/lib/questionnaire/skip";
import { questionnaireIn } from "@/lib/questionnaire/localize";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";

export interface Option {
  id: string;
  label: string;
}

export function industryOptionsIn(locale: Locale): Option[] {
  const question = allQuestions(questionnaireIn(locale)).find((candidate) => candidate.id === "industry");
  const labels = new Map(question && question.type === "single" ? question.options.map((option) => [option.id, option.label]) : []);
  return ORGANIZATION_INDUSTRIES.map((industry) => ({ id: industry.id, label: labels.get(industry.id) ?? industry.label }));
}

export function sizeBandOptionsIn(locale: Locale): Option[] {
  const t = translator(locale, "Organization");
  return ORGANIZATION_SIZE_BANDS.map((band) => ({ id: band.id, label: t(`sizeBands.${band.id}`) }));
}

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
