"use client";
/**
 * Links to a result's or an organization's report: PDF and Markdown downloads and the print page,
 * in the language chosen here. Plain links, so the browser handles the download and the route
 * handler checks access on every request. Without a choice the server decides: the
 * organization's language, else the reader's.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";

/** Whose report: one result, an organization's combined view (or one engagement's), or the result behind an assessment's private link. */
export type ReportTarget = { resultId: string } | { organizationId: string; engagementId?: string } | { token: string };

export function reportUrls(target: ReportTarget, language: Locale | null = null) {
  const lang = language ? `&lang=${language}` : "";
  const printQuery = language ? `?lang=${language}` : "";
  if ("token" in target) {
    const base = `/assessment/${encodeURIComponent(target.token)}`;
    return { pdf: `${base}/report?format=pdf${lang}`, markdown: `${base}/report?format=md${lang}`, print: `${base}/print${printQuery}` };
  }
  const [api, page, id] =
    "resultId" in target
      ? ["/api/v1/results", "/report/results", encodeURIComponent(target.resultId)]
      : ["/api/v1/organizations", "/report/organizations", encodeURIComponent(target.organizationId)];
  const scope = "engagementId" in target && target.engagementId ? `&engagement=${encodeURIComponent(target.engagementId)}` : "";
  return {
    pdf: `${api}/${id}/report?format=pdf${scope}${lang}`,
    markdown: `${api}/${id}/report?format=md${scope}${lang}`,
    print: `${page}/${id}${printQuery}`,
  };
}

export function ReportLinks({ className = "", showPrint = true, ...target }: ReportTarget & { className?: string; showPrint?: boolean }) {
  const t = useTranslations("ShareLinks");
  const [language, setLanguage] = useState<Locale | null>(null);
  const selectId = useId();
  const urls = reportUrls(target, language);
  const link = "inline-flex items-center rounded-md border border-line bg-white px-3 py-1.5 text-sm font-semibold text-brand no-underline hover:border-brand";
  return (
    <nav aria-label={t("exportLabel")} className={`no-print flex flex-wrap items-center gap-2 ${className}`}>
      <span className="text-sm text-muted">{t("export")}</span>
      <a href={urls.pdf} download className={link} data-testid="report-pdf">
        PDF
      </a>
      <a href={urls.markdown} download className={link} data-testid="report-markdown">
        Markdown
      </a>
      {showPrint ? (
        <Link href={urls.print} className={link} data-testid="report-print" prefetch={false}>
          {t("printVersion")}
        </Link>
      ) : null}
      <label htmlFor={selectId} className="text-sm text-muted">
        {t("language")}
      </label>
      <select
        id={selectId}
        value={language ?? ""}
        onChange={(event) => setLanguage(isLocale(event.target.value) ? event.target.value : null)}
        className="max-w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm"
        data-testid="report-language"
      >
        <option value="">{t("languageDefault")}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </nav>
  );
}
