/** Comparing saved results against a real SQLite file: exactly the differing answers, and only results the caller reviews. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { db } from "../db";
import type { TAnswers } from "../questionnaire/schema";
import { allQuestions } from "../questionnaire/skip";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { createAdmin, createExecutive, createMemberAssessment, createTenant, expectDomainError } from "../testing/accounts";
import { COMPLETE_ANSWERS, draftBody } from "../testing/fixtures";
import { startAssessmentForMember, submitAssessment } from "./assessments";
import { compareResults, listCompareCandidates } from "./result-compare";
import { parseOrThrow } from "../errors";
import { ZCompareIds } from "../validation/review";

/** The ids as the compare page parses them before it asks for the comparison. */
const idsOf = async (value: unknown) => parseOrThrow(ZCompareIds, value, ["ids"]);

afterAll(async () => {
  await db.$disconnect();
});

async function submitWith(actor: Actor, organizationId: string, respondentName: string, answers: TAnswers): Promise<string> {
  const { token } = await startAssessmentForMember(actor, organizationId);
  const body = { ...draftBody(answers, { organizationName: "Ignored Ltd", respondentName, respondentRole: "cfo" }), idempotencyKey: randomUUID() };
  return (await submitAssessment(actor, token, body)).resultId;
}

const answered = allQuestions(QUESTIONNAIRE).filter((question) => COMPLETE_ANSWERS[question.id] !== undefined).length;

describe("comparing results of one organization", () => {
  it("picks up exactly the answers that differ, in questionnaire order, and says how many are the same", async () => {
    const { organization, consultant, executive } = await createTenant();
    const colleague = await createExecutive([organization.id]);
    const ana = await submitWith(executive.actor, organization.id, "Ana", COMPLETE_ANSWERS);
    // Frameworks in another order are the same answer; the rest differ from Ana's.
    const ben = await submitWith(colleague.actor, organization.id, "Ben", { ...COMPLETE_ANSWERS, vendor_count: 200, stage: "mature", frameworks: ["sox", "pci_dss", "gdpr"] });
    const cara = await submitWith(executive.actor, organization.id, "Cara", { ...COMPLETE_ANSWERS, audit_burden: "dont_know" });

    const view = await compareResults(consultant.actor, [ana, ben, cara]);
    expect(view.comparison.answers.differing.map((item) => item.questionId)).toEqual(["stage", "audit_burden", "vendor_count"]);
    expect(view.comparison.answers.identical).toBe(answered - 3);
    const stage = view.comparison.answers.differing[0];
    expect(stage?.cells.map((cell) => [cell.label, cell.differsFromBaseline])).toEqual([
      ["Established: steady growth", false],
      ["Mature enterprise", true],
      ["Established: steady growth", false],
    ]);
    expect(view.results.map((result) => [result.resultId, result.respondent, result.organizationName, result.respondentRole])).toEqual([
      [ana, "Ana", organization.name, "cfo"],
      [ben, "Ben", organization.name, "cfo"],
      [cara, "Cara", organization.name, "cfo"],
    ]);
    expect(view.comparison.columns.map((column) => column.resultId)).toEqual([ana, ben, cara]);
  });

  it("reads the bookmarkable comma-separated list and keeps its order, the first being the baseline", async () => {
    const { organization, consultant, executive } = await createTenant();
    const first = await submitWith(executive.actor, organization.id, "Early", COMPLETE_ANSWERS);
    const second = await submitWith(executive.actor, organization.id, "Late", { ...COMPLETE_ANSWERS, employees: 40 });
    const view = await compareResults(consultant.actor, ZCompareIds.parse(`${second}, ${first}`));
    expect(view.results.map((result) => result.resultId)).toEqual([second, first]);
    expect(view.comparison.answers.differing[0]?.cells.map((cell) => cell.differsFromBaseline)).toEqual([false, true]);
    expect(view.comparison.scores[0]?.cells[0]?.delta).toBeNull();
  });

  it("refuses fewer than two, more than six or repeated results with a clear 400", async () => {
    const { organization, consultant, executive } = await createTenant();
    const ids = await Promise.all(Array.from({ length: 7 }, (_, index) => submitWith(executive.actor, organization.id, `R${index}`, COMPLETE_ANSWERS)));
    const [one, two] = ids as [string, string];
    const tooFew = await expectDomainError(idsOf([one]), 400, "ids");
    expect(tooFew.issues[0]?.message).toBe("Choose from 2 to 6 different results to compare.");
    await expectDomainError(idsOf(ids), 400, "ids");
    const repeated = await expectDomainError(idsOf([one, two, one]), 400, "ids");
    expect(repeated.issues[0]?.message).toContain("only once");
    await expectDomainError(idsOf(undefined), 400, "ids");
    await expectDomainError(idsOf([one, "../etc"]), 400, "ids.1");
    expect((await compareResults(consultant.actor, ids.slice(0, 6))).results).toHaveLength(6);
  });
});

describe("who may compare what", () => {
  it("refuses the whole comparison when one result is not the caller's to review", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const inA = (await createMemberAssessment(a.executive.actor, a.organization.id)).resultId as string;
    const alsoInA = (await createMemberAssessment(a.executive.actor, a.organization.id)).resultId as string;
    const inB = (await createMemberAssessment(b.executive.actor, b.organization.id)).resultId as string;

    expect((await compareResults(a.consultant.actor, [inA, alsoInA])).results).toHaveLength(2);
    const mixed = await expectDomainError(compareResults(a.consultant.actor, [inA, inB]), 404, "result_not_found");
    expect(mixed.message).not.toContain(b.organization.name);
    await expectDomainError(compareResults(b.consultant.actor, [inA, alsoInA]), 404, "result_not_found");
    await expectDomainError(compareResults(a.executive.actor, [inA, alsoInA]), 404, "result_not_found");
    await expectDomainError(compareResults(a.consultant.actor, [inA, `${alsoInA.slice(0, -1)}${alsoInA.endsWith("x") ? "y" : "x"}`]), 404, "result_not_found");
    await expectDomainError(compareResults(ANONYMOUS, [inA, alsoInA]), 401, "sign_in_required");

    // An administrator reviews every organization, so two executives of different companies can be compared.
    const admin = await createAdmin();
    const across = await compareResults(admin.actor, [inA, inB]);
    expect(across.results.map((result) => result.organizationName)).toEqual([a.organization.name, b.organization.name]);
  });

  it("offers the organization's other results, newest first, and nobody else's", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const colleague = await createExecutive([a.organization.id]);
    const current = await submitWith(a.executive.actor, a.organization.id, "Current", COMPLETE_ANSWERS);
    const older = await submitWith(colleague.actor, a.organization.id, "Older", COMPLETE_ANSWERS);
    const newer = await submitWith(a.executive.actor, a.organization.id, "Newer", COMPLETE_ANSWERS);
    await db.result.update({ where: { id: older }, data: { createdAt: new Date(Date.now() - 86_400_000) } });
    await createMemberAssessment(b.executive.actor, b.organization.id);

    const candidates = await listCompareCandidates(a.consultant.actor, current);
    expect(candidates.map((candidate) => [candidate.resultId, candidate.respondent])).toEqual([
      [newer, "Newer"],
      [older, "Older"],
    ]);
    await expectDomainError(listCompareCandidates(b.consultant.actor, current), 404, "result_not_found");
    await expectDomainError(listCompareCandidates(a.executive.actor, current), 404, "result_not_found");
    await expectDomainError(listCompareCandidates(ANONYMOUS, current), 401);
  });
});
