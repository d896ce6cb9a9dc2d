import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/components/workspace/format";
import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { EngagementSummary } from "@/lib/services/engagements";

export function EngagementStatusText({ engagement }: { engagement: Pick<EngagementSummary, "status" | "closedAt" | "closedReason"> }) {
  const t = useTranslations("Engagements.status");
  const locale = useLocale();
  if (engagement.status === "open") return <span>{t("open")}</span>;
  const atDue = engagement.closedReason === "due_date";
  if (!engagement.closedAt) return <span>{atDue ? t("closedAtDue") : t("closed")}</span>;
  const date = formatDate(engagement.closedAt, locale);
  return <span>{atDue ? t("closedAtDueOn", { date }) : t("closedOn", { date })}</span>;
}

/** Due dates are whole UTC days (the end of the day): shown in UTC so no reader sees the day after. */
export function formatDueDate(iso: string, locale: Locale = "en"): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
