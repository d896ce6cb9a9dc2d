/** Claiming anonymous assessments into an account, against a real SQLite file. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { createAnonymousAssessment, createOutsider, createTenant, createMemberAssessment, expectDomainError } from "../testing/accounts";
import { ZAssessmentClaim } from "../validation/organizations";
import { claimAssessment, getClaimStatus } from "./claims";
import { parseOrThrow } from "../errors";
import { findViewableResult } from "../results/queries";
import { listMyAssessments } from "./workspace";

afterAll(async () => {
  await db.$disconnect();
});

async function ownerOf(assessmentId: string): Promise<string | null> {
  return (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).userId;
}

describe("claiming an anonymous assessment", () => {
  it("takes it into the account of whoever holds the link, then shows it among their assessments", async () => {
    const assessment = await createAnonymousAssessment();
    const claimer = await createOutsider();
    expect(await getClaimStatus(claimer.actor, assessment.token)).toBe("claimable");
    expect(await claimAssessment(claimer.actor, assessment.token)).toEqual({ assessmentId: assessment.id, alreadyOwned: false });
    expect(await ownerOf(assessment.id)).toBe(claimer.user.id);
    expect((await listMyAssessments(claimer.actor)).map((item) => item.id)).toEqual([assessment.id]);
    expect((await findViewableResult(claimer.actor, assessment.resultId)).id).toBe(assessment.resultId);
    expect(await getClaimStatus(claimer.actor, assessment.token)).toBe("yours");
  });

  it("is idempotent for the same user, including a double submit", async () => {
    const assessment = await createAnonymousAssessment({ draft: true });
    const claimer = await createOutsider();
    const outcomes = await Promise.all([claimAssessment(claimer.actor, assessment.token), claimAssessment(claimer.actor, assessment.token)]);
    expect(outcomes.map((outcome) => outcome.alreadyOwned).sort()).toEqual([false, true]);
    expect(await claimAssessment(claimer.actor, assessment.token)).toEqual({ assessmentId: assessment.id, alreadyOwned: true });
    expect(await ownerOf(assessment.id)).toBe(claimer.user.id);
  });

  it("refuses another account once claimed, with a clear message, and lets only one of two racing accounts win", async () => {
    const assessment = await createAnonymousAssessment();
    const [first, second] = await Promise.all([createOutsider(), createOutsider()]);
    const outcomes = await Promise.allSettled([claimAssessment(first.actor, assessment.token), claimAssessment(second.actor, assessment.token)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const owner = await ownerOf(assessment.id);
    const loser = owner === first.user.id ? second : first;
    const error = await expectDomainError(claimAssessment(loser.actor, assessment.token), 409, "already_claimed");
    expect(error.message).toMatch(/another account/);
    expect(await getClaimStatus(loser.actor, assessment.token)).toBe("taken");
    expect(await ownerOf(assessment.id)).toBe(owner);
  });

  it("refuses to move an organization member's assessment to someone holding its link", async () => {
    const { organization, executive } = await createTenant();
    const owned = await createMemberAssessment(executive.actor, organization.id);
    const other = await createOutsider();
    await expectDomainError(claimAssessment(other.actor, owned.token), 409, "already_claimed");
    expect(await ownerOf(owned.id)).toBe(executive.user.id);
  });

  it("works only with the link: not signed out, not by id, not with a wrong token", async () => {
    const assessment = await createAnonymousAssessment();
    const claimer = await createOutsider();
    await expectDomainError(claimAssessment(ANONYMOUS, assessment.token), 401, "sign_in_required");
    expect(await getClaimStatus(ANONYMOUS, assessment.token)).toBe("sign_in");
    await expectDomainError(claimAssessment(claimer.actor, assessment.id), 400, "token");
    await expectDomainError(claimAssessment(claimer.actor, "C".repeat(43)), 404, "assessment_not_found");
    await expectDomainError(claimAssessment(claimer.actor, undefined), 400, "token");
    expect(await ownerOf(assessment.id)).toBeNull();
  });

  it("refuses extra fields in the claim form, such as a user or organization id", () => {
    const token = "D".repeat(43);
    expect(parseOrThrow(ZAssessmentClaim, { token })).toEqual({ token });
    for (const extra of [{ userId: "someone" }, { organizationId: "org" }, { role: "consultant" }]) {
      expect(() => parseOrThrow(ZAssessmentClaim, { token, ...extra })).toThrow(expect.objectContaining({ kind: "invalid", code: "invalid_request" }));
    }
  });
});
