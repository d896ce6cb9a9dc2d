/**
 * What a new engagement's form suggests for the texts its respondents read, written in the
 * engagement's language rather than the consultant's: a consultant reading English sets up a
 * German engagement for German readers.
 */
import { LOCALES, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { InvitationTexts } from "./invitation-texts";

export function invitationDefaultsIn(locale: Locale, organizationName: string): InvitationTexts {
  const t = translator(locale, "Engagements");
  return { name: t("form.defaultName"), message: t("form.defaultMessage", { organization: organizationName }) };
}

/** Every language's suggestions, for a form that lets the engagement's language change. */
export function invitationDefaults(organizationName: string): Record<Locale, InvitationTexts> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, invitationDefaultsIn(locale, organizationName)])) as Record<Locale, InvitationTexts>;
}
