/** Against a real SQLite file, migrated with the committed migrations (no mocks). */
import { randomUUID } from "node:crypto";
import { httpStatusOf } from "../http/errors";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { score } from "../scoring";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../testing/fixtures";
import { createMemberAssessment, createTenant } from "../testing/accounts";
import { createAssessment, getDraft, getResultForToken, saveDraft, submitAssessment } from "./assessments";
import { DomainError } from "../errors";
import { hashOpaqueToken } from "../auth/primitives/tokens";

afterAll(async () => {
  await db.$disconnect();
});

async function expectDomainError(promise: Promise<unknown>, status: number, pathOrCode: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(httpStatusOf(domainError)).toBe(status);
  expect([domainError.code, ...domainError.issues.map((issue) => issue.path)]).toContain(pathOrCode);
  return domainError;
}

describe("assessment drafts", () => {
  it("creates a draft reachable only through its token, storing just the token's hash", async () => {
    const { token } = await createAssessment();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    expect(JSON.stringify(row)).not.toContain(token);
    const draft = await getDraft(ANONYMOUS, token);
    expect(draft).toMatchObject({ answers: {}, revision: 0, resultId: null });
  });

  it("autosaves and resumes by token with the latest answers", async () => {
    const { token } = await createAssessment();
    await saveDraft(ANONYMOUS, token, draftBody({ employees: 40 }));
    const second = await saveDraft(ANONYMOUS, token, draftBody({ employees: 45, stage: "startup" }, { organizationName: "Acme" }));
    expect(second.revision).toBe(2);
    const resumed = await getDraft(ANONYMOUS, token);
    expect(resumed.answers).toEqual({ employees: 45, stage: "startup" });
    expect(resumed.details.organizationName).toBe("Acme");
  });

  it("rejects invalid saves with field paths and leaves the saved draft intact", async () => {
    const { token } = await createAssessment();
    await saveDraft(ANONYMOUS, token, draftBody({ employees: 300, stage: "scaleup" }));
    const before = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody({ employees: -1 })), 400, "answers.employees");
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody({ nonsense: 1 })), 400, "answers");
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody({ stage: "unicorn" })), 400, "answers.stage");
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody({ sells_technology: "no", tech_revenue_share: 10 })), 400, "answers.tech_revenue_share");
    await expectDomainError(saveDraft(ANONYMOUS, token, { ...draftBody({}), questionnaireVersion: "1999.1" }), 400, "questionnaireVersion");
    await expectDomainError(saveDraft(ANONYMOUS, token, { ...draftBody({}), organizationId: "x" }), 400, "invalid_request");
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody({}, { organizationName: "x".repeat(500) })), 400, "details.organizationName");
    await expectDomainError(saveDraft(ANONYMOUS, token, "not an object"), 400, "invalid_request");
    const after = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    expect(after).toEqual(before);
  });

  it("tells a malformed token from an unknown one", async () => {
    await expectDomainError(getDraft(ANONYMOUS, "short"), 400, "token");
    await expectDomainError(getDraft(ANONYMOUS, "A".repeat(43)), 404, "assessment_not_found");
    await expectDomainError(saveDraft(ANONYMOUS, "A".repeat(43), draftBody({})), 404, "assessment_not_found");
  });
});

describe("submission", () => {
  it("stores answers, versions and the model's full output, and shows them back", async () => {
    const { token } = await createAssessment();
    const outcome = await submitAssessment(ANONYMOUS, token, submissionBody());
    expect(outcome.created).toBe(true);
    const result = await getResultForToken(ANONYMOUS, token);
    expect(result.answers).toEqual(COMPLETE_ANSWERS);
    expect(result.questionnaireVersion).toBe(QUESTIONNAIRE.version);
    expect(result.modelVersion).toBe(result.output.modelVersion);
    expect(["separate", "ctio", "cdo"]).toContain(result.output.recommended);
    expect(result.output.drivers.length).toBeGreaterThan(0);
    expect(result.details).toMatchObject({ organizationName: "Northwind Bank", respondentRole: "ceo" });
    const row = await db.result.findUniqueOrThrow({ where: { id: outcome.resultId } });
    expect(row.recommendation).toBe(result.output.recommended);
    // The output is written as JSON text in a raw statement: it must read back as the model's output, exactly.
    expect(row.output).toStrictEqual(JSON.parse(JSON.stringify(score({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS }))));
  });

  it("turns a double submit into one result, whether replayed or from a second tab", async () => {
    const { token } = await createAssessment();
    const key = randomUUID();
    const outcomes = await Promise.all([submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key)), submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key))]);
    const secondTab = await submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, randomUUID()));
    const laterReplay = await submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key));
    expect(laterReplay.created).toBe(false);
    // The same answers in another order are the same submission; other answers under a new key are refused, not silently dropped.
    const reordered = Object.fromEntries(Object.entries(COMPLETE_ANSWERS).reverse().map(([id, value]) => [id, Array.isArray(value) ? [...value].reverse() : value]));
    expect((await submitAssessment(ANONYMOUS, token, submissionBody(reordered, randomUUID()))).resultId).toBe(secondTab.resultId);
    await expectDomainError(submitAssessment(ANONYMOUS, token, submissionBody({ ...COMPLETE_ANSWERS, employees: 12_345 }, randomUUID())), 409, "already_submitted");
    const ids = new Set([...outcomes, secondTab, laterReplay].map((outcome) => outcome.resultId));
    expect(ids.size).toBe(1);
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    const assessment = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    expect(await db.result.count({ where: { assessmentId: assessment.id } })).toBe(1);
  });

  it("answers a burst of replays, second tabs and a malformed copy sent together with one result, and a 400 for the malformed one", async () => {
    const { token } = await createAssessment();
    const key = randomUUID();
    const { stage: _stage, ...incomplete } = COMPLETE_ANSWERS;
    const settled = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, key))),
      ...Array.from({ length: 2 }, () => submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, randomUUID()))),
      submitAssessment(ANONYMOUS, token, submissionBody(incomplete, randomUUID())),
    ]);
    const answered = settled.slice(0, 12).map((outcome) => (outcome.status === "fulfilled" ? outcome.value : null));
    expect(answered.every((outcome) => outcome !== null)).toBe(true);
    expect(new Set(answered.map((outcome) => outcome?.resultId)).size).toBe(1);
    expect(answered.filter((outcome) => outcome?.created)).toHaveLength(1);
    const malformed = settled[12]!;
    expect(malformed.status).toBe("rejected");
    expect(httpStatusOf((malformed as PromiseRejectedResult).reason as DomainError)).toBe(400);
    const assessment = await db.assessment.findUniqueOrThrow({ where: { resumeTokenHash: hashOpaqueToken(token) } });
    expect(await db.result.count({ where: { assessmentId: assessment.id } })).toBe(1);
  });

  it("takes one of two parallel submissions with other answers under other keys and refuses the other (409), in one process and across two", async () => {
    const other = { ...COMPLETE_ANSWERS, employees: 12_345 };
    // A second copy of the services and the database client: another instance, with its own in-flight submissions.
    vi.resetModules();
    const secondInstance = await import("./assessments");
    const secondDb = await import("../db");
    try {
      for (const submitOther of [submitAssessment, secondInstance.submitAssessment, secondInstance.submitAssessment, secondInstance.submitAssessment]) {
        const { token } = await createAssessment();
        const settled = await Promise.allSettled([submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, randomUUID())), submitOther(ANONYMOUS, token, submissionBody(other, randomUUID()))]);
        const taken = settled.flatMap((outcome, index) => (outcome.status === "fulfilled" ? [{ index, ...outcome.value }] : []));
        expect(taken).toHaveLength(1);
        expect(taken[0]!.created).toBe(true);
        const refused = settled.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
        expect(refused.reason).toBeInstanceOf(Error);
        expect({ status: httpStatusOf(refused.reason as DomainError), code: (refused.reason as DomainError).code }).toEqual({ status: 409, code: "already_submitted" });
        const stored = await getResultForToken(ANONYMOUS, token);
        expect(stored.id).toBe(taken[0]!.resultId);
        expect(stored.answers).toEqual(taken[0]!.index === 0 ? COMPLETE_ANSWERS : other);
      }
      // The same answers from another instance under another key are a second tab: both get the one result.
      const { token } = await createAssessment();
      const both = await Promise.all([submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, randomUUID())), secondInstance.submitAssessment(ANONYMOUS, token, submissionBody(COMPLETE_ANSWERS, randomUUID()))]);
      expect(both[0].resultId).toBe(both[1].resultId);
      expect(both.filter((outcome) => outcome.created)).toHaveLength(1);
      // A repeat under the same key is a replay whatever it carries, in flight as after: the first answers stand.
      const replayed = await createAssessment();
      const key = randomUUID();
      const pair = await Promise.all([submitAssessment(ANONYMOUS, replayed.token, submissionBody(COMPLETE_ANSWERS, key)), submitAssessment(ANONYMOUS, replayed.token, submissionBody(other, key))]);
      expect(pair[0].resultId).toBe(pair[1].resultId);
      expect([COMPLETE_ANSWERS, other]).toContainEqual((await getResultForToken(ANONYMOUS, replayed.token)).answers);
    } finally {
      await secondDb.db.$disconnect();
    }
  });

  it("refuses an incomplete submission with the missing fields, and writes nothing", async () => {
    const { token } = await createAssessment();
    const { employees: _employees, stage: _stage, ...partial } = COMPLETE_ANSWERS;
    const error = await expectDomainError(submitAssessment(ANONYMOUS, token, submissionBody(partial)), 400, "answers.employees");
    expect(error.issues.map((issue) => issue.path)).toContain("answers.stage");
    await expectDomainError(getResultForToken(ANONYMOUS, token), 404, "result_not_found");
  });

  it("locks the draft once submitted, and refuses a key reused for another assessment", async () => {
    const first = await createAssessment();
    const key = randomUUID();
    await submitAssessment(ANONYMOUS, first.token, submissionBody(COMPLETE_ANSWERS, key));
    await expectDomainError(saveDraft(ANONYMOUS, first.token, draftBody({ employees: 5 })), 409, "already_submitted");
    const second = await createAssessment();
    await expectDomainError(submitAssessment(ANONYMOUS, second.token, submissionBody(COMPLETE_ANSWERS, key)), 409, "idempotency_key_reused");
    expect((await getDraft(ANONYMOUS, first.token)).answers).toEqual(COMPLETE_ANSWERS);
  });
});

describe("assessments that belong to an account", () => {
  it("open through their link only for the owner, answering 404 to anyone else", async () => {
    const { organization, consultant, executive } = await createTenant();
    const draft = await createMemberAssessment(executive.actor, organization.id, { draft: true });
    expect((await getDraft(executive.actor, draft.token)).resultId).toBeNull();
    await expectDomainError(getDraft(ANONYMOUS, draft.token), 404, "assessment_not_found");
    await expectDomainError(saveDraft(consultant.actor, draft.token, draftBody({ employees: 9 })), 404, "assessment_not_found");
    const submitted = await createMemberAssessment(executive.actor, organization.id);
    await expectDomainError(getResultForToken(ANONYMOUS, submitted.token), 404, "assessment_not_found");
    expect((await getResultForToken(executive.actor, submitted.token)).id).toBe(submitted.resultId);
  });
});
