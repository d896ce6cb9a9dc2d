import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { SharedReportView } from "@/components/report/share/shared-report-view";
import { getLocale } from "next-intl/server";
import { loadForPage } from "@/lib/http/load-for-page";
import { reportLanguageOfPage } from "@/lib/http/locale";
import type { Locale } from "@/lib/i18n/locales";
import { openSharedReport } from "@/lib/services/share-links";
import "../../(report)/report/report-print.css";

/**
 * One opening per request for the metadata and the page, so a visit counts once. Rendered on
 * every request, never cached: each opening is counted and a revocation applies at once.
 */
const openReport = cache(async (token: string, language: Locale | undefined) => {
  await connection();
  return loadForPage(openSharedReport(token, { locale: language, fallbackLocale: await getLocale() }));
});

interface PageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { token } = await params;
  const { report } = await openReport(token, await reportLanguageOfPage(searchParams));
  return { title: report.meta.title };
}

export default async function SharedReportPage({ params, searchParams }: PageProps) {
  const { token } = await params;
  return <SharedReportView shared={await openReport(token, await reportLanguageOfPage(searchParams))} token={token} />;
}
