/**
 * The plain-text emails about a person's own access: the password-reset link an administrator
 * issues, and the private link to an assessment that a respondent asks to be emailed.
 */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";

export interface PlainEmail {
  subject: string;
  text: string;
}

export function passwordResetEmail(input: { url: string; expiresAt: Date; minutes: number; locale: Locale }): PlainEmail {
  const { url, expiresAt, minutes, locale } = input;
  const t = translator(locale, "AccountEmail");
  const time = expiresAt.toISOString().slice(11, 16);
  return { subject: t("resetSubject"), text: [t("hello"), "", t("resetIssued"), "", url, "", t("resetExpiry", { minutes, time }), t("resetIgnore")].join("\n") };
}

/** retentionDays: how long an unsubmitted anonymous draft is kept, or null when that does not apply. */
export function assessmentLinkEmail(input: { url: string; submitted: boolean; retentionDays: number | null; locale: Locale }): PlainEmail {
  const { url, submitted, retentionDays, locale } = input;
  const t = translator(locale, "AccountEmail");
  return {
    subject: submitted ? t("linkSubjectResult") : t("linkSubjectDraft"),
    text: [
      submitted ? t("linkResult") : t("linkDraft"),
      "",
      url,
      "",
      ...(retentionDays === null ? [] : [t("linkRetention", { days: retentionDays })]),
      t("linkPrivate"),
      t("linkIgnore"),
    ].join("\n"),
  };
}
