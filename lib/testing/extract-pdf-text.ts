/**
 * For tests: reads a PDF back with pdf.js (a PDF parser from npm) and returns each page's
 * text with the position of every text run, and the document's metadata. Proves the PDF is
 * valid, its text is selectable and searchable, and lets tests check what lies where.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: PdfTextItem[];
}

export interface ExtractedPdf {
  pageCount: number;
  info: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string };
  pages: PdfPage[];
  /** All pages' text with runs of white space collapsed to one space, for phrase searches. */
  flatText: string;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        items.push({ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height });
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push({ width, height, text, items });
    }
    const metadata = await document.getMetadata();
    return {
      pageCount: document.numPages,
      info: metadata.info as ExtractedPdf["info"],
      pages,
      flatText: pages.map((page) => page.text).join("\n").replace(/\s+/g, " "),
    };
  } finally {
    await document.destroy();
  }
}

/**
 * Pairs of text runs on a page that are drawn over each other. pdf.js splits one line into
 * several runs where the spacing changes, and neighbouring runs of a line touch by a point or
 * two; only a larger overlap, or one between lines, is text printed over text.
 */
export function overlappingRuns(page: PdfPage): [PdfTextItem, PdfTextItem][] {
  const runs = page.items.filter((item) => item.text.trim() !== "" && item.width > 0);
  const pairs: [PdfTextItem, PdfTextItem][] = [];
  runs.forEach((a, index) => {
    for (const b of runs.slice(index + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      const sameLine = Math.abs(a.y - b.y) < 0.5;
      if (down > Math.min(a.height, b.height) * 0.3 && across > (sameLine ? 3 : 1)) pairs.push([a, b]);
    }
  });
  return pairs;
}
