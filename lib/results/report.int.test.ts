/** Who may load a result's report, against a real SQLite file: the result page's rule, 404 for everyone else. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { loadRespondentReport } from "../services/assessments";
import { createAdmin, createAnonymousAssessment, createConsultant, createExecutive, createMemberAssessment, createOutsider, createTenant, createTestOrganization, expectDomainError } from "../testing/accounts";
import { extractPdf } from "../testing/extract-pdf-text";
import { renderReportMarkdown } from "../report/markdown";
import { renderReportPdf } from "../report/render-pdf";
import { HOSTILE_COMPANY } from "../testing/report-fixtures";
import { loadResultReport } from "./report";

afterAll(async () => {
  await db.$disconnect();
});

describe("loading a result's report", () => {
  it("gives the respondent, the organization's consultants and administrators the same report", async () => {
    const { organization, consultant, executive } = await createTenant();
    await db.organization.update({ where: { id: organization.id }, data: { consultantFirmName: "Acme Advisory" } });
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const admin = await createAdmin();
    const generatedAt = new Date("2026-03-14T09:00:00.000Z");
    const own = await loadResultReport(executive.actor, resultId, { generatedAt });
    const reviewed = await loadResultReport(consultant.actor, resultId, { generatedAt });
    const administered = await loadResultReport(admin.actor, resultId, { generatedAt });
    expect(reviewed).toEqual(own);
    expect(administered).toEqual(own);
    expect(own.cover).toMatchObject({ organizationName: organization.name, consultantFirmName: "Acme Advisory" });
    expect(own.cover.respondents).toEqual([expect.objectContaining({ name: "Ada Example", role: "Chief Executive Officer", resultId })]);
    expect(own.meta.author).toBe("Acme Advisory");
  });

  it("answers 404 to people outside the organization, its other executives and unenrolled consultants, and 401 to anonymous visitors", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { resultId } = await createMemberAssessment(a.executive.actor, a.organization.id);
    const colleague = await createExecutive([a.organization.id]);
    const unenrolled = await createConsultant([a.organization.id], { secondFactor: false });
    const outsider = await createOutsider();
    for (const actor of [b.consultant.actor, b.executive.actor, colleague.actor, unenrolled.actor, outsider.actor]) {
      const error = await expectDomainError(loadResultReport(actor, resultId), 404, "result_not_found");
      expect(error.message).not.toContain(a.organization.name);
    }
    await expectDomainError(loadResultReport(ANONYMOUS, resultId), 401);
    await expectDomainError(loadResultReport(a.executive.actor, `${resultId}x`), 404);
  });

  it("renders a valid PDF and escaped Markdown for a stored result with a 300-character hostile company name", async () => {
    const organization = await createTestOrganization(HOSTILE_COMPANY);
    const executive = await createExecutive([organization.id]);
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const report = await loadResultReport(executive.actor, resultId);
    expect(report.cover.organizationName).toBe(HOSTILE_COMPANY);

    const pdf = await extractPdf(await renderReportPdf(report));
    expect(pdf.info.Title).toBe(`Technology leadership recommendation for ${HOSTILE_COMPANY}`);
    expect(pdf.pages[0]?.text.replace(/\s+/g, " ")).toContain(report.cover.recommendation);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(10);

    const markdown = renderReportMarkdown(report);
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("&lt;script&gt;");
    expect(report.fileBaseName).toMatch(/^[a-z0-9-]+$/);
    // The render pool's first worker starts here, at a low CPU priority: on a busy machine that takes a while.
  }, 120_000);
});

describe("the language of a result's report", () => {
  it("is the one chosen on export, else the organization's, whatever the reader's own", async () => {
    const { organization, consultant, executive } = await createTenant();
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    expect((await loadResultReport(consultant.actor, resultId, { fallbackLocale: "fr" })).locale).toBe("en");
    await db.organization.update({ where: { id: organization.id }, data: { language: "de" } });
    const german = await loadResultReport(consultant.actor, resultId, { fallbackLocale: "fr" });
    expect(german.locale).toBe("de");
    expect(german.labels.sections.summary).toBe("Zusammenfassung für die Geschäftsleitung");
    const french = await loadResultReport(consultant.actor, resultId, { locale: "fr" });
    expect(french.locale).toBe("fr");
    expect(french.scores.bars.map((bar) => bar.score)).toEqual(german.scores.bars.map((bar) => bar.score));
  });

  it("is the reader's own for a result outside any organization, unless one is chosen", async () => {
    const { token } = await createAnonymousAssessment();
    expect((await loadRespondentReport(ANONYMOUS, token, { fallbackLocale: "fr" })).locale).toBe("fr");
    expect((await loadRespondentReport(ANONYMOUS, token, { fallbackLocale: "fr", locale: "de" })).locale).toBe("de");
    expect((await loadRespondentReport(ANONYMOUS, token)).locale).toBe("en");
  });
});
