/**
 * The PDF's page numbers come from the final layout: its page count and each section heading's
 * page are read before the first page is painted. Nothing in the report asks react-pdf for them
 * through a render prop, which would make it paginate the whole document a second time.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../model";
import { archetypeReport, organizationReportFixture, overriddenReview } from "../../testing/report-fixtures";
import { fontStackFor } from "./fonts";
import { coverLengthLabel, createPageNumbering, nextFooterLabel, recordLayout } from "./page-numbering";
import { loadReactPdf } from "./react-pdf";
import { ReportDocument } from "./report-document";

interface HostNode {
  type?: string;
  props?: Record<string, unknown> | null;
  children?: HostNode[];
}

/** The types of the nodes react-pdf would call back while paginating, in the document it builds from the report. */
async function renderPropNodes(report: ReportModel): Promise<string[]> {
  const { pdf } = await loadReactPdf();
  const instance = pdf(createElement(ReportDocument, { report, fontStack: fontStackFor(""), numbering: createPageNumbering() }) as Parameters<typeof pdf>[0]);
  try {
    const found: string[] = [];
    const visit = (node: HostNode) => {
      if (node.props && "render" in node.props) found.push(node.type ?? "?");
      for (const child of node.children ?? []) visit(child);
    };
    visit(instance.container.document as HostNode);
    return found;
  } finally {
    instance.updateContainer(null as unknown as Parameters<typeof instance.updateContainer>[0]);
  }
}

describe("page numbering", () => {
  const words = archetypeReport("seed_saas").labels.document;

  it("refuses to paint a page count before the layout is known, and paints the layout's once it is", () => {
    const numbering = createPageNumbering();
    expect(() => coverLengthLabel(numbering, words)).toThrow(/before its layout was known/);
    expect(() => nextFooterLabel(numbering, words)).toThrow(/before its layout was known/);
    recordLayout(numbering, { pageCount: 21, outlinePages: new Map([["Summary", 3]]) });
    expect(coverLengthLabel(numbering, words)).toBe("21 pages");
    expect(nextFooterLabel(numbering, words)).toBe("Page 2 of 21");
    expect(nextFooterLabel(numbering, words)).toBe("Page 3 of 21");
    expect(numbering.headingPages.get("Summary")).toBe(3);
  });

  it("leaves no render prop in a result's report or an organization's, so react-pdf paginates each once", async () => {
    expect(await renderPropNodes(archetypeReport("public_agency"))).toEqual([]);
    expect(await renderPropNodes(archetypeReport("regional_bank", { review: overriddenReview("cdo"), locale: "de" }))).toEqual([]);
    expect(await renderPropNodes(organizationReportFixture(3))).toEqual([]);
  });
});
