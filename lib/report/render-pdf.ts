/** Renders a report model to PDF bytes on the server, with the fonts from node_modules. */
import { createElement } from "react";
import type { ReportModel } from "./model";
import { fontStackFor, registerReportFonts } from "./pdf/fonts";
import { createPageNumbering } from "./pdf/page-numbering";
import { loadReactPdf, renderToPdfBytes } from "./pdf/react-pdf";
import { ReportDocument } from "./pdf/report-document";

export async function renderReportPdf(report: ReportModel): Promise<Buffer> {
  const reactPdf = await loadReactPdf();
  // The text a report prints; the logo's data: URL (up to several hundred KB of base64) prints none.
  const text = JSON.stringify({ ...report, cover: { ...report.cover, consultantFirmLogo: null } });
  const fontStack = fontStackFor(text);
  registerReportFonts(reactPdf, fontStack);
  return renderToPdfBytes(createElement(ReportDocument, { report, fontStack, numbering: createPageNumbering() }));
}
