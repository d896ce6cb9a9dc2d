/** The two things lib/report/pdf/react-pdf.ts adds around react-pdf's layout and painter. */
import { describe, expect, it } from "vitest";
import { layoutFacts, nameFontsForReuse, type LaidOutNode } from "./react-pdf";

describe("layoutFacts", () => {
  it("counts the pages and gives each outline entry the first page it lands on, counted from 1", () => {
    const heading = (title: string): LaidOutNode => ({ props: { bookmark: { title } } });
    const pages: LaidOutNode[] = [
      { props: {}, children: [{ props: null, children: [{}] }] },
      { children: [heading("Contents")] },
      { children: [{ children: [heading("Summary"), { props: { bookmark: null } }] }] },
      // A heading that runs over a page break stands on both: the contents give the first.
      { children: [heading("Drivers"), { children: [heading("Summary")] }] },
      { children: [heading("Drivers")] },
    ];
    const facts = layoutFacts(pages);
    expect(facts.pageCount).toBe(5);
    expect([...facts.outlinePages]).toEqual([
      ["Contents", 2],
      ["Summary", 3],
      ["Drivers", 4],
    ]);
    expect(layoutFacts([])).toEqual({ pageCount: 0, outlinePages: new Map() });
  });
});

describe("nameFontsForReuse", () => {
  it("gives each font object one name, so pdfkit reuses the font it embedded instead of opening it again", () => {
    const calls: unknown[][] = [];
    const writer = {
      font(...args: unknown[]) {
        calls.push(args);
        return writer;
      },
    };
    nameFontsForReuse(writer as never);
    const regular = { layout: () => null };
    const bold = { layout: () => null };
    const bytes = Buffer.from("font bytes");
    writer.font(regular, 10);
    writer.font(bold, 12);
    writer.font(regular, 9);
    writer.font(bytes, 8);
    writer.font(bold, "Named", 11);
    writer.font("Helvetica");
    expect(calls).toEqual([
      [regular, "report-font-1", 10],
      [bold, "report-font-2", 12],
      [regular, "report-font-1", 9],
      [bytes, 8, undefined],
      [bold, "Named", 11],
      ["Helvetica", undefined, undefined],
    ]);
  });
});
