import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { ReportView } from "@/components/report/report-view";
import { ReportLinks } from "@/components/report/report-links";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { reportLanguageOfPage } from "@/lib/http/locale";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadResultReport } from "@/lib/results/report";
import { PrintButton } from "@/components/report/print-button";
import "../../report-print.css";

/** One load per request for both the metadata and the page; access is checked by the service. */
const loadReport = cache(async (id: string, language: Locale | undefined) => {
  const actor = await requireSecondFactorReady(`/report/results/${encodeURIComponent(id)}`);
  return loadForPage(loadResultReport(actor, recordIdOfPage(id), { locale: language, fallbackLocale: await getLocale() }));
});

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const report = await loadReport(id, await reportLanguageOfPage(searchParams));
  return { title: report.meta.title, robots: { index: false, follow: false } };
}

export default async function ReportPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const report = await loadReport(id, await reportLanguageOfPage(searchParams));
  const t = await getTranslations("ResultPage.pages");
  return (
    <div>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/my/results/${encodeURIComponent(id)}`}>← {t("backToResult")}</Link>
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton />
          <ReportLinks resultId={id} showPrint={false} />
        </div>
      </div>
      <ReportView report={report} />
    </div>
  );
}
