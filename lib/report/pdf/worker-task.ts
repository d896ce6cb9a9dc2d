/**
 * What a PDF render worker runs (started by lib/report/render-pdf.ts through piscina), the entry of
 * the worker's bundle (lib/workers/bundles.ts). The default export resolves once react-pdf and the Latin fonts are loaded, so a
 * worker takes tasks only when it is ready and the first report it renders pays no start-up.
 * Its reports share one shaping cache (./shaping-cache.ts). The server's first worker renders
 * sample reports first, so its first download runs warm code and finds common text shaped.
 */
import { move, workerData } from "piscina";
import type { ReportModel } from "../model";
import type { RenderWorkerData } from "../render-pdf";
import { renderPdfInThisThread } from "./render-document";
import { fontStackFor, registerReportFonts, rememberShaping } from "./fonts";
import { loadReactPdf } from "./react-pdf";

async function render(report: ReportModel): Promise<Uint8Array> {
  const bytes = await renderPdfInThisThread(report);
  // Moved, not copied, to the main thread; only a buffer that owns its whole memory can be moved.
  const owned = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : Buffer.from(bytes);
  return move(new Uint8Array(owned.buffer, 0, owned.byteLength)) as Uint8Array;
}

async function ready(): Promise<typeof render> {
  const reactPdf = await loadReactPdf();
  registerReportFonts(reactPdf, fontStackFor(""));
  await rememberShaping(reactPdf);
  const { warmUp, warmUpsLeft } = workerData as RenderWorkerData;
  if (Atomics.sub(warmUpsLeft, 0, 1) > 0) {
    for (const report of warmUp) await renderPdfInThisThread(report);
  }
  return render;
}

export default ready();
