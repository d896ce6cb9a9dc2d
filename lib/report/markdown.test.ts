/** The Markdown export: every section in order, and user input that cannot become markup. */
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderReportMarkdown } from "./markdown";
import { sectionsOf } from "./model";
import { archetypeReport, hostileReport } from "../testing/report-fixtures";

describe("escapeMarkdown", () => {
  it.each([
    ["*bold*", "\\*bold\\*"],
    ["_under_", "\\_under\\_"],
    ["[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"],
    ["a | b", "a \\| b"],
    ["`code`", "\\`code\\`"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["&lt; stays literal", "&amp;lt; stays literal"],
    ["R&D", "R&D"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["1. item", "1\\. item"],
    ["> quote", "&gt; quote"],
    ["see https://evil.example", "see https:\\/\\/evil.example"],
    ["www.evil.example", "www\\.evil.example"],
    ["me@evil.example", "me\\@evil.example"],
    ["two\nlines", "two lines"],
    ["شركة 🚀 Zürich", "شركة 🚀 Zürich"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("the Markdown report", () => {
  it("has every section heading in order, the recommendation and a citation for every driver", () => {
    const report = archetypeReport("regional_bank");
    const markdown = renderReportMarkdown(report);
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(sectionsOf(report).map((section) => escapeMarkdown(section.title)));
    expect(markdown).toContain(`**Recommended structure: ${report.cover.recommendation}**`);
    for (const driver of report.drivers.items) {
      expect(markdown).toContain(`**${escapeMarkdown(driver.statement)}**`);
      expect(driver.citations.some((citation) => markdown.includes(escapeMarkdown(citation.phrase)))).toBe(true);
    }
  });

  it("escapes hostile company, respondent and firm names everywhere they appear", () => {
    const markdown = renderReportMarkdown(hostileReport());
    expect(markdown).not.toMatch(/<script|<img|<b>/i);
    expect(markdown).toContain("&lt;script&gt;");
    expect(markdown).not.toContain("[link](");
    expect(markdown).toContain("\\*bold\\*");
    expect(markdown).toContain("José &lt;b&gt;Ñúñez&lt;/b&gt; 👩‍💼 محمد \\| \\*ceo\\* \\[x\\](y)");
    expect(markdown).toContain("شركة الاتصالات السعودية");
    // Every table row keeps its column count: no cell can add a pipe.
    for (const line of markdown.split("\n").filter((row) => row.startsWith("| "))) {
      const cells = line.replace(/\\\|/g, "").split("|").length;
      expect([4, 5]).toContain(cells);
    }
    // The title line stays one heading, whatever the name holds.
    expect(markdown.split("\n").filter((line) => line.startsWith("# "))).toHaveLength(1);
  });
});
