/** The print page's markup: every section, and user input escaped by React (never injected as HTML). */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { ReportLinks } from "@/components/report/report-links";
import { sectionsOf } from "./model";
import { archetypeReport, hostileReport } from "../testing/report-fixtures";

function html(report = archetypeReport("regional_bank")): string {
  return renderStatic(createElement(ReportView, { report }));
}

describe("the print report", () => {
  it("shows every section heading in order and the recommendation", () => {
    const report = archetypeReport("regional_bank");
    const markup = html(report);
    const headings = [...markup.matchAll(/<h2 id="report-([a-z]+)"/g)].map((match) => match[1]);
    expect(headings).toEqual(sectionsOf(report).map((section) => section.id));
    expect(markup).toContain(`data-testid="report-recommendation">${report.cover.recommendation}<`);
  });

  it("escapes hostile names", () => {
    const markup = html(hostileReport());
    expect(markup).not.toMatch(/<script|<img|<b>/i);
    expect(markup).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(markup).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(markup).toContain("شركة الاتصالات السعودية");
    expect(markup).toContain("🚀");
  });

  it("links to the PDF, the Markdown and the print page of the result", () => {
    const markup = renderStatic(createElement(ReportLinks, { resultId: "abc 1/2" }));
    expect(markup).toContain('href="/api/v1/results/abc%201%2F2/report?format=pdf"');
    expect(markup).toContain('href="/api/v1/results/abc%201%2F2/report?format=md"');
    expect(markup).toContain('href="/report/results/abc%201%2F2"');
  });

  it("links to the PDF, the Markdown and the print page of an organization's combined report", () => {
    const markup = renderStatic(createElement(ReportLinks, { organizationId: "org 1/2" }));
    expect(markup).toContain('href="/api/v1/organizations/org%201%2F2/report?format=pdf"');
    expect(markup).toContain('href="/api/v1/organizations/org%201%2F2/report?format=md"');
    expect(markup).toContain('href="/report/organizations/org%201%2F2"');
  });
});
