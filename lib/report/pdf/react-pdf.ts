/**
 * react-pdf, loaded on first use. It ships as ES modules only, and tsx (which runs the bench
 * and scripts) turns static imports in this CommonJS project into require() calls that cannot
 * load it; a dynamic import works everywhere (Next, vitest, tsx). It also spares routes that
 * never render a PDF the cost of loading it.
 *
 * A document is laid out and painted here, in two steps, rather than by react-pdf's toBuffer():
 * the report's cover and contents print the page count and the page of each section, which only
 * the finished layout knows. Asking react-pdf for them through render props made it paginate
 * the whole document a second time, about a sixth of every render (measured: the twelve
 * archetypes' median 330 ms against 270 ms without). Reading them from the layout before painting
 * costs nothing.
 */
import type * as ReactPdf from "@react-pdf/renderer";
import type { ComponentProps, ReactElement } from "react";
import type PdfDocument from "pdfkit";
import type paintDocument from "@react-pdf/render";

export type ReactPdfModule = typeof ReactPdf;

/** A laid-out node, as far as this file reads it: its outline entry, and what it holds. */
export interface LaidOutNode {
  props?: { bookmark?: { title?: string } | null } | null;
  children?: LaidOutNode[];
}

/** What painting may rely on: how many pages there are, and the page each outline entry landed on first. */
export interface LayoutFacts {
  pageCount: number;
  outlinePages: Map<string, number>;
}

interface PdfEngine {
  /** Declared by its package with one parameter; react-pdf calls it with the font store as well. */
  layout: (root: unknown, fonts: ReactPdfModule["Font"]) => Promise<{ children?: LaidOutNode[] }>;
  paint: typeof paintDocument;
  Writer: typeof PdfDocument;
}

let loaded: ReactPdfModule | null = null;
let engine: PdfEngine | null = null;

export async function loadReactPdf(): Promise<ReactPdfModule> {
  loaded ??= await import("@react-pdf/renderer");
  return loaded;
}

async function loadEngine(): Promise<PdfEngine> {
  if (!engine) {
    const [layout, paint, writer] = await Promise.all([import("@react-pdf/layout"), import("@react-pdf/render"), import("pdfkit")]);
    engine = { layout: layout.default as unknown as PdfEngine["layout"], paint: paint.default, Writer: writer.default };
  }
  return engine;
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

/** The page count, and the first page each outline entry lands on, numbered from 1 as a reader counts. */
export function layoutFacts(pages: LaidOutNode[]): LayoutFacts {
  const outlinePages = new Map<string, number>();
  const visit = (node: LaidOutNode, pageNumber: number) => {
    const title = node.props?.bookmark?.title;
    if (title !== undefined && !outlinePages.has(title)) outlinePages.set(title, pageNumber);
    for (const child of node.children ?? []) visit(child, pageNumber);
  };
  pages.forEach((page, index) => visit(page, index + 1));
  return { pageCount: pages.length, outlinePages };
}

type DocumentProps = ComponentProps<ReactPdfModule["Document"]>;

/** The PDF writer as react-pdf's toBuffer() sets it up for these document properties. */
function createWriter(Writer: PdfEngine["Writer"], props: DocumentProps): InstanceType<PdfEngine["Writer"]> {
  const info = Object.fromEntries(
    Object.entries({
      Title: props.title,
      Author: props.author,
      Subject: props.subject,
      Keywords: props.keywords,
      Creator: props.creator ?? "react-pdf",
      Producer: props.producer ?? "react-pdf",
      CreationDate: props.creationDate ?? new Date(),
      ModificationDate: props.modificationDate,
    }).filter((entry): entry is [string, string | Date] => entry[1] !== undefined),
  );
  const writer = new Writer({ compress: true, pdfVersion: props.pdfVersion, lang: props.language, displayTitle: true, autoFirstPage: false, info });
  if (props.pageMode) writer._root.data.PageMode = props.pageMode.charAt(0).toUpperCase() + props.pageMode.slice(1);
  nameFontsForReuse(writer);
  return writer;
}

/**
 * react-pdf sets the font of every run of text by handing pdfkit the font object itself, with no
 * name. pdfkit keeps the fonts it embedded by name only, so each run opened a new embedded font
 * and compared it with the one of the same name (serializing both name tables) before using the
 * existing one (the comparison alone, isEqualFont, was 3.5% of a render's profile). Naming each
 * font object once lets pdfkit find it at once.
 * Fonts given as bytes (the painted page numbers) already reach pdfkit's cache by their bytes.
 */
export function nameFontsForReuse(writer: Pick<InstanceType<PdfEngine["Writer"]>, "font">): void {
  const names = new Map<object, string>();
  const setFont = writer.font.bind(writer);
  writer.font = (source, family, size) => {
    const fontObject = typeof source === "object" && source !== null && typeof (source as { layout?: unknown }).layout === "function";
    if (!fontObject || typeof family === "string") return setFont(source, family, size);
    let name = names.get(source);
    if (name === undefined) {
      name = `report-font-${names.size + 1}`;
      names.set(source, name);
    }
    return setFont(source, name, typeof family === "number" ? family : size);
  };
}

/**
 * A react-pdf <Document> element as PDF bytes. `beforePainting` learns the page count and where
 * each outline entry landed once the layout is final, before the first page is painted, so a
 * Canvas on any page can print them.
 */
export async function renderToPdfBytes(document: ReactElement, beforePainting?: (facts: LayoutFacts) => void): Promise<Buffer> {
  const [{ pdf, Font }, { layout, paint, Writer }] = await Promise.all([loadReactPdf(), loadEngine()]);
  // pdf() builds the document's node tree. Its React tree is unmounted afterwards: the renderer's
  // module-level state keeps every root it created, so each document's fibers and layout would
  // stay in memory for good (about 1.5 MB a report). Unmounting leaves only an empty root behind.
  const instance = pdf(document as Parameters<typeof pdf>[0]);
  try {
    const root = instance.container.document as { props?: DocumentProps };
    const laidOut = await layout(root, Font);
    beforePainting?.(layoutFacts(laidOut.children ?? []));
    return await streamToBuffer(paint(createWriter(Writer, root.props ?? {}), laidOut));
  } finally {
    instance.updateContainer(null as unknown as Parameters<typeof instance.updateContainer>[0]);
    instance.container.document = null;
  }
}
