/** The firm's logo on the PDF cover: the report still renders, the image is in it, and the firm is still named. */
import { describe, expect, it } from "vitest";
import { jpegBytes, pngBytes } from "../testing/logo-images";
import { extractPdf } from "../testing/extract-pdf-text";
import { renderReportPdf } from "./render-pdf";
import { reportLogo } from "./logo";
import { HOSTILE_FIRM, archetypeReport, hostileReport, organizationReportFixture } from "../testing/report-fixtures";

/** Image XObjects in the file: pdfkit writes each object's dictionary uncompressed. */
const images = (pdf: Buffer) => pdf.toString("latin1").match(/\/Subtype \/Image/g)?.length ?? 0;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the PDF cover with the firm's logo", () => {
  it("renders a result's report with a PNG logo, and still names the firm on the cover", async () => {
    const bytes = await renderReportPdf(archetypeReport("regional_bank", { consultantFirmLogo: pngBytes({ width: 280, height: 96 }) }));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // An RGBA PNG is two images: the colours and the transparency mask.
    expect(images(bytes)).toBe(2);
    const pdf = await extractPdf(bytes);
    expect(squash(pdf.pages[0]?.text ?? "")).toContain("Prepared by Example Advisory");
    expect(pdf.info.Author).toBe("Example Advisory");
  }, 60_000);

  it("renders an organization's combined report with a JPEG logo", async () => {
    const bytes = await renderReportPdf(organizationReportFixture(3, { consultantFirmLogo: jpegBytes({ width: 96, height: 32 }) }));
    expect(images(bytes)).toBe(1);
    expect(squash((await extractPdf(bytes)).pages[0]?.text ?? "")).toContain("Prepared by Example Advisory");
  }, 60_000);

  it("keeps the cover of the hostile report on one page with a logo, and the logo's row inside the margins", async () => {
    const report = hostileReport();
    const pdf = await extractPdf(await renderReportPdf({ ...report, cover: { ...report.cover, consultantFirmLogo: reportLogo(pngBytes({ width: 140, height: 48 }), HOSTILE_FIRM, "en") } }));
    expect(squash(pdf.pages[0]?.text ?? "")).toContain("Confidential: prepared for the organization named above.");
    expect(squash(pdf.pages[1]?.text ?? "")).toContain("Executive summary");
    const cover = pdf.pages[0];
    const prepared = cover?.items.filter((item) => item.text.includes("Müller")) ?? [];
    expect(prepared.length).toBeGreaterThan(0);
    for (const item of prepared) expect(item.x + item.width, item.text).toBeLessThanOrEqual((cover?.width ?? 0) - 40);
  }, 60_000);

  it("shows the logo without a firm name, and no image without a logo", async () => {
    const nameless = await renderReportPdf(archetypeReport("regional_bank", { consultantFirmName: null, consultantFirmLogo: jpegBytes() }));
    expect(images(nameless)).toBe(1);
    expect((await extractPdf(nameless)).flatText).not.toContain("Prepared by");
    expect(images(await renderReportPdf(archetypeReport("regional_bank")))).toBe(0);
  }, 60_000);
});
