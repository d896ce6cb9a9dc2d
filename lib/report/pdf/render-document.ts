/**
 * Renders a report model to PDF bytes in the calling thread: the work a render worker does
 * (lib/report/pdf/worker-task.ts). Layout runs in long synchronous stretches, so nothing that
 * serves requests may call this directly; lib/report/render-pdf.ts hands it to the worker pool.
 */
import { createElement } from "react";
import type { ReportModel } from "../model";
import { fontStackFor, registerReportFonts } from "./fonts";
import { createPageNumbering, recordLayout } from "./page-numbering";
import { loadReactPdf, renderToPdfBytes } from "./react-pdf";
import { ReportDocument } from "./report-document";

/**
 * French writes numbers and percentages with a narrow no-break space ("10 000", "100 %", from
 * Intl). The report fonts have no glyph for it and printed a stray mark in its place, so the PDF
 * uses the ordinary no-break space, which keeps the number and its unit on one line just the same.
 */
export function withPrintableSpaces<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u202f", "\u00a0") as T;
  if (Array.isArray(value)) return value.map(withPrintableSpaces) as T;
  if (value && typeof value === "object" && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withPrintableSpaces(item)])) as T;
  }
  return value;
}

export async function renderPdfInThisThread(model: ReportModel): Promise<Buffer> {
  const report = withPrintableSpaces(model);
  const reactPdf = await loadReactPdf();
  // The text a report prints; the logo's data: URL (up to several hundred KB of base64) prints none.
  const text = JSON.stringify({ ...report, cover: { ...report.cover, consultantFirmLogo: null } });
  const fontStack = fontStackFor(text);
  registerReportFonts(reactPdf, fontStack);
  const numbering = createPageNumbering();
  return renderToPdfBytes(createElement(ReportDocument, { report, fontStack, numbering }), (facts) => recordLayout(numbering, facts));
}
