/**
 * "Page N of T" without react-pdf's page-number render prop. A page holding such a prop is
 * laid out again in full before each page break (everything still to come, not only the
 * page), which made a third of the PDF's generation time. Instead the cover learns the total
 * (one short page, laid out again once), and each body page's footer is painted at render
 * time, after layout, in page order.
 */
export interface PageNumbering {
  /** Set when the cover's page count is resolved, which happens after pagination and before any page is painted. */
  totalPages: number;
  /** Footers painted so far; the cover, page 1, has none. */
  footersPainted: number;
}

export function createPageNumbering(): PageNumbering {
  return { totalPages: 0, footersPainted: 0 };
}

/** The cover's page-count text; react-pdf calls it once more with the total after paginating. */
export function coverLengthLabel(numbering: PageNumbering, totalPages: number | undefined): string {
  if (totalPages) numbering.totalPages = totalPages;
  return `${totalPages ?? 0} pages`;
}

/** The label for the next footer to be painted. */
export function nextFooterLabel(numbering: PageNumbering): string {
  numbering.footersPainted += 1;
  const pageNumber = numbering.footersPainted + 1;
  return numbering.totalPages > 0 ? `Page ${pageNumber} of ${numbering.totalPages}` : `Page ${pageNumber}`;
}
