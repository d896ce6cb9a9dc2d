/** What lib/report/pdf/react-pdf.ts adds around react-pdf's layout and painter, and that they are react-pdf's own. */
import fs from "node:fs";
import path from "node:path";
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

describe("the layout, painter and PDF writer this app calls", () => {
  it("are the very copies @react-pdf/renderer uses, so an upgrade of one without the others fails here", () => {
    const modules = path.join(process.cwd(), "node_modules");
    const renderer = JSON.parse(fs.readFileSync(path.join(modules, "@react-pdf/renderer/package.json"), "utf8")) as { dependencies: Record<string, string> };
    const ours = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const name of ["@react-pdf/layout", "@react-pdf/render", "pdfkit"]) {
      expect(renderer.dependencies[name], `${name} is a dependency of @react-pdf/renderer`).toBeDefined();
      expect(fs.existsSync(path.join(modules, "@react-pdf/renderer/node_modules", name)), `@react-pdf/renderer has a copy of ${name} of its own`).toBe(false);
      const installed = JSON.parse(fs.readFileSync(path.join(modules, name, "package.json"), "utf8")) as { version: string };
      expect(installed.version).toBe(ours.dependencies[name]);
    }
  });
});
