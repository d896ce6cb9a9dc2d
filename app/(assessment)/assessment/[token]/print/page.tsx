import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PrintButton } from "@/components/report/print-button";
import { ReportLinks } from "@/components/report/report-links";
import { ReportView } from "@/components/report/report-view";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/http/load-for-page";
import { loadRespondentReport } from "@/lib/services/assessments";
import "../../../../(report)/report/report-print.css";

/** The respondent's print copy, reached by the assessment's private link, as the result page is. */
const loadReport = cache(async (token: string) => loadForPage(loadRespondentReport(await getActor(), token)));

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  const report = await loadReport(token);
  return { title: report.meta.title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function RespondentPrintPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await loadReport(token);
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
