/** What consultants review and executives see, against a real SQLite file: every tenant boundary. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import {
  createAdmin,
  createAnonymousAssessment,
  createConsultant,
  createExecutive,
  createMemberAssessment,
  createOutsider,
  createTenant,
  expectDomainError,
} from "../testing/accounts";
import { getDraft, startAssessmentForMember } from "./assessments";
import { findReviewableResult, findViewableResult } from "../results/queries";
import { listMyAssessments, listOrganizationAssessments, reopenOwnDraft } from "./workspace";

afterAll(async () => {
  await db.$disconnect();
});

describe("starting an assessment inside an organization", () => {
  it("creates a draft owned by the member, in the organization, with its name filled in", async () => {
    const { organization, executive } = await createTenant();
    const { token } = await startAssessmentForMember(executive.actor, organization.id);
    const draft = await getDraft(executive.actor, token);
    expect(draft.details.organizationName).toBe(organization.name);
    const row = await db.assessment.findFirstOrThrow({ where: { userId: executive.user.id } });
    expect(row).toMatchObject({ organizationId: organization.id, submittedAt: null });
  });

  it("refuses people outside the organization (404) and anonymous visitors (401)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await expectDomainError(startAssessmentForMember(b.executive.actor, a.organization.id), 404, "organization_not_found");
    await expectDomainError(startAssessmentForMember(b.consultant.actor, a.organization.id), 404, "organization_not_found");
    await expectDomainError(startAssessmentForMember(ANONYMOUS, a.organization.id), 401);
    await expectDomainError(startAssessmentForMember(a.executive.actor, undefined), 400, "organizationId");
    expect(await db.assessment.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });
});

describe("a consultant's review of an organization", () => {
  it("lists the organization's drafts and results with recommendation, confidence, date and respondent", async () => {
    const { organization, consultant, executive } = await createTenant();
    const colleague = await createExecutive([organization.id], { name: "Colleague" });
    const submitted = await createMemberAssessment(executive.actor, organization.id);
    const draft = await createMemberAssessment(colleague.actor, organization.id, { draft: true });
    const listed = await listOrganizationAssessments(consultant.actor, organization.id);
    expect(listed).toHaveLength(2);
    const result = listed.find((item) => item.id === submitted.id);
    expect(result).toMatchObject({ status: "submitted", organizationName: organization.name, respondent: "Ada Example", respondentRole: "ceo" });
    expect(["separate", "ctio", "cdo"]).toContain(result?.result?.recommendation);
    expect(["high", "moderate", "low"]).toContain(result?.result?.confidence);
    expect(result?.result?.id).toBe(submitted.resultId);
    expect(listed.find((item) => item.id === draft.id)).toMatchObject({ status: "draft", result: null, respondent: colleague.user.name });
    const review = await findReviewableResult(consultant.actor, submitted.resultId);
    expect(review).toMatchObject({ id: submitted.resultId, organizationId: organization.id, details: { organizationName: organization.name } });
    expect(review.output.recommended).toBe(result?.result?.recommendation);
  });

  it("hides organization A's assessments and results from a consultant of B (404)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const submitted = await createMemberAssessment(a.executive.actor, a.organization.id);
    await expectDomainError(listOrganizationAssessments(b.consultant.actor, a.organization.id), 404, "organization_not_found");
    const error = await expectDomainError(findReviewableResult(b.consultant.actor, submitted.resultId), 404, "result_not_found");
    expect(error.message).not.toContain(a.organization.name);
    await expectDomainError(findViewableResult(b.consultant.actor, submitted.resultId), 404, "result_not_found");
  });

  it("keeps the review pages from the organization's executives and from consultants without a second factor", async () => {
    const { organization, executive } = await createTenant();
    const colleague = await createExecutive([organization.id]);
    const submitted = await createMemberAssessment(colleague.actor, organization.id);
    await expectDomainError(listOrganizationAssessments(executive.actor, organization.id), 403, "consultants_only");
    await expectDomainError(findReviewableResult(executive.actor, submitted.resultId), 404, "result_not_found");
    await expectDomainError(findReviewableResult(colleague.actor, submitted.resultId), 404, "result_not_found");
    const unenrolled = await createConsultant([organization.id], { secondFactor: false });
    await expectDomainError(listOrganizationAssessments(unenrolled.actor, organization.id), 403, "second_factor_required");
    await expectDomainError(findReviewableResult(unenrolled.actor, submitted.resultId), 404);
    await expectDomainError(findReviewableResult(ANONYMOUS, submitted.resultId), 401);
  });

  it("shows anonymous results to nobody in the workspace, administrators included", async () => {
    const anonymous = await createAnonymousAssessment();
    const admin = await createAdmin();
    await expectDomainError(findReviewableResult(admin.actor, anonymous.resultId), 404);
    await expectDomainError(findViewableResult(admin.actor, anonymous.resultId), 404);
  });

  it("lets an administrator review any organization's result", async () => {
    const { organization, executive } = await createTenant();
    const submitted = await createMemberAssessment(executive.actor, organization.id);
    const admin = await createAdmin();
    expect((await findReviewableResult(admin.actor, submitted.resultId)).id).toBe(submitted.resultId);
  });
});

describe("an executive's own assessments", () => {
  it("lists only the executive's own assessments, not colleagues' or anonymous ones", async () => {
    const { organization, executive } = await createTenant();
    const colleague = await createExecutive([organization.id]);
    const mine = await createMemberAssessment(executive.actor, organization.id);
    const myDraft = await createMemberAssessment(executive.actor, organization.id, { draft: true });
    await createMemberAssessment(colleague.actor, organization.id);
    await createAnonymousAssessment();
    const listed = await listMyAssessments(executive.actor);
    expect(listed.map((item) => item.id).sort()).toEqual([mine.id, myDraft.id].sort());
    expect(await listMyAssessments(ANONYMOUS).catch((error: unknown) => error)).toMatchObject({ kind: "unauthenticated" });
  });

  it("shows the executive their own result and the consultant theirs, but not a colleague's", async () => {
    const { organization, consultant, executive } = await createTenant();
    const colleague = await createExecutive([organization.id]);
    const mine = await createMemberAssessment(executive.actor, organization.id);
    const theirs = await createMemberAssessment(colleague.actor, organization.id);
    expect((await findViewableResult(executive.actor, mine.resultId)).id).toBe(mine.resultId);
    expect((await findViewableResult(consultant.actor, theirs.resultId)).id).toBe(theirs.resultId);
    await expectDomainError(findViewableResult(executive.actor, theirs.resultId), 404, "result_not_found");
    await expectDomainError(findViewableResult(executive.actor, "no-such-result"), 404, "result_not_found");
  });

  it("reopens the owner's draft with a fresh link, retiring the old one", async () => {
    const { organization, executive } = await createTenant();
    const draft = await createMemberAssessment(executive.actor, organization.id, { draft: true });
    const reopened = await reopenOwnDraft(executive.actor, draft.id);
    if (!("token" in reopened)) throw new Error("expected a fresh token");
    expect(reopened.token).not.toBe(draft.token);
    expect((await getDraft(executive.actor, reopened.token)).details.organizationName).toBe(organization.name);
    await expectDomainError(getDraft(executive.actor, draft.token), 404, "assessment_not_found");
  });

  it("reopens nobody else's draft, and points a submitted one at its result", async () => {
    const { organization, consultant, executive } = await createTenant();
    const draft = await createMemberAssessment(executive.actor, organization.id, { draft: true });
    const outsider = await createOutsider();
    await expectDomainError(reopenOwnDraft(consultant.actor, draft.id), 404, "assessment_not_found");
    await expectDomainError(reopenOwnDraft(outsider.actor, draft.id), 404, "assessment_not_found");
    await expectDomainError(reopenOwnDraft(ANONYMOUS, draft.id), 401);
    expect((await getDraft(executive.actor, draft.token)).revision).toBe(0);
    const submitted = await createMemberAssessment(executive.actor, organization.id);
    expect(await reopenOwnDraft(executive.actor, submitted.id)).toEqual({ resultId: submitted.resultId });
  });
});
