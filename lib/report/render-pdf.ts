/** Renders a report model to PDF bytes on the server, with the fonts from node_modules. */
import { createElement } from "react";
import type { ReportModel } from "./model";
import { fontStackFor, registerReportFonts } from "./pdf/fonts";
import { createPageNumbering } from "./pdf/page-numbering";
import { loadReactPdf } from "./pdf/react-pdf";
import { ReportDocument } from "./pdf/report-document";

function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

export async function renderReportPdf(report: ReportModel): Promise<Buffer> {
  const reactPdf = await loadReactPdf();
  const fontStack = fontStackFor(JSON.stringify(report));
  registerReportFonts(reactPdf, fontStack);
  const document = createElement(ReportDocument, { report, fontStack, numbering: createPageNumbering() }) as Parameters<typeof reactPdf.pdf>[0];
  // pdf() rather than renderToBuffer(): renderToBuffer never unmounts its React tree, and the
  // renderer's module-level state keeps every root it created, so each report's fibers and
  // laid-out document stayed in memory for good (about 1.5 MB a report). Unmounting and
  // dropping the document leaves only an empty root behind.
  const instance = reactPdf.pdf(document);
  try {
    return await streamToBuffer(await instance.toBuffer());
  } finally {
    instance.updateContainer(null as unknown as Parameters<typeof instance.updateContainer>[0]);
    instance.container.document = null;
  }
}
