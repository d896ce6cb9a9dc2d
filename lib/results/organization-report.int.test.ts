/**
 * An organization's combined report against a real SQLite file: three executives who answered
 * differently, combined with the weights a consultant set, rendered to PDF and read back; and
 * nobody outside the organization's consultants and administrators may load it.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { startAssessmentForMember, submitAssessment } from "../services/assessments";
import { setRoleWeights as setRoleWeightsService } from "../services/organization-insights";
import { createAdmin, createConsultant, createExecutive, createTenant, createTestOrganization, expectDomainError, type TestAccount } from "../testing/accounts";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { type ExtractedPdf, extractPdf } from "../testing/extract-pdf-text";
import { sectionsOf, type ReportModel } from "../report/model";
import { renderReportPdf } from "../report/render-pdf";
import { loadOrganizationReport } from "./report";
import { parsedBy } from "../testing/parsed-by";
import { ZRoleWeightsUpdate } from "../validation/aggregation";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const setRoleWeights = parsedBy(ZRoleWeightsUpdate, setRoleWeightsService);

const GENERATED_AT = new Date("2026-03-14T09:00:00.000Z");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Three views of one company: the chief executive's, a technology leader pushing for speed, a finance chief who sees a smaller, steadier firm. */
const RESPONDENTS: { name: string; role: string; answers: TAnswers }[] = [
  { name: "Ana Lima", role: "ceo", answers: COMPLETE_ANSWERS },
  {
    name: "Ben Okafor",
    role: "technology_executive",
    answers: { ...COMPLETE_ANSWERS, tech_focus: "customers", speed_vs_stability: 5, innovation_ambition: 5, velocity_conflict: 5, budget_disputes: "often", strategic_pivot: "planned" },
  },
  {
    name: "Cara Diaz",
    role: "cfo",
    answers: { ...COMPLETE_ANSWERS, employees: 180, business_units: 1, tech_focus: "employees", speed_vs_stability: 1, digital_transformation: "none", velocity_conflict: 1 },
  },
];

async function submitAs(executive: TestAccount, organizationId: string, respondent: (typeof RESPONDENTS)[number], organizationName: string): Promise<void> {
  const { token } = await startAssessmentForMember(executive.actor, organizationId);
  await submitAssessment(executive.actor, token, {
    questionnaireVersion: QUESTIONNAIRE.version,
    answers: respondent.answers,
    details: { organizationName, respondentName: respondent.name, respondentRole: respondent.role },
    idempotencyKey: randomUUID(),
  });
}

afterAll(async () => {
  await db.$disconnect();
});

describe("an organization's combined report, from the database to the PDF", () => {
  let organization: { id: string; name: string };
  let consultant: TestAccount;
  let report: ReportModel;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    organization = await createTestOrganization(`Northwind Holdings ${randomUUID().slice(0, 6)}`);
    await db.organization.update({ where: { id: organization.id }, data: { consultantFirmName: "Acme Advisory" } });
    consultant = await createConsultant([organization.id]);
    for (const respondent of RESPONDENTS) {
      const executive = await createExecutive([organization.id], { name: respondent.name });
      await submitAs(executive, organization.id, respondent, organization.name);
    }
    await setRoleWeights(consultant.actor, { organizationId: organization.id, ceo: "2" });
    report = await loadOrganizationReport(consultant.actor, organization.id, { generatedAt: GENERATED_AT });
    pdf = await extractPdf(await renderReportPdf(report));
  }, 120_000);

  it("combines the three respondents with the consultant's role weights", async () => {
    expect(report.kind).toBe("organization");
    expect(report.cover).toMatchObject({ organizationName: organization.name, consultantFirmName: "Acme Advisory" });
    expect(report.cover.respondents.map((respondent) => [respondent.name, respondent.role])).toEqual([
      ["Ana Lima", "Chief Executive Officer"],
      ["Ben Okafor", "Technology executive (CIO, CTO, CDO)"],
      ["Cara Diaz", "Chief Financial Officer"],
    ]);
    expect(report.summary.join(" ")).toContain("Role weights used: Chief Executive Officer 2 (1 respondent)");
    expect(report.answers).toHaveLength(3);
    expect(report.disagreements?.items.length).toBeGreaterThan(0);
    const admin = await createAdmin();
    expect(await loadOrganizationReport(admin.actor, organization.id, { generatedAt: GENERATED_AT })).toEqual(report);
  });

  it("renders a PDF titled for the organization, with every section heading in order", () => {
    expect(pdf.info.Title).toBe(`Combined technology leadership recommendation for ${organization.name}`);
    expect(pdf.info.Author).toBe("Acme Advisory");
    let from = 0;
    for (const section of sectionsOf(report)) {
      const at = pdf.flatText.indexOf(section.title, from);
      expect(at, section.title).toBeGreaterThanOrEqual(0);
      from = at + section.title.length;
    }
    expect(pdf.flatText).toContain("Where respondents disagree");
  });

  it("puts the combined recommendation and every respondent on the cover", () => {
    const cover = squash(pdf.pages[0]?.text ?? "");
    expect(cover).toContain(report.cover.recommendation);
    expect(cover).toContain(report.cover.confidenceLabel);
    expect(cover).toContain("Combined technology leadership recommendation of 3 respondents");
    for (const name of ["Ana Lima", "Ben Okafor", "Cara Diaz"]) expect(cover).toContain(name);
  });

  it("cites at least one passage for every driver", () => {
    expect(report.drivers.items.length).toBeGreaterThan(0);
    for (const item of report.drivers.items) {
      expect(pdf.flatText, item.statement).toContain(squash(item.statement));
      expect(
        item.citations.some((citation) => pdf.flatText.includes(squash(citation.phrase))),
        `a citation of "${item.statement}"`,
      ).toBe(true);
    }
  });

  it("stays within the expected page count, every body page numbered", () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(15);
    expect(pdf.pageCount).toBeLessThanOrEqual(35);
    for (const [index, page] of pdf.pages.entries()) {
      if (index > 0) expect(squash(page.text)).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
    }
  });
});

describe("who may load an organization's combined report", () => {
  it("answers 404 to another organization's consultant, the organization's own executives and outsiders, and 401 to anonymous visitors", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await submitAs(a.executive, a.organization.id, RESPONDENTS[0]!, a.organization.name);
    await expect(loadOrganizationReport(a.consultant.actor, a.organization.id)).resolves.toMatchObject({ kind: "organization" });
    const unenrolled = await createConsultant([a.organization.id], { secondFactor: false });
    for (const actor of [b.consultant.actor, a.executive.actor, unenrolled.actor]) {
      const error = await expectDomainError(loadOrganizationReport(actor, a.organization.id), 404, "organization_not_found");
      expect(error.message).not.toContain(a.organization.name);
    }
    await expectDomainError(loadOrganizationReport(ANONYMOUS, a.organization.id), 401);
  });

  it("answers 409 when no respondent carries weight yet", async () => {
    const { organization, consultant } = await createTenant();
    await expectDomainError(loadOrganizationReport(consultant.actor, organization.id), 409, "nothing_to_combine");
  });
});
