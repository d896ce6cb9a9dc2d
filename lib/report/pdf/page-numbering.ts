/**
 * Page numbers in the PDF without react-pdf's render props: any render prop in a document makes
 * react-pdf paginate all of it a second time. The cover's page count, the contents' page of each
 * section and every body page's "Page N of T" are painted instead (Canvas), after layout, from
 * what the layout says: its page count, and the page each section heading's outline entry
 * landed on (lib/report/pdf/react-pdf.ts reads both before painting).
 */
import { fillLabel, type ReportLabels } from "../model";
import type { LayoutFacts } from "./react-pdf";

export interface PageNumbering {
  /** Known once the layout is final, before any page is painted; 0 until then. */
  totalPages: number;
  /** Footers painted so far; the cover, page 1, has none. */
  footersPainted: number;
  /** The page each section heading landed on, by its title (the heading's outline entry). */
  headingPages: Map<string, number>;
}

export function createPageNumbering(): PageNumbering {
  return { totalPages: 0, footersPainted: 0, headingPages: new Map() };
}

/** Takes in what the final layout says, before the first page is painted. */
export function recordLayout(numbering: PageNumbering, facts: LayoutFacts): void {
  numbering.totalPages = facts.pageCount;
  numbering.headingPages = facts.outlinePages;
}

function knownTotal(numbering: PageNumbering): number {
  if (numbering.totalPages === 0) throw new Error("The PDF's page count was painted before its layout was known.");
  return numbering.totalPages;
}

/** The contents page's number for a section, read once layout is done. */
export function headingPageLabel(numbering: PageNumbering, title: string): string {
  const page = numbering.headingPages.get(title);
  if (page === undefined) throw new Error(`The PDF's contents list a section whose heading was not laid out: ${title}`);
  return String(page);
}

/** The cover's "23 pages". */
export function coverLengthLabel(numbering: PageNumbering, words: ReportLabels["document"]): string {
  return fillLabel(words.pages, { count: knownTotal(numbering) });
}

/** The label for the next footer to be painted. */
export function nextFooterLabel(numbering: PageNumbering, words: ReportLabels["document"]): string {
  const total = knownTotal(numbering);
  numbering.footersPainted += 1;
  return fillLabel(words.pageOf, { page: numbering.footersPainted + 1, total });
}
