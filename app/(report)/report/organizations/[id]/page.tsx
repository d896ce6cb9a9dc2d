import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { PrintButton } from "@/components/report/print-button";
import { ReportLinks } from "@/components/report/report-links";
import { ReportView } from "@/components/report/report-view";
import { Notice } from "@/components/ui/notice";
import { loadForPage, recordIdOfPage } from "@/lib/http/load-for-page";
import { reportLanguageOfPage } from "@/lib/http/locale";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadOrganizationReport } from "@/lib/results/report";
import type { ReportModel } from "@/lib/report/model";
import { DomainError } from "@/lib/errors";
import "../../report-print.css";

/** An organization whose respondents all weigh nothing has no combined report: that is said on the page, not as an error. */
async function combinedOrNothing(work: Promise<ReportModel>): Promise<ReportModel | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && error.kind === "conflict") return null;
    throw error;
  }
}

/** One load per request for both the metadata and the page; access is checked by the service. */
const loadReport = cache(async (id: string, language: Locale | undefined) => {
  const actor = await requireSecondFactorReady(`/report/organizations/${encodeURIComponent(id)}`);
  return loadForPage(combinedOrNothing(loadOrganizationReport(actor, recordIdOfPage(id), { locale: language, fallbackLocale: await getLocale() })));
});

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const report = await loadReport(id, await reportLanguageOfPage(searchParams));
  const t = await getTranslations("ResultPage.pages");
  return { title: report?.meta.title ?? t("combinedReport"), robots: { index: false, follow: false } };
}

export default async function OrganizationReportPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const report = await loadReport(id, await reportLanguageOfPage(searchParams));
  const t = await getTranslations("ResultPage.pages");
  const back = <Link href={`/workspace/organizations/${encodeURIComponent(id)}`}>← {t("backToOrganization")}</Link>;
  if (!report) {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        {back}
        <Notice tone="warning" title={t("noCombinedTitle")}>
          {t("noCombinedBody")}
        </Notice>
      </div>
    );
  }
  return (
    <div>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        {back}
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton />
          <ReportLinks organizationId={id} showPrint={false} />
        </div>
      </div>
      <ReportView report={report} />
    </div>
  );
}
