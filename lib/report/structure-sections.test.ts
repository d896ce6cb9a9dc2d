/** The org chart and transition plan as the report carries them: for the structure passed in, in words as well as boxes, disagreements said. */
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring/score";
import { statusLabelsIn } from "../scoring/org-chart";
import { STRUCTURE_IDS } from "../scoring/types";
import { renderReportMarkdown } from "./markdown";
import { organizationStructureSections, resultStructureSections } from "./structure-sections";
import { archetype, archetypeReport, organizationReportFixture, organizationReportInput } from "../testing/report-fixtures";

describe("the report's org chart and transition plan", () => {
  it("draws the structure it is given, not the one the model recommended", () => {
    const { answers } = archetype("regional_bank");
    const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
    expect(output.recommended).toBe("separate");
    for (const structure of STRUCTURE_IDS) {
      const { structureChart, transition } = resultStructureSections(structure, answers, output);
      expect(structureChart.recommendedName).toBe(structureChart.description[0]?.match(/^Recommended structure, (.+?):/)?.[1]);
      expect(transition.lead).toContain(structureChart.recommendedName);
    }
    const ctio = resultStructureSections("ctio", answers, output).structureChart;
    expect(ctio.nodes.map((node) => [node.short, node.changeLabel, node.firstLabel])).toEqual([["CTIO", "Merge", "First step"]]);
    expect(ctio.hireFirst.title).toBe("Widen your CTO's remit into a CTIO");
  });

  it("says in words what the drawing shows, for screen readers and Markdown", () => {
    const report = archetypeReport("midsize_manufacturer_transforming");
    expect(report.structureChart.description).toEqual([
      "Recommended structure, CDO over CIO and CTO: the CEO with a CDO (create, hire first) reporting directly, and a CIO (re-scope) and a CTO (create) reporting to the CDO.",
      "Today: CIO in place; not part of the structure: CDO, CTO and CTIO.",
    ]);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("## The structure today and as recommended");
    expect(markdown).toContain("- **Chief Executive Officer (CEO)**\n  - **Chief Digital Officer (CDO)**: create, **hire first**.");
    expect(markdown).toContain("    - **Chief Information Officer (CIO)**: re-scope.");
    expect(markdown).toContain("| Chief Technology Officer (CTO) | Not part of the structure |");
    expect(markdown).toMatch(/## From today's structure to the recommended one\n\n.+\n\n1\. \*\*Set up the steering committee chaired by the CDO to own the change\.\*\*/);
    // When to revisit is said once, in its own section, after the plan.
    for (const point of report.revisit.points) expect(markdown.split(point.text).length - 1, point.text).toBe(1);
    expect(markdown.indexOf(report.revisit.points[0]!.text)).toBeGreaterThan(markdown.indexOf("## When to revisit this decision"));
  });

  it("in an organization's report, shows a role the respondents answer differently as disputed, with each answer", () => {
    const input = organizationReportInput(3);
    const report = organizationReportFixture(3);
    for (const role of report.structureChart.current) {
      const statuses = new Set(input.respondents.map((respondent) => respondent.answers[`role_${role.role}`]));
      if (statuses.size > 1) {
        expect(role.status, role.short).toBe("disputed");
        expect(role.detail, role.short).toContain(`Amira Haddad: ${statusLabelsIn("en")[input.respondents[0]?.answers[`role_${role.role}`] as "filled"].toLowerCase()}`);
      } else {
        expect(role.status, role.short).not.toBe("disputed");
      }
    }
    expect(report.structureChart.current.some((role) => role.status === "disputed")).toBe(true);
    expect(report.transition.steps[0]?.title).toBe("Confirm which leadership roles exist today");
    expect(report.transition.steps[0]?.detail).toContain("The respondents' answers differ on");
  });

  it("uses what the organization's respondents agree on", () => {
    const respondents = [
      { label: "Ana", answers: { role_cio: "filled", role_cto: "none", role_cdo: "none", role_ctio: "none" } },
      { label: "Ben", answers: { role_cio: "filled", role_cto: "none", role_cdo: "none" } },
    ];
    const hireFirst = { role: "cto" as const, title: "Hire a Chief Technology Officer (CTO)", reason: "Because.", citations: [] };
    const { structureChart } = organizationStructureSections("separate", respondents, hireFirst, []);
    expect(structureChart.current.map((role) => [role.short, role.status])).toEqual([
      ["CDO", "none"],
      ["CIO", "filled"],
      ["CTO", "none"],
      ["CTIO", "none"],
    ]);
    expect(structureChart.nodes.map((node) => [node.short, node.changeLabel, node.firstLabel])).toEqual([
      ["CIO", "Keep", null],
      ["CTO", "Create", "Hire first"],
    ]);
  });
});
