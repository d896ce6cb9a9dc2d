import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PrintButton } from "@/components/report/print-button";
import { ReportLinks } from "@/components/report/report-links";
import { ReportView } from "@/components/report/report-view";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/http/load-for-page";
import { reportLanguageOfPage } from "@/lib/http/locale";
import type { Locale } from "@/lib/i18n/locales";
import { loadRespondentReport } from "@/lib/services/assessments";
import "../../../../(report)/report/report-print.css";

/** The respondent's print copy, reached by the assessment's private link, as the result page is. */
const loadReport = cache(async (token: string, language: Locale | undefined) =>
  loadForPage(loadRespondentReport(await getActor(), token, { locale: language, fallbackLocale: await getLocale() })),
);

interface PageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { token } = await params;
  const report = await loadReport(token, await reportLanguageOfPage(searchParams));
  return { title: report.meta.title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function RespondentPrintPage({ params, searchParams }: PageProps) {
  const { token } = await params;
  const report = await loadReport(token, await reportLanguageOfPage(searchParams));
  const t = await getTranslations("ResultPage.pages");
  return (
    <div>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/assessment/${encodeURIComponent(token)}/result`}>← {t("backToResult")}</Link>
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton />
          <ReportLinks token={token} showPrint={false} />
        </div>
      </div>
      <ReportView report={report} />
    </div>
  );
}
