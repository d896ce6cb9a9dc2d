/** The report model: every section in the order, built from the stored output alone, user input cleaned. */
import { describe, expect, it } from "vitest";
import { ARCHETYPES } from "../scoring/archetypes";
import { STRUCTURES } from "../scoring/structures";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring/score";
import { buildResultReport, cleanUserText } from "./build-report";
import { renderReportMarkdown } from "./markdown";
import { asciiSlug, reportFileBaseName } from "./format";
import { REPORT_SECTION_IDS, sectionsOf } from "./model";
import { FIXED_DATE, archetypeReport, hostileReport, HOSTILE_COMPANY } from "../testing/report-fixtures";

describe("the report model", () => {
  it("lists the sections in the issue's order, without the organization-only one for a single result", () => {
    const report = archetypeReport("regional_bank");
    expect(sectionsOf(report).map((section) => section.id)).toEqual([
      "summary",
      "scores",
      "drivers",
      "counter",
      "change",
      "chart",
      "ownership",
      "mechanisms",
      "kpis",
      "leadership",
      "transition",
      "revisit",
      "answers",
      "methodology",
      "sources",
    ]);
    expect(REPORT_SECTION_IDS).toContain("disagreements");
    expect(report.disagreements).toBeNull();
    expect(report.kind).toBe("result");
  });

  it.each(ARCHETYPES.map((item) => item.id))("builds %s with a cover, a plain summary and cited drivers", (id) => {
    const report = archetypeReport(id);
    const name = STRUCTURES[report.cover.recommended].name;
    expect(report.cover.recommendation).toBe(name);
    expect(report.summary[0]).toContain(name);
    expect(report.summary.join(" ")).toMatch(/Confidence is (high|moderate|low)/);
    expect(report.scores.bars.map((bar) => bar.structure)).toHaveLength(3);
    expect(report.scores.bars[0]?.recommended).toBe(true);
    for (const item of [...report.drivers.items, ...report.counter.items]) expect(item.citations.length).toBeGreaterThan(0);
    expect(report.answers[0]?.sections.flatMap((section) => section.items).length).toBeGreaterThan(20);
    expect(report.sources.map((source) => source.id)).toEqual(["S1", "S2", "S3", "S4"]);
    expect(report.meta.title).toContain(report.cover.organizationName ?? "");
  });

  it("shows the robustness beside the scores, in whole percentages that add up to 100", () => {
    for (const archetype of ARCHETYPES) {
      const { robustness } = archetypeReport(archetype.id).scores;
      expect(robustness, archetype.id).not.toBeNull();
      expect(robustness?.bars.reduce((sum, bar) => sum + bar.percent, 0), archetype.id).toBe(100);
      expect(robustness?.caption, archetype.id).toContain("of 10,000 plausible variants of the model");
      expect(robustness?.note, archetype.id).toBeNull();
    }
  });

  it("says what would settle a close call and what would tip it, and only for a close call", () => {
    const close = archetypeReport("hospital_network");
    expect(close.cover.confidence).not.toBe("high");
    expect(close.change.eitherWay?.directions.map((direction) => direction.title)).toEqual([
      `What would settle it for ${STRUCTURES.separate.name}`,
      `What would tip it to ${STRUCTURES.ctio.name}`,
    ]);
    expect(archetypeReport("seed_saas").change.eitherWay).toBeNull();
    const markdown = renderReportMarkdown(close);
    expect(markdown).toContain("What would tip it, either way");
    expect(markdown).toContain("Share of draws won");
  });

  it("gives each driver the reason written for the respondent's side of the answer", () => {
    const report = archetypeReport("hospital_network");
    expect(report.drivers.items.every((item) => typeof item.reason === "string" && item.reason.length > 0)).toBe(true);
  });

  it("measures a result of model 2026.1 with that model, and says so", () => {
    const chosen = ARCHETYPES.find((item) => item.id === "regional_bank")!;
    const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: chosen.answers });
    const older = { ...output, modelVersion: "2026.1", questionnaireVersion: "2026.1" };
    delete older.robustness;
    const report = buildResultReport({ resultId: "old", submittedAt: "2026-03-12T10:00:00.000Z", output: older, answers: chosen.answers, organizationName: null, respondentName: null, respondentRole: null, consultantFirmName: null, generatedAt: FIXED_DATE });
    expect(report.scores.robustness?.note).toContain("model 2026.1");
    expect(report.change.eitherWay).toBeNull();
  });

  it("names the respondent, the role and the consulting firm on the cover", () => {
    const report = archetypeReport("seed_saas");
    expect(report.cover.respondents).toEqual([{ name: "Ada Example", role: "Chief Executive Officer", resultId: "result-seed_saas", submittedAt: "2026-03-12T10:00:00.000Z", overrideName: null }]);
    expect(report.cover.consultantFirmName).toBe("Example Advisory");
    expect(report.meta.author).toBe("Example Advisory");
    expect(report.cover.dateLabel).toBe("14 March 2026");
  });

  it("credits every driver to the recommendation, with a positive lead, even when a third structure gains more from it", () => {
    for (const archetype of ARCHETYPES) {
      const report = archetypeReport(archetype.id);
      for (const driver of report.drivers.items) {
        expect(driver.lead, archetype.id).toMatch(new RegExp(`^\\+(<0\\.1|\\d+\\.\\d) for ${report.cover.recommendation.replace(/[()]/g, "\\$&")}$`));
        expect(driver.lead, archetype.id).not.toMatch(/^\+0\.0 /);
      }
    }
  });

  it("says what would change the recommendation when a small change would", () => {
    const closeCall = ARCHETYPES.find((item) => item.closeCall);
    const report = archetypeReport(closeCall?.id ?? "professional_services_firm");
    expect(report.change.tippingPoints.length).toBeGreaterThan(0);
    expect(report.change.tippingPoints[0]?.headline).toMatch(/the recommendation would become/);
    expect(report.summary.join(" ")).toContain("The smallest change that would alter it");
  });
});

describe("user input in the report", () => {
  it("keeps the hostile company name whole (escaping is the renderers' job) but drops control and bidi override characters", () => {
    expect(hostileReport().cover.organizationName).toBe(HOSTILE_COMPANY);
    expect(cleanUserText("  Acme\u202e Corp\u0000\n Ltd  ")).toBe("Acme Corp Ltd");
    expect(cleanUserText("   ")).toBeNull();
    expect(cleanUserText(undefined)).toBeNull();
  });

  it("makes an ASCII file name from any company name", () => {
    expect(asciiSlug("Café Zürich & Søn")).toBe("cafe-zurich-s-n");
    expect(asciiSlug("شركة 🚀")).toBe("");
    expect(reportFileBaseName(HOSTILE_COMPANY, "2026-03-14T09:00:00.000Z")).toMatch(/^rolefit-report-[a-z0-9-]{1,60}-2026-03-14$/);
    expect(reportFileBaseName("\"; filename=evil.exe", "2026-03-14T09:00:00.000Z")).toBe("rolefit-report-filename-evil-exe-2026-03-14");
    expect(reportFileBaseName(null, "2026-03-14T09:00:00.000Z")).toBe("rolefit-report-2026-03-14");
  });
});
