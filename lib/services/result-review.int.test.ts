/** Notes, review status and overrides against a real SQLite file: who sees them, and the audit trail they leave. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { db } from "../db";
import type { StructureId } from "../scoring/types";
import { createAdmin, createConsultant, createExecutive, createMemberAssessment, createTenant, expectDomainError } from "../testing/accounts";
import { addNote as addNoteService, clearOverride as clearOverrideService, getReviewPanel, setOverride as setOverrideService, setReviewStatus as setReviewStatusService } from "./result-review";
import { findReviewableResult } from "../results/queries";
import { parsedBy } from "../testing/parsed-by";
import { ZNoteCreate, ZOverrideClear, ZOverrideSet, ZReviewStatusChange } from "../validation/review";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const addNote = parsedBy(ZNoteCreate, addNoteService);
const clearOverride = parsedBy(ZOverrideClear, clearOverrideService);
const setOverride = parsedBy(ZOverrideSet, setOverrideService);
const setReviewStatus = parsedBy(ZReviewStatusChange, setReviewStatusService);

afterAll(async () => {
  await db.$disconnect();
});

const JUSTIFICATION = "The board has already decided to hire one executive for both remits this year.";

/** Organization A with a submitted result, and organization B whose consultant must see none of it. */
async function reviewWorld() {
  const a = await createTenant();
  const b = await createTenant();
  const { resultId } = await createMemberAssessment(a.executive.actor, a.organization.id);
  if (!resultId) throw new Error("The result was not submitted");
  const { recommendation } = await db.result.findUniqueOrThrow({ where: { id: resultId }, select: { recommendation: true } });
  const model = recommendation as StructureId;
  const other: StructureId = model === "ctio" ? "separate" : "ctio";
  return { a, b, resultId, model, other };
}

/** Everything a review write could have touched, to show that a refused one touched nothing. */
async function reviewState(resultId: string) {
  const [result, notes, audit] = await Promise.all([
    db.result.findUniqueOrThrow({
      where: { id: resultId },
      select: { recommendation: true, reviewStatus: true, overrideRecommendation: true, overrideJustification: true, overriddenById: true, overriddenAt: true },
    }),
    db.resultNote.count({ where: { resultId } }),
    db.auditEvent.count({ where: { resultId } }),
  ]);
  return { result, notes, audit };
}

describe("who sees a result's review", () => {
  it("shows notes, status and override to the organization's consultants and administrators only", async () => {
    const { a, b, resultId, other } = await reviewWorld();
    await addNote(a.consultant.actor, { resultId, body: "Ask the CFO about the ERP renewal." });
    await setOverride(a.consultant.actor, { resultId, recommendation: other, justification: JUSTIFICATION });
    const admin = await createAdmin();

    const seen = await getReviewPanel(a.consultant.actor, resultId);
    expect(seen.notes.map((note) => note.body)).toEqual(["Ask the CFO about the ERP renewal."]);
    expect(seen.override?.recommendation).toBe(other);
    expect((await getReviewPanel(admin.actor, resultId)).notes).toHaveLength(1);

    const colleague = await createExecutive([a.organization.id]);
    const unenrolled = await createConsultant([a.organization.id], { secondFactor: false });
    const refused: [string, Actor][] = [
      ["consultant of B", b.consultant.actor],
      ["respondent", a.executive.actor],
      ["colleague executive", colleague.actor],
      ["consultant without a second factor", unenrolled.actor],
    ];
    for (const [who, actor] of refused) {
      const error = await expectDomainError(getReviewPanel(actor, resultId), 404, "result_not_found");
      expect(error.message, who).not.toContain("ERP");
    }
    await expectDomainError(getReviewPanel(ANONYMOUS, resultId), 401, "sign_in_required");
    await expectDomainError(getReviewPanel(a.consultant.actor, `${resultId.slice(0, -1)}${resultId.endsWith("x") ? "y" : "x"}`), 404, "result_not_found");
  });

  it("lets nobody outside the organization's consultants write to the review, and writes nothing for them", async () => {
    const { a, b, resultId, other } = await reviewWorld();
    const before = await reviewState(resultId);
    for (const actor of [b.consultant.actor, a.executive.actor]) {
      await expectDomainError(addNote(actor, { resultId, body: "Not mine to write." }), 404, "result_not_found");
      await expectDomainError(setReviewStatus(actor, { resultId, status: "shared" }), 404, "result_not_found");
      await expectDomainError(setOverride(actor, { resultId, recommendation: other, justification: JUSTIFICATION }), 404, "result_not_found");
      await expectDomainError(clearOverride(actor, { resultId }), 404, "result_not_found");
    }
    await expectDomainError(addNote(ANONYMOUS, { resultId, body: "Anonymous" }), 401);
    expect(await reviewState(resultId)).toEqual(before);
  });
});

describe("the audit trail", () => {
  it("records who changed what and when, newest first, and keeps the model's recommendation", async () => {
    const { a, resultId, model, other } = await reviewWorld();
    const admin = await createAdmin();
    const started = Date.now();

    const note = await addNote(a.consultant.actor, { resultId, body: "  Confidential: the CTO is leaving in June.  " });
    expect(await setReviewStatus(a.consultant.actor, { resultId, status: "in_review" })).toEqual({ status: "in_review", changed: true });
    await setOverride(a.consultant.actor, { resultId, recommendation: other, justification: JUSTIFICATION });
    await setReviewStatus(admin.actor, { resultId, status: "shared" });
    await clearOverride(admin.actor, { resultId });

    const panel = await getReviewPanel(a.consultant.actor, resultId);
    expect(panel.audit.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      ["override.cleared", admin.user.email],
      ["status.changed", admin.user.email],
      ["override.set", a.consultant.user.email],
      ["status.changed", a.consultant.user.email],
      ["note.added", a.consultant.user.email],
    ]);
    expect(panel.audit.map((entry) => entry.detail)).toEqual([
      { from: other, to: model },
      { from: "in_review", to: "shared" },
      { from: model, to: other, justification: JUSTIFICATION },
      { from: "new", to: "in_review" },
      { noteId: note.id, length: "Confidential: the CTO is leaving in June.".length },
    ]);
    // The note's text stays with the note, not in the trail.
    expect(JSON.stringify(panel.audit)).not.toContain("Confidential");
    for (const entry of panel.audit) {
      expect(Date.parse(entry.createdAt)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(entry.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    const rows = await db.auditEvent.findMany({ where: { resultId }, select: { organizationId: true, actorId: true } });
    expect(new Set(rows.map((row) => row.organizationId))).toEqual(new Set([a.organization.id]));
    expect(new Set(rows.map((row) => row.actorId))).toEqual(new Set([a.consultant.user.id, admin.user.id]));

    expect(panel).toMatchObject({ status: "shared", override: null, modelRecommendation: model });
    expect(panel.notes).toEqual([
      { id: note.id, author: { name: a.consultant.user.name, email: a.consultant.user.email }, createdAt: expect.any(String), body: "Confidential: the CTO is leaving in June." },
    ]);
    const stored = await findReviewableResult(a.consultant.actor, resultId);
    expect(stored.output.recommended).toBe(model);
  });

  it("shows an override as the consultant's, beside the model's recommendation, and records a replacement", async () => {
    const { a, resultId, model, other } = await reviewWorld();
    const third = (["separate", "ctio", "cdo"] as const).find((id) => id !== model && id !== other) as StructureId;
    await setOverride(a.consultant.actor, { resultId, recommendation: other, justification: JUSTIFICATION });
    const first = await getReviewPanel(a.consultant.actor, resultId);
    expect(first.override).toMatchObject({ recommendation: other, justification: JUSTIFICATION, by: { email: a.consultant.user.email } });
    expect(first.modelRecommendation).toBe(model);

    const colleague = await createConsultant([a.organization.id]);
    await setOverride(colleague.actor, { resultId, recommendation: third, justification: `${JUSTIFICATION} The CDO role is now funded.` });
    const second = await getReviewPanel(a.consultant.actor, resultId);
    expect(second.override).toMatchObject({ recommendation: third, by: { email: colleague.user.email } });
    expect(second.audit[0]).toMatchObject({ action: "override.set", actorLabel: colleague.user.email, detail: { from: other, to: third } });
    expect((await db.result.findUniqueOrThrow({ where: { id: resultId } })).recommendation).toBe(model);
  });

  it("records nothing when nothing changes", async () => {
    const { a, resultId, other } = await reviewWorld();
    expect(await setReviewStatus(a.consultant.actor, { resultId, status: "new" })).toEqual({ status: "new", changed: false });
    expect(await clearOverride(a.consultant.actor, { resultId })).toEqual({ changed: false });
    await setOverride(a.consultant.actor, { resultId, recommendation: other, justification: JUSTIFICATION });
    expect(await setOverride(a.consultant.actor, { resultId, recommendation: other, justification: `  ${JUSTIFICATION} ` })).toEqual({ recommendation: other, changed: false });
    expect((await getReviewPanel(a.consultant.actor, resultId)).audit.map((entry) => entry.action)).toEqual(["override.set"]);
  });
});

describe("bad input", () => {
  it("is refused with a clear message, and neither the change nor an audit record is written", async () => {
    const { a, resultId, model, other } = await reviewWorld();
    const consultant = a.consultant.actor;
    const before = await reviewState(resultId);

    const emptyNote = await expectDomainError(addNote(consultant, { resultId, body: "   " }), 400, "body");
    expect(emptyNote.message).toContain("Write the note");
    await expectDomainError(addNote(consultant, { resultId, body: "x".repeat(5001) }), 400, "body");
    await expectDomainError(addNote(consultant, { resultId }), 400, "body");
    await expectDomainError(addNote(consultant, { resultId, body: "fine", authorId: a.executive.user.id }), 400, "invalid_request");

    const unknownStatus = await expectDomainError(setReviewStatus(consultant, { resultId, status: "archived" }), 400, "status");
    expect(unknownStatus.message).toContain("Choose a review status");

    const short = await expectDomainError(setOverride(consultant, { resultId, recommendation: other, justification: "  Gut feeling.  " }), 400, "justification");
    expect(short.message).toContain("20");
    await expectDomainError(setOverride(consultant, { resultId, recommendation: "cfo", justification: JUSTIFICATION }), 400, "recommendation");
    await expectDomainError(setOverride(consultant, { resultId, recommendation: other, justification: "y".repeat(2001) }), 400, "justification");

    const same = await expectDomainError(setOverride(consultant, { resultId, recommendation: model, justification: JUSTIFICATION }), 422, "override_matches_model");
    expect(same.message).toMatch(/already recommends .+ different structure/);
    expect(same.issues.map((issue) => issue.path)).toEqual(["recommendation"]);

    await expectDomainError(clearOverride(consultant, { resultId: "../etc" }), 400, "resultId");
    expect(await reviewState(resultId)).toEqual(before);
  });
});
