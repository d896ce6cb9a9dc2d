/**
 * The PDF, read back with pdf.js: every section heading, the recommendation, a citation for
 * every driver, page numbers, metadata, and hostile input that renders without breaking the page.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type ExtractedPdf, extractPdf, overlappingRuns } from "../testing/extract-pdf-text";
import { sectionsOf, type ReportModel } from "./model";
import { uncoveredCharacters } from "./pdf/fonts";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES } from "../scoring/archetypes";
import { renderReportPdf } from "./render-pdf";
import { archetypeReport, hostileReport, organizationReportFixture, overriddenReview } from "../testing/report-fixtures";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Page 2 is the contents: each section of the report, in order, with a page number on its line,
 * and that page is the first after the contents where the section's heading stands.
 */
function expectTrueContents(report: ReportModel, pdf: ExtractedPdf): void {
  const contents = pdf.pages[1];
  if (!contents) throw new Error("the PDF has no second page");
  expect(squash(contents.text)).toContain(`Contents ${sectionsOf(report)[0]?.title}`);
  let previous = 2;
  for (const section of sectionsOf(report)) {
    const title = contents.items.find((item) => squash(item.text) === section.title);
    expect(title, `${section.title} is listed`).toBeDefined();
    const number = contents.items.find((item) => /^\d+$/.test(item.text.trim()) && Math.abs(item.y - title!.y) < 3 && item.x > title!.x);
    expect(number, `${section.title} has a page number`).toBeDefined();
    const listed = Number(number!.text.trim());
    // The heading is a run of its own; the title may also be mentioned in running text elsewhere.
    const firstWithHeading = pdf.pages.findIndex((page, index) => index >= 2 && page.items.some((item) => squash(item.text) === section.title)) + 1;
    expect(listed, section.title).toBe(firstWithHeading);
    expect(listed).toBeGreaterThanOrEqual(previous);
    previous = listed;
  }
}

/**
 * Nothing printed over anything else: no text run over another, below each body page's running
 * footer nothing but the footer, and no page holding a single line. react-pdf's first pagination engine once drew a whole
 * section over the foot of a page, in a PDF whose text still read back complete.
 */
function expectCleanLayout(pdf: ExtractedPdf, label: string): void {
  for (const [index, page] of pdf.pages.entries()) {
    const where = `${label}, page ${index + 1}`;
    expect(overlappingRuns(page).map(([a, b]) => `${a.text} | ${b.text}`), where).toEqual([]);
    if (index === 0) continue; // the cover has no footer
    const footer = page.items.filter((item) => item.text.startsWith("Rolefit ·") || /^Page \d+/.test(item.text));
    expect(footer.length, where).toBeGreaterThan(0);
    const footerTop = Math.max(...footer.map((item) => item.y + item.height));
    const body = page.items.filter((item) => item.text.trim() !== "" && !footer.includes(item));
    expect(body.filter((item) => item.y < footerTop).map((item) => item.text), where).toEqual([]);
    // A page with a single line of its own is a note or a last line cut off from what it belongs to.
    expect(new Set(body.map((item) => Math.round(item.y))).size, `${where} holds more than one line`).toBeGreaterThan(1);
  }
}

describe("the layout of every archetype's PDF", () => {
  it.each(ARCHETYPES.map(({ id }) => id))("%s: prints nothing over anything else, and its contents name the right pages", async (id) => {
    const report = archetypeReport(id);
    const pdf = await extractPdf(await renderReportPdf(report));
    expectCleanLayout(pdf, id);
    expectTrueContents(report, pdf);
  }, 60_000);
});

describe("the PDF of an archetype result", () => {
  let report: ReportModel;
  let bytes: Buffer;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    report = archetypeReport("regional_bank");
    bytes = await renderReportPdf(report);
    pdf = await extractPdf(bytes);
  }, 60_000);

  it("is a PDF with the title, author and subject set", () => {
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.info.Title).toBe("Technology leadership recommendation for Regional bank");
    expect(pdf.info.Author).toBe("Example Advisory");
    expect(pdf.info.Subject).toBe("Recommended structure: Separate CIO and CTO (high confidence)");
  });

  it("names the recommendation and the organization on the first page", () => {
    const cover = squash(pdf.pages[0]?.text ?? "");
    expect(cover).toContain("Separate CIO and CTO");
    expect(cover).toContain("Regional bank");
    expect(cover).toContain("High confidence");
    expect(cover).toContain(`Version ${QUESTIONNAIRE.version}`);
  });

  it("has every section heading, in order, after the contents page", () => {
    const body = squash(pdf.pages.slice(2).map((page) => page.text).join(" "));
    let from = 0;
    for (const section of sectionsOf(report)) {
      const at = body.indexOf(section.title, from);
      expect(at, section.title).toBeGreaterThanOrEqual(0);
      from = at + section.title.length;
    }
  });

  it("cites at least one passage for every driver and counter-signal", () => {
    for (const item of [...report.drivers.items, ...report.counter.items]) {
      expect(pdf.flatText, item.statement).toContain(squash(item.statement));
      expect(
        item.citations.some((citation) => pdf.flatText.includes(squash(citation.phrase))),
        `a citation of "${item.statement}"`,
      ).toBe(true);
    }
  });

  it("lists each section on a contents page after the cover, with the page its heading is on", () => {
    expectTrueContents(report, pdf);
  });

  it("numbers its pages in a running footer, within the expected page count", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(10);
    expect(pdf.pageCount).toBeLessThanOrEqual(30);
    expect(squash(pdf.pages[0]?.text ?? "")).toContain(`14 March 2026 · ${pdf.pageCount} pages`);
    for (const [index, page] of pdf.pages.entries()) {
      if (index === 0) continue; // the cover has no footer
      expect(squash(page.text)).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
      expect(squash(page.text)).toContain("Rolefit · Regional bank · 14 March 2026");
    }
  });

  it("lists every answer and the four sources in the appendix", () => {
    for (const item of report.answers[0]?.sections.flatMap((section) => section.items) ?? []) expect(pdf.flatText).toContain(squash(item.answer));
    for (const source of report.sources) expect(pdf.flatText).toContain(source.title);
  });
});

describe("the PDF of a result a consultant overrode and shared", () => {
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    pdf = await extractPdf(await renderReportPdf(archetypeReport("regional_bank", { review: overriddenReview("ctio") })));
  }, 60_000);

  it("headlines the consultant's recommendation on the cover, with the model's, the reason, and who reviewed it", () => {
    const cover = squash(pdf.pages[0]?.text ?? "");
    // The label's letter spacing comes back from pdf.js as spaced letters.
    expect(cover.replace(/\s/g, "")).toContain("RECOMMENDEDONACONSULTANT'SREVIEWCombinedCTIOREVIEWED");
    expect(cover).toContain("Combined CTIO REVIEWED Reviewed by Lee Park (Example Advisory) on 13 March 2026.");
    expect(cover).toContain("The scoring model recommends Separate CIO and CTO.");
    expect(cover).toContain("The consultant (Dana Whitfield, 13 March 2026) gave this reason:");
    expect(cover).toContain("two strong peers");
    expect(cover).toContain("High confidence in the model's Separate CIO and CTO");
    expect(pdf.info.Subject).toContain("a consultant's recommendation; the model recommends Separate CIO and CTO");
  });

  it("prints nothing over anything else, the longer cover included", () => {
    expectCleanLayout(pdf, "overridden");
  });
});

describe("the PDF of an organization's combined report", () => {
  it("lists its sections, disagreements included, with the pages their headings are on", async () => {
    const report = organizationReportFixture(12);
    expect(sectionsOf(report).map((section) => section.id)).toContain("disagreements");
    const pdf = await extractPdf(await renderReportPdf(report));
    expectTrueContents(report, pdf);
    expectCleanLayout(pdf, "organization of 12");
  }, 120_000);
});

describe("the PDF fonts", () => {
  it("have a glyph for every character any archetype's report prints, and for the hostile input", () => {
    for (const { id } of ARCHETYPES) expect(uncoveredCharacters(JSON.stringify(archetypeReport(id))), id).toEqual([]);
    expect(uncoveredCharacters(JSON.stringify(hostileReport()))).toEqual([]);
    expect(uncoveredCharacters("→ 漢")).toEqual(["→", "漢"]);
  });
});

describe("a PDF with hostile input", () => {
  let pdf: ExtractedPdf;
  let report: ReportModel;
  let bytes: Buffer;

  beforeAll(async () => {
    report = hostileReport();
    bytes = await renderReportPdf(report);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
    pdf = await extractPdf(bytes);
  }, 60_000);

  it("is valid and keeps the whole name in the metadata", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(10);
    expect(pdf.info.Title).toBe(report.meta.title);
  });

  it("shows markup and Markdown characters as text", () => {
    const cover = squash(pdf.pages[0]?.text ?? "");
    expect(cover).toContain('<script>alert("x")</script>');
    expect(cover).toContain("*bold* _under_ [link](javascript:alert(1)) | pipe");
    expect(cover).toContain("Ünïcødé Café");
    expect(cover).toContain("Zürich Łódź Ærø");
  });

  it("wraps the 300-character name inside the page margins on the cover and in the summary", () => {
    for (const page of pdf.pages.slice(0, 2)) {
      for (const item of page.items) {
        expect(item.x, item.text).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width, item.text).toBeLessThanOrEqual(page.width - 40);
      }
    }
    const runLines = (pdf.pages[0]?.items ?? []).filter((item) => item.text.includes("Unbroken"));
    expect(runLines.length).toBeGreaterThan(1);
  });

  it("prints nothing over anything else, on any page", () => {
    expectCleanLayout(pdf, "hostile input");
  });

  it("keeps the cover on one page, its closing note included", () => {
    expect(squash(pdf.pages[0]?.text ?? "")).toContain("Confidential: prepared for the organization named above.");
    expect(squash(pdf.pages[1]?.text ?? "")).toContain("Executive summary");
  });

  it("renders the Arabic and emoji with fonts embedded from npm, never a fallback that lacks the glyphs", () => {
    const cover = pdf.pages[0]?.text ?? "";
    // pdf.js gives Arabic back in its shaped (presentation) forms; fold them to compare.
    expect(cover.normalize("NFKC")).toMatch(/[\u0600-\u06ff]{4,}/);
    const fonts = new Set([...bytes.toString("latin1").matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1]));
    expect(fonts).toContain("NotoSansArabic-Regular");
    expect(fonts).toContain("NotoEmoji-Regular");
    expect(fonts).toContain("Inter-Regular");
    // pdfkit declares Helvetica as its starting font; no text may be set in it.
    expect([...fonts].filter((name) => !/^(Inter|NotoSansArabic|NotoEmoji)-/.test(name ?? ""))).toEqual(["Helvetica"]);
  });
});

describe("the org chart and transition plan in the PDF", () => {
  let report: ReportModel;
  let bytes: Buffer;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    report = archetypeReport("midsize_manufacturer_transforming");
    bytes = await renderReportPdf(report);
    pdf = await extractPdf(bytes);
  }, 60_000);

  it("draws the chart as boxes with text, its role names and marks selectable, and no image", () => {
    const page = pdf.pages.find((candidate) => squash(candidate.text).includes("Recommended: CDO over CIO and CTO"));
    expect(page, "the chart's page").toBeDefined();
    const text = squash(page?.text ?? "");
    expect(text).toContain("The structure today and as recommended");
    for (const node of report.structureChart.nodes) {
      expect(text, node.short).toContain(node.short);
      expect(text, node.short).toContain(node.changeLabel.toUpperCase());
      for (const area of node.remit) expect(text, area).toContain(area);
    }
    expect(text).toContain("CREATE · HIRE FIRST");
    expect(text).toContain("RE-SCOPE");
    expect(text).toContain("Today");
    expect(text).toContain("In place");
    // The first hire is marked on its box; the advice is named in the executive summary and said with its reasons in the leadership section, not again under the chart.
    const heading = report.labels.headings.hireFirst.toLowerCase();
    expect(pdf.flatText.toLowerCase().split(heading).length - 1, heading).toBe(2);
    // Vector shapes only: an image would be an XObject of subtype Image.
    expect(bytes.toString("latin1")).not.toContain("/Subtype /Image");
  });

  it("lists the transition's steps in order, each with a cited passage", () => {
    let from = pdf.flatText.indexOf("From today's structure to the recommended one");
    expect(from).toBeGreaterThan(0);
    for (const [index, step] of report.transition.steps.entries()) {
      const at = pdf.flatText.indexOf(`${index + 1}. ${squash(step.title)}`, from);
      expect(at, step.title).toBeGreaterThan(from);
      expect(step.citations.some((citation) => pdf.flatText.includes(squash(citation.phrase))), step.title).toBe(true);
      from = at;
    }
    // When to revisit is said once, in its own section, each point with its passages.
    const revisitAt = pdf.flatText.indexOf("When to revisit this decision", from);
    expect(revisitAt).toBeGreaterThan(from);
    for (const point of report.revisit.points) {
      expect(pdf.flatText.split(squash(point.text)).length - 1, point.text).toBe(1);
      expect(pdf.flatText.indexOf(squash(point.text))).toBeGreaterThan(revisitAt);
    }
  });
});

describe("the PDF of a result in French", () => {
  let report: ReportModel;
  let bytes: Buffer;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    report = archetypeReport("regional_bank", { locale: "fr" });
    bytes = await renderReportPdf(report);
    pdf = await extractPdf(bytes);
  }, 60_000);

  it("declares French as its language and has French metadata", () => {
    expect(bytes.toString("latin1")).toMatch(/\/Lang \(fr\)/);
    expect(pdf.info.Title).toBe("Recommandation de direction technologique pour Regional bank");
    // The structure's name stands inside the sentence, so French writes its article in lower case.
    expect(report.cover.recommendation).toBe("Un DSI et un CTO distincts");
    expect(pdf.info.Subject).toBe("Structure recommandée\u00a0: un DSI et un CTO distincts (niveau de confiance élevé)");
  });

  it("lists and heads every section with its French title, and keeps each citation in English as published", () => {
    const text = pdf.flatText;
    expect(squash(pdf.pages[1]?.text ?? "")).toContain(`Sommaire ${squash(sectionsOf(report)[0]?.title ?? "")}`);
    for (const section of sectionsOf(report)) expect(pdf.pages.slice(2).some((page) => page.items.some((item) => squash(item.text) === squash(section.title))), section.title).toBe(true);
    const english = archetypeReport("regional_bank");
    for (const driver of english.drivers.items) expect(driver.citations.some((citation) => text.includes(squash(citation.phrase)))).toBe(true);
    expect(text).toContain("Préparé par");
    expect(text).not.toMatch(/\bContents\b|\bPrepared by\b|\bPage \d+ of\b|\bpresent now\b/);
  });

  it("prints nothing over anything else, in French's longer words", () => {
    expectCleanLayout(pdf, "French");
  });

  it("keeps the note on points with the last point it explains, not alone on a page", async () => {
    const startup = await extractPdf(await renderReportPdf(archetypeReport("seed_saas", { locale: "fr", review: overriddenReview("ctio") })));
    expectCleanLayout(startup, "French startup");
  }, 60_000);

  it("prints French numbers with a space the fonts have: no stray mark between a number and its unit", () => {
    expect(JSON.stringify(report)).toContain("\u202f%");
    const text = pdf.pages.map((page) => page.text).join(" ");
    expect(text).not.toMatch(/[\u202f\u2044]|\d\/%/);
    expect(text).toMatch(/\d %/);
  });
});
