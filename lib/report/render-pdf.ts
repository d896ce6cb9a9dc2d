/** Renders a report model to PDF bytes on the server, with the fonts from node_modules. */
import { createElement } from "react";
import type { ReportModel } from "./model";
import { fontStackFor, registerReportFonts } from "./pdf/fonts";
import { createPageNumbering } from "./pdf/page-numbering";
import { loadReactPdf, renderToPdfBytes } from "./pdf/react-pdf";
import { ReportDocument } from "./pdf/report-document";

let queue: Promise<unknown> = Promise.resolve();

/**
 * One PDF at a time in a process. Layout runs on the main thread in long synchronous stretches;
 * renders started together interleave those stretches, and every other request (the health
 * check included) waits behind all of them. In a queue, a request waits behind one at most.
 */
export function renderReportPdf(report: ReportModel): Promise<Buffer> {
  // setImmediate lets the requests that arrived during the previous render in before the next one starts.
  const rendered = queue.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => renderNow(report));
  queue = rendered.catch(() => undefined);
  return rendered;
}

async function renderNow(report: ReportModel): Promise<Buffer> {
  const reactPdf = await loadReactPdf();
  // The text a report prints; the logo's data: URL (up to several hundred KB of base64) prints none.
  const text = JSON.stringify({ ...report, cover: { ...report.cover, consultantFirmLogo: null } });
  const fontStack = fontStackFor(text);
  registerReportFonts(reactPdf, fontStack);
  return renderToPdfBytes(createElement(ReportDocument, { report, fontStack, numbering: createPageNumbering() }));
}
