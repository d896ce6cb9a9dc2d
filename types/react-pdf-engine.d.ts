/**
 * react-pdf's painter and the PDF writer it paints with, which lib/report/pdf/react-pdf.ts calls
 * itself so it can read the layout before painting. Neither ships types; this declares the little
 * that file uses.
 */
declare module "pdfkit" {
  import type { Readable } from "node:stream";

  export interface PdfDocumentOptions {
    compress?: boolean;
    pdfVersion?: string;
    lang?: string;
    displayTitle?: boolean;
    autoFirstPage?: boolean;
    info?: Record<string, string | Date>;
  }

  interface PdfDocument extends Readable {
    /** The document catalog, where the page mode is set. */
    _root: { data: Record<string, unknown> };
    /** Sets the current font: `family` names it (pdfkit keeps the fonts it embedded by that name), or is the size. */
    font(source: unknown, family?: string | number, size?: number): PdfDocument;
  }

  const PdfDocument: new (options: PdfDocumentOptions) => PdfDocument;
  export default PdfDocument;
}

declare module "@react-pdf/render" {
  import type { Readable } from "node:stream";

  /** Paints a laid-out document into the PDF writer, ends it, and returns it (a stream of the PDF's bytes). */
  export default function render<T extends Readable>(writer: T, layout: unknown): T;
}
