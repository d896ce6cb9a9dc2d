/**
 * A report opened through a share link: who shared it and until when, downloads that use the
 * same link, and the report itself. Nothing here links into the rest of the app.
 */
import { PrintButton } from "@/components/report/print-button";
import { ReportView } from "@/components/report/report-view";
import { useLocale, useTranslations } from "next-intl";
import { shortDateIn as shortDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { SharedReport } from "@/lib/services/share-links";

export function sharedReportUrls(token: string) {
  const base = `/shared/${encodeURIComponent(token)}/report`;
  return { pdf: `${base}?format=pdf`, markdown: `${base}?format=md` };
}

export function SharedReportView({ shared, token }: { shared: SharedReport; token: string }) {
  const t = useTranslations("ShareLinks");
  const locale = useLocale() as Locale;
  const urls = sharedReportUrls(token);
  const link = "inline-flex items-center rounded-md border border-line bg-white px-3 py-1.5 text-sm font-semibold text-brand no-underline hover:border-brand";
  return (
    <div>
      <aside aria-label={t("aboutCopy")} className="no-print mb-8 rounded-md border border-brand/30 bg-brand-soft px-4 py-3" data-testid="shared-report-note">
        <p>
          {t.rich("sharedBy", {
            name: shared.sharedBy,
            date: shortDate(shared.expiresAt, locale),
            strong: (chunks) => <strong className="[overflow-wrap:anywhere]">{chunks}</strong>,
          })}
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <PrintButton />
          <a href={urls.pdf} download className={link} data-testid="shared-report-pdf">
            {t("downloadPdf")}
          </a>
          <a href={urls.markdown} download className={link} data-testid="shared-report-markdown">
            {t("downloadMarkdown")}
          </a>
        </div>
      </aside>
      <ReportView report={shared.report} />
    </div>
  );
}
