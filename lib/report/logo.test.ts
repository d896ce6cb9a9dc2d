/** The firm's logo in the report model, the print page and the Markdown. */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { jpegBytes, pngBytes } from "../testing/logo-images";
import { LOGO_BOX, fitLogo, logoDataUrl, reportLogo } from "./logo";
import { renderReportMarkdown } from "./markdown";
import { archetypeReport, organizationReportFixture } from "../testing/report-fixtures";

describe("the logo's size on the cover", () => {
  it("fits a wide logo to the box's width and a tall one to its height, keeping proportions", () => {
    expect(fitLogo(700, 100)).toEqual({ width: 140, height: 20 });
    expect(fitLogo(200, 200)).toEqual({ width: 48, height: 48 });
    expect(fitLogo(2000, 1999)).toEqual({ width: 48.02, height: 48 });
  });

  it("never enlarges a small logo", () => {
    expect(fitLogo(40, 16)).toEqual({ width: 40, height: 16 });
  });

  it("stays within the box for any size the upload accepts", () => {
    for (const [width, height] of [[16, 2000], [2000, 16], [333, 47], [141, 49]] as const) {
      const fitted = fitLogo(width, height);
      expect(fitted.width).toBeLessThanOrEqual(LOGO_BOX.width);
      expect(fitted.height).toBeLessThanOrEqual(LOGO_BOX.height);
      expect(Math.abs(fitted.width / fitted.height / (width / height) - 1)).toBeLessThan(0.02);
    }
  });
});

describe("the logo in the report model", () => {
  it("is a data URL of the type the bytes are, whatever was declared, with the firm in its alt text", () => {
    const logo = reportLogo(jpegBytes({ width: 280, height: 96 }), "Acme Advisory", "en");
    expect(logo).toEqual({ src: logoDataUrl("image/jpeg", jpegBytes({ width: 280, height: 96 })), alt: "Acme Advisory logo", width: 140, height: 48 });
    expect(logo?.src.startsWith("data:image/jpeg;base64,/9j/")).toBe(true);
  });

  it("is left out when the stored bytes no longer pass the checks, so a report never breaks on it", () => {
    expect(reportLogo(new TextEncoder().encode("<svg/>"), "Acme Advisory", "en")).toBeNull();
    expect(reportLogo(pngBytes().subarray(0, 40), "Acme Advisory", "en")).toBeNull();
    expect(reportLogo(null, "Acme Advisory", "en")).toBeNull();
  });

  it("names no firm in its alt text when the organization names none", () => {
    expect(reportLogo(pngBytes(), null, "en")?.alt).toBe("Consulting firm's logo");
  });

  it("has its alt text in the report's language", () => {
    expect(reportLogo(pngBytes(), "Acme Advisory", "de")?.alt).toBe("Logo von Acme Advisory");
    expect(reportLogo(pngBytes(), null, "fr")?.alt).toBe("Logo du cabinet de conseil");
    expect(archetypeReport("regional_bank", { consultantFirmLogo: pngBytes(), locale: "fr" }).cover.consultantFirmLogo?.alt).toBe("Logo du cabinet Example Advisory");
  });

  it("is on the cover of a result's report and of an organization's combined report", () => {
    const bytes = pngBytes({ width: 64, height: 32 });
    expect(archetypeReport("regional_bank", { consultantFirmLogo: bytes }).cover.consultantFirmLogo).toMatchObject({ alt: "Example Advisory logo", width: 64, height: 32 });
    expect(organizationReportFixture(2, { consultantFirmLogo: bytes }).cover.consultantFirmLogo).toMatchObject({ alt: "Example Advisory logo", width: 64, height: 32 });
    expect(archetypeReport("regional_bank").cover.consultantFirmLogo).toBeNull();
  });

  it("keeps the model plain, serialisable data", () => {
    const report = archetypeReport("regional_bank", { consultantFirmLogo: pngBytes() });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("the logo on the print page and in the Markdown", () => {
  const report = archetypeReport("regional_bank", { consultantFirmLogo: pngBytes({ width: 70, height: 24 }) });

  it("shows the logo as an inline image with alt text beside \"Prepared by\"", () => {
    const markup = renderStatic(createElement(ReportView, { report }));
    expect(markup).toContain(`<img src="${report.cover.consultantFirmLogo?.src}" alt="Example Advisory logo" style="width:70px;height:24px"`);
    expect(markup).toContain("Prepared by Example Advisory");
  });

  it("shows no image without a logo", () => {
    expect(renderStatic(createElement(ReportView, { report: archetypeReport("regional_bank") }))).not.toContain("<img");
  });

  it("keeps only the firm's name in the Markdown", () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("- **Prepared by:** Example Advisory");
    expect(markdown).not.toMatch(/data:|!\[/);
  });
});
