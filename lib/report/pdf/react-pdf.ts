/**
 * react-pdf, loaded on first use. It ships as ES modules only, and tsx (which runs the bench
 * and scripts) turns static imports in this CommonJS project into require() calls that cannot
 * load it; a dynamic import works everywhere (Next, vitest, tsx). It also spares routes that
 * never render a PDF the cost of loading it.
 */
import type * as ReactPdf from "@react-pdf/renderer";

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
