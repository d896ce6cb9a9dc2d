import { useLocale, useTranslations } from "next-intl";
import { shortDateIn as shortDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";


/** The line above the respondent's own result: whose company, when, by whom, and which questionnaire and model scored it. */
export function RespondentResultHeading({
  organizationName,
  respondentName,
  submittedAt,
  questionnaireVersion,
  modelVersion,
}: {
  organizationName?: string;
  respondentName?: string;
  submittedAt: string;
  questionnaireVersion: string;
  modelVersion: string;
}) {
  const t = useTranslations("ResultPage.heading");
  const locale = useLocale() as Locale;
  return (
    <p className="mb-4 text-sm text-muted">
      {organizationName ? <strong className="text-ink">{organizationName}</strong> : t("yourCompany")} ·{" "}
      {respondentName ? t("submittedBy", { date: shortDate(submittedAt, locale), name: respondentName }) : t("submitted", { date: shortDate(submittedAt, locale) })} ·{" "}
      {t("versions", { questionnaire: questionnaireVersion, model: modelVersion })}
    </p>
  );
}
