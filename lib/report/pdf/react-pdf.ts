/**
 * react-pdf, loaded on first use. It ships as ES modules only, and tsx (which runs the bench
 * and scripts) turns static imports in this CommonJS project into require() calls that cannot
 * load it; a dynamic import works everywhere (Next, vitest, tsx). It also spares routes that
 * never render a PDF the cost of loading it.
 */
import type * as ReactPdf from "@react-pdf/renderer";
import type { ReactElement } from "react";

export type ReactPdfModule = typeof ReactPdf;

let loaded: ReactPdfModule | null = null;

export async function loadReactPdf(): Promise<ReactPdfModule> {
  loaded ??= await import("@react-pdf/renderer");
  return loaded;
}

/** The loaded module, for components rendered after loadReactPdf() resolved. */
export function reactPdf(): ReactPdfModule {
  if (!loaded) throw new Error("react-pdf is not loaded: await loadReactPdf() before rendering a PDF.");
  return loaded;
}

function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** A react-pdf <Document> element as PDF bytes. */
export async function renderToPdfBytes(document: ReactElement): Promise<Buffer> {
  const { pdf } = await loadReactPdf();
  // pdf() rather than renderToBuffer(): renderToBuffer never unmounts its React tree, and the
  // renderer's module-level state keeps every root it created, so each document's fibers and
  // layout stayed in memory for good (about 1.5 MB a report). Unmounting and dropping the
  // document leaves only an empty root behind.
  const instance = pdf(document as Parameters<typeof pdf>[0]);
  try {
    return await streamToBuffer(await instance.toBuffer());
  } finally {
    instance.updateContainer(null as unknown as Parameters<typeof instance.updateContainer>[0]);
    instance.container.document = null;
  }
}
