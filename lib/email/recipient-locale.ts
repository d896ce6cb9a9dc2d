import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

/**
 * The language of an email to someone with an account: their own setting; until they choose one,
 * the language of the organization the email is about; else English. A value that is not a
 * language we speak is skipped, as on pages.
 */
export function recipientLocale(userSetting: string | null | undefined, organizationLanguage?: string | null): Locale {
  if (isLocale(userSetting)) return userSetting;
  return isLocale(organizationLanguage) ? organizationLanguage : DEFAULT_LOCALE;
}
