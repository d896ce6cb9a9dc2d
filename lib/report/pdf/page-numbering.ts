/**
 * "Page N of T" without react-pdf's page-number render prop: a render prop is laid out again
 * wherever it lands, and a footer lands on every page. Instead the cover learns the total (one
 * short text, laid out again once), and each body page's footer is painted at render time,
 * after layout, in page order.
 *
 * The contents page lists the page of each section's heading. Only layout knows it, and the
 * contents come before the sections, so each heading reports its page through a render prop on an empty text after it
 * (the last report is the page it landed on: react-pdf paginates a second time once it knows the
 * page count, calling each render prop again as its page is built), and the contents page paints
 * the numbers after layout.
 */
import { fillLabel, type ReportLabels } from "../model";
export interface PageNumbering {
  /** Set when the cover's page count is resolved, which happens after pagination and before any page is painted. */
  totalPages: number;
  /** Footers painted so far; the cover, page 1, has none. */
  footersPainted: number;
  /** The page each section heading landed on, by its title. */
  headingPages: Map<string, number>;
}

export function createPageNumbering(): PageNumbering {
  return { totalPages: 0, footersPainted: 0, headingPages: new Map() };
}

/** A heading's page marker (a render prop): the latest call names the page it was finally laid out on. It prints nothing. */
export function recordHeadingPage(numbering: PageNumbering, title: string, pageNumber: number | undefined): string {
  if (pageNumber) numbering.headingPages.set(title, pageNumber);
  return "";
}

/** The contents page's number for a section, read once layout is done. */
export function headingPageLabel(numbering: PageNumbering, title: string): string {
  const page = numbering.headingPages.get(title);
  if (page === undefined) throw new Error(`The PDF's contents list a section whose heading was not laid out: ${title}`);
  return String(page);
}

/** The cover's page-count text; react-pdf calls it once more with the total after paginating. */
export function coverLengthLabel(numbering: PageNumbering, totalPages: number | undefined, words: ReportLabels["document"]): string {
  if (totalPages) numbering.totalPages = totalPages;
  return fillLabel(words.pages, { count: totalPages ?? 0 });
}

/** The label for the next footer to be painted. */
export function nextFooterLabel(numbering: PageNumbering, words: ReportLabels["document"]): string {
  numbering.footersPainted += 1;
  const pageNumber = numbering.footersPainted + 1;
  return numbering.totalPages > 0 ? fillLabel(words.pageOf, { page: pageNumber, total: numbering.totalPages }) : fillLabel(words.page, { page: pageNumber });
}
