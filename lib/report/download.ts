/**
 * A report as a file download, shared by every route that hands one out: the format parameter,
 * the rendering and the headers. A PDF comes from the shared cache, or from the render pool
 * (see render-pdf.ts and pdf-cache.ts); Markdown is made at once.
 */
import { DomainError } from "../errors";
import { isLocale, LOCALES, type Locale } from "../i18n/locales";
import { renderReportMarkdown } from "./markdown";
import type { ReportModel } from "./model";
import { reportPdfCache } from "./pdf-cache";
import { renderReportPdf } from "./render-pdf";

const FORMATS = {
  pdf: { type: "application/pdf", extension: "pdf" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
} as const;

export type ReportFormat = keyof typeof FORMATS;

/** Read before any other work, so a bad format costs nothing (and counts no share-link open). */
export function reportFormatOf(request: Request): ReportFormat {
  const format = new URL(request.url).searchParams.get("format") ?? "pdf";
  if (format === "pdf" || format === "md") return format;
  throw new DomainError("invalid", "invalid_request", "Choose a report format: pdf or md.", [{ path: "format", message: "Choose pdf or md." }]);
}

/**
 * The language chosen for this copy of the report (`lang=en|de|fr`), or null when none was: the
 * report is then in the organization's language. Read with the format, before any other work.
 */
export function reportLanguageOf(request: Request): Locale | null {
  const language = new URL(request.url).searchParams.get("lang");
  if (language === null) return null;
  if (isLocale(language)) return language;
  const choices = LOCALES.join(", ");
  throw new DomainError("invalid", "invalid_request", `Choose a report language: ${choices}.`, [{ path: "lang", message: `Choose one of ${choices}.` }]);
}

export async function reportDownload(report: ReportModel, format: ReportFormat, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const { type, extension } = FORMATS[format];
  const body = format === "pdf" ? new Uint8Array(await reportPdfCache().pdf(report, renderReportPdf)) : renderReportMarkdown(report);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": type,
      // The base name is ASCII letters, digits and hyphens only (see reportFileBaseName).
      "Content-Disposition": `attachment; filename="${report.fileBaseName}.${extension}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...extraHeaders,
    },
  });
}
