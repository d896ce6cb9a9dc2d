/**
 * A consultant's review reaches the client: once a result is in review or overridden, every way
 * of reading it (the respondent's report, a share link, the API, the CSV export, the results
 * table's filter, the portfolio's counts, the organization's combined view) says so.
 */
import { afterAll, describe, expect, it } from "vitest";
import { toApiResult } from "../api/present";
import { db } from "../db";
import { renderReportMarkdown } from "../report/markdown";
import type { StructureId } from "../scoring/types";
import { STRUCTURES } from "../scoring/structures";
import { getResultWithReview } from "../services/read-api";
import { clearOverride as clearOverrideService, setOverride as setOverrideService, setReviewStatus as setReviewStatusService } from "../services/result-review";
import { getOrganizationAggregate, getPortfolioDistribution } from "../services/organization-insights";
import { openResultsExport } from "../services/results-export";
import { countResults } from "../services/results-table";
import { createShareLink, openSharedReport } from "../services/share-links";
import { createConsultant, createMemberAssessment, createTenant } from "../testing/accounts";
import { parsedBy } from "../testing/parsed-by";
import { ZOverrideClear, ZOverrideSet, ZReviewStatusChange } from "../validation/review";
import { loadResultReport } from "./report";

const setOverride = parsedBy(ZOverrideSet, setOverrideService);
const clearOverride = parsedBy(ZOverrideClear, clearOverrideService);
const setReviewStatus = parsedBy(ZReviewStatusChange, setReviewStatusService);

afterAll(async () => {
  await db.$disconnect();
});

const JUSTIFICATION = "The board has already appointed two strong peers and wants both reporting to the CEO.";

async function reviewedWorld() {
  const tenant = await createTenant();
  const { resultId } = await createMemberAssessment(tenant.executive.actor, tenant.organization.id);
  const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
  const model = recommendation as StructureId;
  const other: StructureId = model === "ctio" ? "separate" : "ctio";
  return { ...tenant, resultId, model, other };
}

async function exportedRow(actor: Parameters<typeof openResultsExport>[0], organizationId: string, resultId: string): Promise<Record<string, unknown>> {
  const exported = await openResultsExport(actor, { organization: organizationId });
  for await (const row of exported.rows()) {
    const record = Object.fromEntries(exported.columns.map((column, index) => [column, row[index]]));
    if (record.id === resultId) return record;
  }
  throw new Error(`Result ${resultId} was not exported`);
}

describe("a result in review", () => {
  it("reaches the respondent's report as a draft naming the consultant", async () => {
    const world = await reviewedWorld();
    await setReviewStatus(world.consultant.actor, { resultId: world.resultId, status: "in_review" });
    const report = await loadResultReport(world.executive.actor, world.resultId);
    expect(report.cover.review.state).toBe("draft");
    expect(report.cover.review.statusLine).toMatch(new RegExp(`^Draft: in review by ${world.consultant.user.name} since `));
    expect(report.cover.recommended).toBe(world.model);
    expect(renderReportMarkdown(report)).toContain("**Draft.**");
  });
});

describe("an overridden, shared result", () => {
  it("headlines the consultant's recommendation in the respondent's report, a share link, the API and the export", async () => {
    const world = await reviewedWorld();
    await setOverride(world.consultant.actor, { resultId: world.resultId, recommendation: world.other, justification: JUSTIFICATION });
    await setReviewStatus(world.consultant.actor, { resultId: world.resultId, status: "shared" });

    const own = await loadResultReport(world.executive.actor, world.resultId);
    expect(own.cover.recommended).toBe(world.other);
    expect(own.cover.review.override).toMatchObject({ modelRecommended: world.model, justification: JUSTIFICATION });
    expect(own.cover.review.override?.byline).toMatch(new RegExp(`^${world.consultant.user.name}, \\d+ \\w+ \\d{4}$`));
    expect(own.cover.review.statusLine).toMatch(new RegExp(`^Reviewed by ${world.consultant.user.name} on `));

    const link = await createShareLink(world.consultant.actor, { resultId: world.resultId, expiresInDays: 7 });
    const shared = await openSharedReport(link.token);
    expect(shared.report.cover.recommendation).toBe(STRUCTURES[world.other].name);
    expect(shared.report.cover.review).toEqual(own.cover.review);

    const api = toApiResult(await getResultWithReview(world.consultant.actor, world.resultId));
    expect(api).toMatchObject({ recommendation: world.model, recommendationInForce: world.other, reviewStatus: "shared", reviewedBy: world.consultant.user.name });
    expect(api.override).toMatchObject({ recommendation: world.other, justification: JUSTIFICATION, overriddenBy: world.consultant.user.name });

    expect(await exportedRow(world.consultant.actor, world.organization.id, world.resultId)).toMatchObject({
      recommendation: world.model,
      override_recommendation: world.other,
      recommendation_in_force: world.other,
      override_justification: JUSTIFICATION,
    });
  });

  it("is counted under the consultant's structure by the table's filter, the portfolio and the combined view, and back under the model's once cleared", async () => {
    const world = await reviewedWorld();
    const consultant = world.consultant.actor;
    const filtered = async (recommendation: StructureId) => (await countResults(consultant, { organization: world.organization.id, recommendation })).total;
    const portfolio = async () => (await getPortfolioDistribution(consultant)).overall.results;

    await setOverride(consultant, { resultId: world.resultId, recommendation: world.other, justification: JUSTIFICATION });
    expect([await filtered(world.other), await filtered(world.model)]).toEqual([1, 0]);
    expect((await portfolio())[world.other]).toBe(1);
    expect((await portfolio())[world.model]).toBe(0);
    const combined = await getOrganizationAggregate(consultant, world.organization.id);
    expect(combined.aggregate.respondents[0]?.overrideName).toBe(STRUCTURES[world.other].name);

    await clearOverride(consultant, { resultId: world.resultId });
    expect([await filtered(world.other), await filtered(world.model)]).toEqual([0, 1]);
    expect((await portfolio())[world.model]).toBe(1);
    expect((await loadResultReport(world.executive.actor, world.resultId)).cover.review.override).toBeNull();
  });

  it("keeps the override when the consultant's account is deleted, attributed to a consultant", async () => {
    const world = await reviewedWorld();
    const departing = await createConsultant([world.organization.id], { name: "Departing Consultant" });
    await setOverride(departing.actor, { resultId: world.resultId, recommendation: world.other, justification: JUSTIFICATION });
    await db.user.delete({ where: { id: departing.user.id } });
    const report = await loadResultReport(world.executive.actor, world.resultId);
    expect(report.cover.recommended).toBe(world.other);
    expect(report.cover.review.override?.byline).toMatch(/^A consultant, /);
  });
});
