/** Renders a report model to PDF bytes on the server, with the fonts from node_modules. */
import { createElement } from "react";
import type { ReportModel } from "./model";
import { fontStackFor, registerReportFonts } from "./pdf/fonts";
import { createPageNumbering } from "./pdf/page-numbering";
import { loadReactPdf, renderToPdfBytes } from "./pdf/react-pdf";
import { ReportDocument } from "./pdf/report-document";

export async function renderReportPdf(report: ReportModel): Promise<Buffer> {
  const reactPdf = await loadReactPdf();
  const fontStack = fontStackFor(JSON.stringify(report));
  registerReportFonts(reactPdf, fontStack);
  return renderToPdfBytes(createElement(ReportDocument, { report, fontStack, numbering: createPageNumbering() }));
}
