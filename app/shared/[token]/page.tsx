import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { SharedReportView } from "@/components/report/share/shared-report-view";
import { loadForPage } from "@/lib/http/load-for-page";
import { openSharedReport } from "@/lib/services/share-links";
import "../../(report)/report/report-print.css";

/**
 * One opening per request for the metadata and the page, so a visit counts once. Rendered on
 * every request, never cached: each opening is counted and a revocation applies at once.
 */
const openReport = cache(async (token: string) => {
  await connection();
  return loadForPage(openSharedReport(token));
});

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  const { report } = await openReport(token);
  return { title: report.meta.title };
}

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SharedReportView shared={await openReport(token)} token={token} />;
}
