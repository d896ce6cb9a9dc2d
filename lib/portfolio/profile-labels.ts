/**
 * A client organization's profile named in a language: industries as the questionnaire asks them,
 * size bands from the Organization messages. Ids are what is stored; these are how they read.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { questionnaireIn } from "../questionnaire/localize";
import { allQuestions } from "../questionnaire/skip";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "../validation/organizations";

export interface ProfileOption {
  id: string;
  label: string;
}

export function industryOptionsIn(locale: Locale): ProfileOption[] {
  const question = allQuestions(questionnaireIn(locale)).find((candidate) => candidate.id === "industry");
  const labels = new Map(question && question.type === "single" ? question.options.map((option) => [option.id, option.label]) : []);
  return ORGANIZATION_INDUSTRIES.map((industry) => ({ id: industry.id, label: labels.get(industry.id) ?? industry.id }));
}

export function sizeBandOptionsIn(locale: Locale): ProfileOption[] {
  const t = translator(locale, "Organization");
  return ORGANIZATION_SIZE_BANDS.map((band) => ({ id: band.id, label: t(`sizeBands.${band.id}`) }));
}
