/**
 * A result's report in German and French: no text the builders write is left in English, the
 * renderers write the report's own words, and citations stay as published.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { sameAsEnglishIn } from "../i18n/glossary";
import type { Locale } from "../i18n/locales";
import { ARCHETYPES } from "../scoring/archetypes";
import { structuresIn } from "../scoring/translations/localize";
import { archetypeReport, organizationReportInput, overriddenReview } from "../testing/report-fixtures";
import { renderStatic } from "../testing/render-static";
import { buildOrganizationReport } from "./build-organization-report";
import { escapeMarkdown, renderReportMarkdown } from "./markdown";
import { coverRespondents, sectionsOf, type ReportModel } from "./model";

/** Fields that are names, ids, versions, dates as data or quoted phrases: the same in every language by design (a citation's location is not). */
const NOT_TEXT = new Set(["phrase", "source", "id", "structure", "role", "criterionId", "resultId", "kind", "locale", "fileBaseName", "generatedAt", "submittedAt", "modelVersion", "questionnaireVersion", "organizationName", "consultantFirmName", "consultantFirmLogo", "name", "short", "recommended", "modelRecommended", "change", "status", "state", "reportsTo", "labels", "becomes", "confidence", "author", "keywords"]);

/** Every string the report holds, by path, except under NOT_TEXT fields and the sources' titles and publishers (published in English). */
function strings(value: unknown, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: unknown, at: string) => {
    if (typeof node === "string") found.set(at, node);
    else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${at}[${index}]`));
    else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (NOT_TEXT.has(key)) continue;
        if (at.startsWith("sources[") && (key === "title" || key === "publisher" || key === "author")) continue;
        visit(child, at ? `${at}.${key}` : key);
      }
    }
  };
  visit(value, path);
  return found;
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * The strings of a translated report that read exactly as in the English one. Allowed: text with
 * no letters, the glossary's shared terms, and text taken unchanged from the stored scoring output,
 * whose own text lib/scoring/translations/output.ts re-renders (and tests) in the locale.
 */
function englishLeft(english: ReportModel, translated: ReportModel, locale: Locale, userText: ReadonlySet<string> = new Set()): string[] {
  const allowed = new Set(sameAsEnglishIn(locale));
  const theirs = strings(translated);
  return [...strings(english)]
    .filter(([path, text]) => theirs.get(path) === text && hasLetters(text) && !allowed.has(text) && !userText.has(text))
    .map(([path, text]) => `${path}: ${text}`);
}


describe("a result's report in German and French", () => {
  it.each(ARCHETYPES.flatMap((archetype) => (["de", "fr"] as const).map((locale) => [archetype.id, locale] as const)))("%s in %s leaves no builder text in English", (id, locale) => {
    const english = archetypeReport(id);
    const translated = archetypeReport(id, { locale });
    expect(translated.locale).toBe(locale);
    expect(englishLeft(english, translated, locale)).toEqual([]);
  });

  it.each(["de", "fr"] as const)("with a consultant's override reads in %s too", (locale) => {
    const review = overriddenReview("ctio");
    const english = archetypeReport("regional_bank", { review });
    const translated = archetypeReport("regional_bank", { review, locale });
    expect(englishLeft(english, translated, locale, new Set([review.override?.justification ?? ""]))).toEqual([]);
  });

  it("formats numbers and dates as the language writes them", () => {
    const report = archetypeReport("regional_bank", { locale: "de" });
    expect(report.cover.dateLabel).toBe("14. März 2026");
    expect(report.scores.caption).toMatch(/\d,\d Punkte/);
    expect(report.scores.caption).toMatch(/\d+\u00a0%/);
    const french = archetypeReport("regional_bank", { locale: "fr" });
    expect(french.cover.dateLabel).toBe("14 mars 2026");
    expect(french.methodology.dimensions.some((dimension) => /^\d+,\d sur 100$/.test(dimension.value))).toBe(true);
  });
});

describe("the French Markdown report", () => {
  it("has the French section titles and headings, and citations in English as published", () => {
    const english = archetypeReport("regional_bank");
    const report = archetypeReport("regional_bank", { locale: "fr" });
    const markdown = renderReportMarkdown(report);
    for (const section of sectionsOf(report)) expect(markdown).toContain(`## ${escapeMarkdown(section.title)}`);
    expect(sectionsOf(report).map((section) => section.title)).toContain("Annexe A\u00a0: toutes les réponses données");
    expect(markdown).toContain(`**Structure recommandée\u00a0: ${report.cover.recommendation}**`);
    expect(markdown).toContain(`### ${report.labels.chart.today}`);
    expect(markdown).toContain("| Question | Réponse |");
    expect(markdown).toContain("Généré par Rolefit le 14 mars 2026.");
    const phrase = english.drivers.items[0]?.citations[0]?.phrase ?? "";
    expect(phrase).not.toBe("");
    expect(markdown).toContain(escapeMarkdown(phrase));
    for (const word of ["Contents", "Respondent", "Prepared by", "### Today", "Share of draws won", "present now", "Generated by"]) expect(markdown).not.toContain(word);
  });
});

describe("structure names and parentheses in French reports", () => {
  const FRENCH_NAMES = Object.values(structuresIn("fr")).map((structure) => structure.name);
  /** A French structure name written with its capital where a sentence goes on before it. */
  const capitalInside = (text: string) =>
    FRENCH_NAMES.flatMap((name) => [...text.matchAll(new RegExp(`(?<![.!?…]\\s|^)(?<=.)${name}`, "gu"))].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 30), (match.index ?? 0) + name.length)));

  const reports = (): [string, ReportModel][] => [
    ...ARCHETYPES.map((archetype) => [archetype.id, archetypeReport(archetype.id, { locale: "fr" })] as [string, ReportModel]),
    ["override", archetypeReport("regional_bank", { locale: "fr", review: overriddenReview("ctio") })],
    ["organization", buildOrganizationReport({ ...organizationReportInput(3), locale: "fr" })],
  ];

  it("write a structure's article in lower case inside a sentence and keep the capital at a sentence's start", () => {
    for (const [id, report] of reports()) {
      const found = [...strings(report)].flatMap(([path, text]) => capitalInside(text).map((where) => `${id} ${path}: …${where}`));
      expect(found).toEqual([]);
    }
    const report = archetypeReport("regional_bank", { locale: "fr" });
    expect(report.cover.recommendation).toBe("Un DSI et un CTO distincts");
    expect(report.scores.caption).toMatch(/^Un DSI et un CTO distincts devance un CDO au-dessus du DSI et du CTO de /);
    expect(report.drivers.lead).toContain("placent un DSI et un CTO distincts devant un CDO au-dessus du DSI et du CTO");
    expect(report.summary.join(" ")).toContain("recommandée pour Regional bank\u00a0: un DSI et un CTO distincts.");
  });

  it("never nest parentheses: a role's own abbreviation goes in square brackets inside them", () => {
    const cover = coverRespondents(archetypeReport("regional_bank", { locale: "fr" }));
    expect(cover).toEqual(["Ada Example (Directeur général [CEO])"]);
    for (const [id, report] of reports()) {
      const nested = renderReportMarkdown(report).match(/\([^()\n]*\([^()\n]*\)[^()\n]*\)/g) ?? [];
      expect(nested, id).toEqual([]);
    }
    const organization = buildOrganizationReport({ ...organizationReportInput(3), locale: "fr" });
    expect(coverRespondents(organization)[2]).toBe("Chloé Martin (Dirigeant technologique [DSI, CTO, CDO], 3 février 2026)");
  });

  it("name each signal's state on the print page in the report's language", () => {
    const report = archetypeReport("regional_bank", { locale: "fr" });
    const markup = renderStatic(createElement(ReportView, { report }), "fr");
    expect(markup).not.toMatch(/present now|not present/);
    expect(markup).toContain(`(${report.labels.signals.absent})`);
  });
});
