/**
 * Deleting a result, an account and an organization against the real database (SQLite, and
 * PostgreSQL in the second run): afterwards a scan of every column of every table finds neither
 * the person's email nor their name, and what the organization keeps still works.
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { ANONYMOUS } from "../auth/actor";
import { hashPassword } from "../auth/primitives/password-hash";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { newTotpSecret } from "../auth/primitives/totp";
import { findViewableResult } from "../results/queries";
import { addMembership, actorFor, createAdmin, createConsultant, createTestOrganization, expectDomainError, uniqueAddress, userActorFor } from "../testing/accounts";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../testing/fixtures";
import { findEverywhere, scannedTables } from "../testing/personal-data-scan";
import { deleteOwnAccount } from "./account";
import { createAssessment, deleteByToken, describeDeletionByToken, saveDraft, startAssessmentForMember, submitAssessment } from "./assessments";
import { claimAssessment } from "./claims";
import { deleteOrganization, deleteResult, deleteUserAsAdmin, describeResultDeletion } from "./data-deletion";
import { createEngagement } from "./engagements";
import { getOrganizationAggregate } from "./organization-insights";
import { addNote, setOverride } from "./result-review";
import { createShareLink } from "./share-links";
import { actorForUser } from "./sessions";
import { SignInError, verifySignIn } from "./sign-in";

const PASSWORD = "a quiet orchard at dawn";

afterAll(async () => {
  await db.$disconnect();
});

/** A person whose name and email appear nowhere else, so the scan can only find their own data. */
async function createPerson(options: { totp?: boolean } = {}) {
  const marker = randomUUID().replaceAll("-", "").slice(0, 12);
  const name = `Quintessa Vantablack ${marker}`;
  const email = `qv-${marker}@privacy.example`;
  const user = await db.user.create({
    data: {
      email,
      name,
      passwordHash: await hashPassword(PASSWORD),
      totpSecret: options.totp ? newTotpSecret() : null,
      totpEnabledAt: options.totp ? new Date() : null,
    },
  });
  return { id: user.id, email, name, marker };
}

/** Submits an assessment the member started in the organization, with their name typed as the respondent. */
async function submitInOrganization(userId: string, organizationId: string, respondentName: string) {
  const actor = await userActorFor(userId);
  const { token } = await startAssessmentForMember(actor, organizationId);
  const body = { ...submissionBody(COMPLETE_ANSWERS), details: { organizationName: "Typed Co", respondentName, respondentRole: "cfo" } };
  const { resultId } = await submitAssessment(actor, token, body);
  return { token, resultId };
}

/** An anonymous assessment the person then saved to their account: a result outside any organization. */
async function submitPersonal(userId: string, respondentName: string) {
  const { token } = await createAssessment();
  const body = { ...submissionBody(COMPLETE_ANSWERS), details: { organizationName: "My own company", respondentName, respondentRole: "cfo" } };
  const { resultId } = await submitAssessment(ANONYMOUS, token, body);
  await claimAssessment(await userActorFor(userId), token);
  return { token, resultId };
}

async function failSignIn(email: string): Promise<void> {
  await expect(verifySignIn({ email, password: "not the password at all" }, { clientAddress: uniqueAddress() })).rejects.toBeInstanceOf(SignInError);
}

describe("the scan itself", () => {
  it("reads every table of the schema and finds a value planted in one", async () => {
    expect(await scannedTables()).toEqual((Object.values(Prisma.ModelName) as string[]).sort());
    const person = await createPerson();
    const sightings = await findEverywhere([person.email, person.name]);
    expect(sightings).toEqual(
      expect.arrayContaining([
        { table: "User", column: "email", needle: person.email },
        { table: "User", column: "name", needle: person.name },
      ]),
    );
  });
});

describe("deleting one's own account", () => {
  async function personWithEverything() {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const older = await submitInOrganization(person.id, organization.id, person.name);
    const latest = await submitInOrganization(person.id, organization.id, person.name);
    const draft = await startAssessmentForMember(await userActorFor(person.id), organization.id);
    await saveDraft(await userActorFor(person.id), draft.token, draftBody(COMPLETE_ANSWERS, { respondentName: person.name }));
    const personal = await submitPersonal(person.id, person.name);
    // Others' work on the person's result, and the person's own traces: a share link, failed sign-ins.
    await addNote(consultant.actor, { resultId: latest.resultId, body: "Discussed in the steering committee." });
    await setOverride(consultant.actor, { resultId: latest.resultId, recommendation: "cdo", justification: "The board wants one accountable digital leader." });
    await createShareLink(await userActorFor(person.id), { resultId: latest.resultId, expiresInDays: 7 });
    await failSignIn(person.email);
    return { organization, consultant, person, older, latest, draft, personal };
  }

  it("keeps the latest organization result without the name, deletes the rest, and leaves no email or name in any table", async () => {
    const world = await personWithEverything();
    const before = await findEverywhere([world.person.email, world.person.name]);
    expect(new Set(before.map((sighting) => sighting.table))).toEqual(new Set(["User", "Assessment", "Result", "RateLimitCounter", "AuditEvent"]));
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: world.person.id } });

    const erasure = await deleteOwnAccount(await userActorFor(world.person.id), { password: PASSWORD, organizationResults: "keep_anonymous" });

    expect(erasure).toEqual({ resultsDeleted: 2, resultsKeptWithoutName: 1, draftsDeleted: 1 });
    expect(await findEverywhere([world.person.email, world.person.name])).toEqual([]);
    expect(await db.user.count({ where: { id: world.person.id } })).toBe(0);
    expect(await db.result.count({ where: { id: { in: [world.older.resultId, world.personal.resultId] } } })).toBe(0);
    expect(await db.assessment.count({ where: { resumeTokenHash: hashOpaqueToken(world.draft.token) } })).toBe(0);
    expect(await db.shareLink.count({ where: { resultId: world.latest.resultId } })).toBe(0);

    // The organization keeps the answers, the role, the consultant's note and override.
    const kept = await findViewableResult(world.consultant.actor, world.latest.resultId);
    expect(kept.details.respondentName).toBeUndefined();
    expect(kept.details.respondentRole).toBe("cfo");
    expect(kept.review.override?.recommendation).toBe("cdo");
    expect(await db.resultNote.count({ where: { resultId: world.latest.resultId } })).toBe(1);
    const aggregate = await getOrganizationAggregate(world.consultant.actor, world.organization.id);
    expect(aggregate.respondentTotal).toBe(1);

    // Every session of the account ends at its next request, on any instance: the row it is read from is gone.
    expect(await actorForUser(world.person.id, sessionVersion)).toEqual(ANONYMOUS);
    const deletions = await db.auditEvent.findMany({ where: { action: "account.deleted" } });
    expect(deletions.filter((event) => (event.detail as { userId?: string }).userId === world.person.id)).toMatchObject([
      { actorId: "deleted-account", actorEmail: "", detail: { by: "self", resultsDeleted: 2, resultsKeptWithoutName: 1, draftsDeleted: 1 } },
    ]);
  });

  it("deletes the organization results too when the person chooses so", async () => {
    const world = await personWithEverything();
    const erasure = await deleteOwnAccount(await userActorFor(world.person.id), { password: PASSWORD, organizationResults: "delete" });
    expect(erasure).toEqual({ resultsDeleted: 3, resultsKeptWithoutName: 0, draftsDeleted: 1 });
    expect(await db.result.count({ where: { organizationId: world.organization.id } })).toBe(0);
    expect(await findEverywhere([world.person.email, world.person.name])).toEqual([]);
    const trail = await db.auditEvent.findMany({ where: { organizationId: world.organization.id, action: "result.deleted" } });
    expect(trail.map((event) => (event.detail as { resultId: string }).resultId).sort()).toEqual([world.older.resultId, world.latest.resultId].sort());
  });

  it("refuses a wrong password and deletes nothing; a parallel burst of wrong passwords is cut off at the re-authentication limit", async () => {
    const person = await createPerson();
    const actor = await userActorFor(person.id);
    await expectDomainError(deleteOwnAccount(actor, { password: "wrong password here", organizationResults: "delete" }), 403, "wrong_password");
    await expectDomainError(deleteOwnAccount(actor, { organizationResults: "delete" }), 400, "password");
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => deleteOwnAccount(actor, { password: "still the wrong one", organizationResults: "delete" })));
    const codes = outcomes.map((outcome) => (outcome.status === "rejected" ? (outcome.reason as { code: string }).code : "deleted"));
    // One wrong try was counted above; the limit is 8 tries per window.
    expect(codes.filter((code) => code === "wrong_password")).toHaveLength(7);
    expect(codes.filter((code) => code === "reauth_locked")).toHaveLength(5);
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
  });

  it("asks for the second factor of an account that has one", async () => {
    const person = await createPerson({ totp: true });
    const actor = await userActorFor(person.id);
    await expectDomainError(deleteOwnAccount(actor, { password: PASSWORD, organizationResults: "delete" }), 400, "code");
    await expectDomainError(deleteOwnAccount(actor, { password: PASSWORD, code: "000000", organizationResults: "delete" }), 403, "wrong_code");
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
  });

  it("asks a single sign-on account without a second factor to type its email", async () => {
    const person = await createPerson();
    await db.user.update({ where: { id: person.id }, data: { passwordHash: null } });
    const actor = await userActorFor(person.id);
    await expectDomainError(deleteOwnAccount(actor, { confirmEmail: "someone@else.example", organizationResults: "delete" }), 400, "confirmEmail");
    await deleteOwnAccount(actor, { confirmEmail: person.email.toUpperCase(), organizationResults: "delete" });
    expect(await db.user.count({ where: { id: person.id } })).toBe(0);
  });
});

describe("deleting the account of someone invited to an engagement", () => {
  it("removes their invitations and counts the questionnaires sent to their address as their own", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const first = await createEngagement(consultant.actor, {
      organizationId: organization.id, name: "Round one", dueDate: due, message: "Please answer.", reminderDays: [], notify: "each",
      respondents: `${person.name}, ${person.email}, CFO\nOther Person, other-${person.marker}@client.example, CEO`,
    });
    const second = await createEngagement(consultant.actor, {
      organizationId: organization.id, name: "Round two", dueDate: due, message: "Please answer.", reminderDays: [], notify: "each",
      respondents: `${person.name}, ${person.email.toUpperCase()}, CFO`,
    });
    const linkOf = async (engagementId: string) =>
      (await db.engagementRespondent.findFirstOrThrow({ where: { engagementId, email: person.email }, select: { linkToken: true } })).linkToken;
    // As the questionnaire sends them: the details it was opened with, pre-filled from the invitation.
    const details = { organizationName: "Typed Co", respondentName: person.name, respondentRole: "cfo" };
    const { resultId } = await submitAssessment(ANONYMOUS, await linkOf(first.id), { ...submissionBody(COMPLETE_ANSWERS), details });
    await saveDraft(ANONYMOUS, await linkOf(second.id), draftBody(COMPLETE_ANSWERS, details));
    expect(new Set((await findEverywhere([person.email, person.name])).map((sighting) => sighting.table))).toEqual(new Set(["User", "EngagementRespondent", "Assessment", "Result"]));

    const erasure = await deleteOwnAccount(await userActorFor(person.id), { password: PASSWORD, organizationResults: "keep_anonymous" });

    expect(erasure).toEqual({ resultsDeleted: 0, resultsKeptWithoutName: 1, draftsDeleted: 1 });
    expect(await findEverywhere([person.email, person.name])).toEqual([]);
    expect((await findViewableResult(consultant.actor, resultId)).details).toMatchObject({ respondentName: undefined, respondentRole: "cfo" });
    expect(await db.engagementRespondent.count({ where: { engagementId: { in: [first.id, second.id] } } })).toBe(1);
  });
});

describe("an administrator deleting an account", () => {
  it("removes a consultant's notes and name while their override stays, nameless", async () => {
    const organization = await createTestOrganization();
    const consultant = await createPerson({ totp: true });
    await addMembership(consultant.id, organization.id, "consultant");
    const executive = await createPerson();
    await addMembership(executive.id, organization.id, "executive");
    const { resultId } = await submitInOrganization(executive.id, organization.id, executive.name);
    const consultantActor = await userActorFor(consultant.id);
    await addNote(consultantActor, { resultId, body: `Notes by ${consultant.marker}` });
    await setOverride(consultantActor, { resultId, recommendation: "ctio", justification: "One leader for both estates." });
    const admin = await createAdmin();

    await deleteUserAsAdmin(admin.actor, { userId: consultant.id });

    expect(await findEverywhere([consultant.email, consultant.name, `Notes by ${consultant.marker}`])).toEqual([]);
    const result = await findViewableResult(admin.actor, resultId);
    expect(result.review.override).toMatchObject({ recommendation: "ctio", justification: "One leader for both estates.", by: null });
    // The executive's own data is untouched by someone else's deletion.
    expect((await findEverywhere([executive.name])).length).toBeGreaterThan(0);
  });

  it("is refused to anyone else (404 for a consultant) and for the administrator's own account", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await expectDomainError(deleteUserAsAdmin(consultant.actor, { userId: person.id }), 404);
    const admin = await createAdmin();
    await expectDomainError(deleteUserAsAdmin(admin.actor, { userId: admin.user.id }), 409, "delete_own_account_here");
    await expectDomainError(deleteUserAsAdmin(admin.actor, { userId: "c".padEnd(25, "x") }), 404, "user_not_found");
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
  });
});

describe("deleting a result", () => {
  it("says what else changes, then removes the result, its notes and share links, keeping only the fact in the trail", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const { resultId } = await submitInOrganization(person.id, organization.id, person.name);
    await addNote(consultant.actor, { resultId, body: "A note." });
    await createShareLink(consultant.actor, { resultId, expiresInDays: 7 });

    const impact = await describeResultDeletion(consultant.actor, resultId);
    expect(impact).toMatchObject({ resultId, organization: { id: organization.id, submittedResults: 1 }, activeShareLinks: 1, notes: 1, overridden: false, actorIsRespondent: false });

    await deleteResult(consultant.actor, { resultId });
    expect(await db.result.count({ where: { id: resultId } })).toBe(0);
    expect(await db.shareLink.count({ where: { resultId } })).toBe(0);
    expect(await findEverywhere([person.name]).then((found) => found.filter((sighting) => sighting.table !== "User"))).toEqual([]);
    const trail = await db.auditEvent.findMany({ where: { organizationId: organization.id, action: "result.deleted" } });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ resultId: null, actorId: consultant.user.id, detail: { resultId, by: "consultant" } });
  });

  it("lets the respondent delete their own, and refuses a consultant of another organization and an outsider with 404", async () => {
    const organization = await createTestOrganization();
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const { resultId } = await submitInOrganization(person.id, organization.id, person.name);
    const otherConsultant = await createConsultant([(await createTestOrganization()).id]);
    await expectDomainError(describeResultDeletion(otherConsultant.actor, resultId), 404);
    await expectDomainError(deleteResult(otherConsultant.actor, { resultId }), 404);
    await expectDomainError(deleteResult(ANONYMOUS, { resultId }), 401);
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);

    const own = await userActorFor(person.id);
    expect((await describeResultDeletion(own, resultId)).actorIsRespondent).toBe(true);
    await deleteResult(own, { resultId });
    expect(await db.result.count({ where: { id: resultId } })).toBe(0);
  });

  it("a parallel burst of deletions of one result deletes it once and answers the rest with 404", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const { resultId } = await submitInOrganization(person.id, organization.id, person.name);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => deleteResult(consultant.actor, { resultId })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect((outcome.reason as { kind: string }).kind, String(outcome.reason)).toBe("not_found");
    }
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "result.deleted" } })).toBe(1);
  });

  it("an anonymous respondent deletes a draft or a result with its private link; a claimed one needs its owner signed in", async () => {
    const draft = await createAssessment();
    await saveDraft(ANONYMOUS, draft.token, draftBody(COMPLETE_ANSWERS, { respondentName: "Anonymous Draftsman" }));
    expect((await describeDeletionByToken(ANONYMOUS, draft.token)).submitted).toBe(false);
    expect(await deleteByToken(ANONYMOUS, draft.token)).toEqual({ hadResult: false });
    await expectDomainError(deleteByToken(ANONYMOUS, draft.token), 404);

    const person = await createPerson();
    const personal = await submitPersonal(person.id, person.name);
    await expectDomainError(deleteByToken(ANONYMOUS, personal.token), 404);
    expect(await deleteByToken(await actorFor(person.id), personal.token)).toEqual({ hadResult: true });
    expect(await db.result.count({ where: { id: personal.resultId } })).toBe(0);
  });
});

describe("webhook deliveries naming a deleted result", () => {
  it("go with the result, answers and all, while others stay", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const endpoint = await db.webhookEndpoint.create({ data: { organizationId: organization.id, url: "http://127.0.0.1:9/hook", secret: "whsec_test", events: ["result.submitted"], includeAnswers: true } });
    const kept = await submitInOrganization(person.id, organization.id, person.name);
    const deleted = await submitInOrganization(person.id, organization.id, person.name);
    const bodies = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { body: true } });
    expect(bodies.map((row) => JSON.parse(row.body).data.resultId).sort()).toEqual([kept.resultId, deleted.resultId].sort());
    expect(bodies[0]!.body).toContain("answers");

    await deleteResult(consultant.actor, { resultId: deleted.resultId });

    const left = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { body: true } });
    expect(left.map((row) => JSON.parse(row.body).data.resultId)).toEqual([kept.resultId]);
  });
});

describe("deleting an organization", () => {
  it("takes everything in it after its name is typed, and leaves its members' accounts", async () => {
    const organization = await createTestOrganization(`Deletable Holdings ${randomUUID().slice(0, 8)}`);
    const consultant = await createConsultant([organization.id]);
    const person = await createPerson();
    await addMembership(person.id, organization.id, "executive");
    const typedName = `Typed Respondent ${person.marker}`;
    const { resultId } = await submitInOrganization(person.id, organization.id, typedName);
    await addNote(consultant.actor, { resultId, body: `Workshop notes ${person.marker}` });
    await createShareLink(consultant.actor, { resultId, expiresInDays: 7 });
    const admin = await createAdmin();

    await expectDomainError(deleteOrganization(admin.actor, { organizationId: organization.id, confirmName: "Deletable" }), 400, "confirmName");
    await expectDomainError(deleteOrganization(consultant.actor, { organizationId: organization.id, confirmName: organization.name }), 404);
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);

    const deletion = await deleteOrganization(admin.actor, { organizationId: organization.id, confirmName: organization.name });
    expect(deletion).toEqual({ results: 1, drafts: 0, members: 2 });
    expect(await findEverywhere([typedName, `Workshop notes ${person.marker}`, organization.name])).toEqual([]);
    expect(await db.user.count({ where: { id: { in: [person.id, consultant.user.id] } } })).toBe(2);
    const trail = await db.auditEvent.findMany({ where: { action: "organization.deleted", actorId: admin.user.id } });
    expect(trail.map((event) => event.detail)).toEqual([{ organizationId: organization.id, results: 1, drafts: 0, members: 2 }]);
  });
});
