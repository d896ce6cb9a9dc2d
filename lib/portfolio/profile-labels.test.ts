import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { OrganizationTable } from "@/components/admin/organization-table";
import { LOCALES } from "../i18n/locales";
import { renderStatic } from "../testing/render-static";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "../validation/organizations";
import { industryOptionsIn, sizeBandOptionsIn } from "./profile-labels";

describe("an organization's industry and size in the reader's language", () => {
  it("names every stored id in every language, never with the id itself", () => {
    for (const locale of LOCALES) {
      const industries = industryOptionsIn(locale);
      const sizes = sizeBandOptionsIn(locale);
      expect(industries.map((option) => option.id)).toEqual(ORGANIZATION_INDUSTRIES.map((industry) => industry.id));
      expect(sizes.map((option) => option.id)).toEqual(ORGANIZATION_SIZE_BANDS.map((band) => band.id));
      for (const option of [...industries, ...sizes]) expect(option.label, `${locale} ${option.id}`).not.toBe(option.id);
    }
  });

  it("reads each label in the language asked for", () => {
    const energy = (locale: (typeof LOCALES)[number]) => industryOptionsIn(locale).find((option) => option.id === "energy")?.label;
    const midSize = (locale: (typeof LOCALES)[number]) => sizeBandOptionsIn(locale).find((option) => option.id === "250_999")?.label;
    expect([energy("en"), energy("de"), energy("fr")]).toEqual(["Energy and utilities", "Energie und Versorgung", "Énergie et services collectifs"]);
    expect([midSize("en"), midSize("de"), midSize("fr")]).toEqual(["250 to 999 employees", "250 bis 999 Mitarbeitende", "250 à 999 salariés"]);
  });

  it("shows in the administrator's organization table in the page's language", () => {
    const row = { id: "org1", name: "Acme", industry: "energy", sizeBand: "1000_4999", consultantFirmName: null, createdAt: "2026-01-01T00:00:00.000Z", consultants: 1, executives: 2, results: 3 };
    const german = renderStatic(createElement(OrganizationTable, { organizations: [row] }), "de");
    expect(german).toContain("<td>Energie und Versorgung</td>");
    expect(german).toContain("<td>1.000 bis 4.999 Mitarbeitende</td>");
    expect(german).not.toContain("Energy and utilities");
    const french = renderStatic(createElement(OrganizationTable, { organizations: [row] }), "fr");
    expect(french).toContain("<td>Énergie et services collectifs</td>");
  });
});
