/**
 * Renders a report model to PDF bytes in the calling thread: the work a render worker does
 * (lib/report/pdf/worker-task.ts). Layout runs in long synchronous stretches, so nothing that
 * serves requests may call this directly; lib/report/render-pdf.ts hands it to the worker pool.
 */
import { createElement } from "react";
import type { ReportModel } from "../model";
import { fontStackFor, registerReportFonts } from "./fonts";
import { createPageNumbering } from "./page-numbering";
import { loadReactPdf, renderToPdfBytes } from "./react-pdf";
import { ReportDocument } from "./report-document";

export async function renderPdfInThisThread(report: ReportModel): Promise<Buffer> {
  const reactPdf = await loadReactPdf();
  // The text a report prints; the logo's data: URL (up to several hundred KB of base64) prints none.
  const text = JSON.stringify({ ...report, cover: { ...report.cover, consultantFirmLogo: null } });
  const fontStack = fontStackFor(text);
  registerReportFonts(reactPdf, fontStack);
  return renderToPdfBytes(createElement(ReportDocument, { report, fontStack, numbering: createPageNumbering() }));
}
