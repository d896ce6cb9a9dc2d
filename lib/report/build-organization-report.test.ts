/** The organization's combined report: built from its respondents' stored outputs and the role weights, every section in order. */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { aggregationRuleIn, combineRespondents, type RespondentResult } from "../portfolio/aggregate";
import { disagreementAgenda } from "../portfolio/disagreement";
import { STRUCTURES } from "../scoring/structures";
import { DomainError } from "../errors";
import { buildOrganizationReport, type OrganizationReportInput, type OrganizationReportRespondent } from "./build-organization-report";
import { escapeMarkdown, renderReportMarkdown } from "./markdown";
import { sectionsOf } from "./model";
import { HOSTILE_COMPANY, HOSTILE_FIRM, HOSTILE_RESPONDENT, organizationReportFixture, organizationReportInput } from "../testing/report-fixtures";

function asResult(respondent: OrganizationReportRespondent): RespondentResult {
  const { output } = respondent;
  return { ...respondent, recommended: output.recommended, scores: output.scores, dimensions: output.dimensions, modelVersion: output.modelVersion };
}

function combinedOf(input: OrganizationReportInput) {
  const combined = combineRespondents(input.respondents.map(asResult), input.roleWeights).combined;
  if (!combined) throw new Error("The fixture should combine");
  return combined;
}

describe("an organization's combined report", () => {
  it("lists every section in order, with where respondents disagree before the appendices", () => {
    const report = organizationReportFixture(3);
    expect(report.kind).toBe("organization");
    expect(sectionsOf(report).map((section) => section.title)).toEqual([
      "Executive summary",
      "How the three structures score",
      "Why this recommendation",
      "What points elsewhere",
      "What would change the recommendation",
      "The structure today and as recommended",
      "Who owns what",
      "How the leaders work together",
      "Scorecard for each role",
      "The leadership profile and whom to hire first",
      "From today's structure to the recommended one",
      "When to revisit this decision",
      "Where respondents disagree",
      "Appendix A: Every answer given",
      "Appendix B: Methodology",
      "Appendix C: Sources",
    ]);
    const markup = renderStatic(createElement(ReportView, { report }));
    expect([...markup.matchAll(/<h2 id="report-([a-z]+)"/g)].map((match) => match[1])).toEqual(sectionsOf(report).map((section) => section.id));
    const markdown = renderReportMarkdown(report);
    expect(markdown.indexOf("## When to revisit this decision")).toBeLessThan(markdown.indexOf("## Where respondents disagree"));
    expect(markdown.indexOf("## Where respondents disagree")).toBeLessThan(markdown.indexOf("## Appendix A: Every answer given"));
  });

  it("recommends what the combined view recommends, with its scores, lead and confidence", () => {
    const input = organizationReportInput(3);
    const combined = combinedOf(input);
    const report = buildOrganizationReport(input);
    expect(report.cover.recommended).toBe(combined.recommendation);
    expect(report.cover.recommendation).toBe(STRUCTURES[combined.recommendation].name);
    expect(report.cover.confidence).toBe(combined.confidence.level);
    expect(report.scores.bars.map((bar) => [bar.structure, bar.score])).toEqual(combined.ranking.map((id) => [id, combined.scores[id]]));
    expect(report.scores.caption).toContain(`by ${combined.lead.toFixed(1)} points`);
    expect(report.scores.confidenceRule).toBe(combined.confidence.rule);
    expect(report.meta.title).toBe("Combined technology leadership recommendation for Northwind Holdings");
    expect(report.fileBaseName).toBe("rolefit-combined-report-northwind-holdings-2026-03-14");
  });

  it("says in plain words how many respondents it combines, by which rule and with which role weights", () => {
    const summary = organizationReportFixture(3).summary.join("\n");
    expect(summary).toContain("combining the answers of 3 respondents");
    expect(summary).toContain(aggregationRuleIn());
    expect(summary).toContain("Role weights used: Chief Executive Officer 2 (1 respondent); Chief Financial Officer 1 (1 respondent)");
    expect(summary).toMatch(/Confidence is (high|moderate|low): /);
    expect(summary).toContain("The respondents disagree most on");
  });

  it("names every respondent with role and date on the cover and gives each an answer group, in submission order", () => {
    const input = organizationReportInput(3);
    const report = buildOrganizationReport({ ...input, respondents: [...input.respondents].reverse() });
    expect(report.cover.respondents).toEqual([
      { name: "Amira Haddad", role: "Chief Executive Officer", resultId: "result-1", submittedAt: "2026-02-01T10:00:00.000Z", overrideName: null },
      { name: "Ben Ortiz", role: "Chief Financial Officer", resultId: "result-2", submittedAt: "2026-02-02T10:00:00.000Z", overrideName: null },
      { name: "Chloé Martin", role: "Technology executive (CIO, CTO, CDO)", resultId: "result-3", submittedAt: "2026-02-03T10:00:00.000Z", overrideName: null },
    ]);
    expect(report.answers.map((group) => group.respondent)).toEqual([
      "Amira Haddad (Chief Executive Officer, submitted 1 February 2026)",
      "Ben Ortiz (Chief Financial Officer, submitted 2 February 2026)",
      "Chloé Martin (Technology executive [CIO, CTO, CDO], submitted 3 February 2026)",
    ]);
    for (const group of report.answers) expect(group.sections.flatMap((section) => section.items).length).toBeGreaterThan(20);
    expect(renderReportMarkdown(report)).toContain("Amira Haddad (Chief Executive Officer, 1 February 2026); Ben Ortiz");
  });

  it("cites a passage for every driver and counter-signal, with each criterion's points weighted by role", () => {
    const input = organizationReportInput(3);
    const report = buildOrganizationReport(input);
    expect(report.drivers.items.length).toBeGreaterThan(0);
    for (const item of [...report.drivers.items, ...report.counter.items]) expect(item.citations.length, item.statement).toBeGreaterThan(0);
    expect(report.drivers.answerLabel).toBe("Answers");

    const recommended = report.cover.recommended;
    const runnerUp = report.scores.bars[1]?.structure ?? recommended;
    const top = report.drivers.items[0];
    const weights = input.respondents.map((respondent) => input.roleWeights[respondent.role ?? "unspecified"] ?? 1);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const expected = input.respondents.reduce((sum, respondent, index) => {
      const own = respondent.output.contributions.find((item) => item.statement === top?.statement);
      return sum + ((weights[index] ?? 0) * ((own?.points[recommended] ?? 0) - (own?.points[runnerUp] ?? 0))) / total;
    }, 0);
    expect(top?.lead).toBe(`+${(Math.round(expected * 10) / 10).toFixed(1)} for ${STRUCTURES[recommended].name}`);
    expect(top?.answer).toMatch(/Amira Haddad|every respondent/);
    for (const item of report.counter.items) expect(item.lead).not.toContain(`for ${STRUCTURES[recommended].name}`);
  });

  it("lists where the respondents disagree as the workshop agenda ranks it, with every respondent's answer", () => {
    const input = organizationReportInput(3);
    const report = buildOrganizationReport(input);
    const agenda = disagreementAgenda(input.respondents.map(asResult));
    expect(report.disagreements?.items.map((item) => item.question)).toEqual(agenda.questions.map((question) => question.label));
    expect(report.disagreements?.items.length).toBeGreaterThan(0);
    for (const item of report.disagreements?.items ?? []) expect(item.answers.map((answer) => answer.respondent)).toEqual(["Amira Haddad", "Ben Ortiz", "Chloé Martin"]);
    expect(report.disagreements?.lead).toContain(`${agenda.questionsWithDisagreement} questions differ in all`);
  });

  it("lists only changes that really tip the combination, with the scores they would give", () => {
    const input = organizationReportInput(2);
    const report = buildOrganizationReport(input);
    const weightChanges = report.change.tippingPoints.filter((point) => point.changes[0]?.question.startsWith("Weight of"));
    expect(weightChanges.length).toBeGreaterThan(0);
    for (const point of weightChanges) {
      const change = point.changes[0];
      const role = change?.question.includes("Chief Executive Officer") ? "ceo" : "cfo";
      const combined = combinedOf({ ...input, roleWeights: { ...input.roleWeights, [role]: Number(change?.to) } });
      expect(combined.recommendation).not.toBe(report.cover.recommended);
      expect(point.headline).toContain(`would become ${combined.recommendationName}`);
      expect(point.newScores).toContain(`${combined.recommendationName} ${combined.scores[combined.recommendation].toFixed(1)}`);
    }
    expect(report.summary.join(" ")).toContain(`One change that would alter it: ${report.change.tippingPoints[0]?.headline.charAt(0).toLowerCase()}`);
  });

  it("leaves a respondent whose role weighs 0 out of the combination, but not out of the report", () => {
    const input = organizationReportInput(3);
    const withoutCfo = { ...input, roleWeights: { ...input.roleWeights, cfo: 0 } };
    const report = buildOrganizationReport(withoutCfo);
    const alone = combinedOf({ ...input, respondents: input.respondents.filter((respondent) => respondent.role !== "cfo") });
    expect(report.scores.bars.map((bar) => bar.score)).toEqual(alone.ranking.map((id) => alone.scores[id]));
    expect(report.summary.join(" ")).toContain("Ben Ortiz is left out by a weight of 0.");
    expect(report.cover.respondents.map((respondent) => respondent.name)).toContain("Ben Ortiz");
    expect(report.answers).toHaveLength(3);
    expect(report.drivers.items.every((item) => !item.answer.includes("Ben Ortiz"))).toBe(true);
  });

  it("refuses with a 409 when no respondent carries weight, and labels unnamed respondents as the organization's page does", () => {
    const input = organizationReportInput(2);
    const nobody = { ...input, roleWeights: { ...input.roleWeights, ceo: 0, cfo: 0 } };
    expect(() => buildOrganizationReport(nobody)).toThrow(DomainError);
    expect(() => buildOrganizationReport(nobody)).toThrow(expect.objectContaining({ kind: "conflict", code: "nothing_to_combine" }));

    const unnamed = buildOrganizationReport({ ...input, respondents: input.respondents.map((respondent, index) => (index === 1 ? { ...respondent, name: " \u202e " } : respondent)) });
    expect(unnamed.cover.respondents.map((respondent) => respondent.name)).toEqual(["Amira Haddad", "Respondent 2"]);
  });

  it("builds a ten-respondent report with every respondent in it", () => {
    const report = organizationReportFixture(10);
    expect(report.cover.respondents).toHaveLength(10);
    expect(new Set(report.cover.respondents.map((respondent) => respondent.name)).size).toBe(10);
    expect(report.answers).toHaveLength(10);
    expect(report.summary[0]).toContain("combining the answers of 10 respondents");
    for (const item of report.disagreements?.items ?? []) expect(item.answers).toHaveLength(10);
  });
});

describe("hostile names in the organization report", () => {
  const report = organizationReportFixture(3, { organizationName: HOSTILE_COMPANY, respondentName: HOSTILE_RESPONDENT, consultantFirmName: HOSTILE_FIRM });

  it("keeps them whole in the model", () => {
    expect(report.cover.organizationName).toBe(HOSTILE_COMPANY);
    expect(report.cover.consultantFirmName).toBe(HOSTILE_FIRM);
    expect(report.cover.respondents[0]?.name).toBe(HOSTILE_RESPONDENT);
    expect(report.fileBaseName).toMatch(/^rolefit-combined-report-[a-z0-9-]+-2026-03-14$/);
  });

  it("escapes them in the Markdown, on the cover, in the disagreements and in the appendix", () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown).not.toMatch(/<script|<img|<b>/i);
    expect(markdown).not.toContain("[x](y)");
    const name = escapeMarkdown(HOSTILE_RESPONDENT);
    expect(markdown).toContain(`- **Respondents:** ${name} (Chief Executive Officer, 1 February 2026); Ben Ortiz`);
    expect(markdown).toContain(`   - ${name}: `);
    expect(markdown).toContain(`### ${name} (Chief Executive Officer, submitted 1 February 2026)`);
    expect(markdown).toContain(`# Combined technology leadership recommendation for ${escapeMarkdown(HOSTILE_COMPANY)}`);
  });

  it("escapes them in the print page", () => {
    const markup = renderStatic(createElement(ReportView, { report }));
    expect(markup).not.toMatch(/<script|<img|<b>/i);
    expect(markup).toContain("José &lt;b&gt;Ñúñez&lt;/b&gt;");
  });
});
