/**
 * "Download my data" against the real database: the export validates against the published JSON
 * Schema (with a standard validator, not the zod schema it is built from), and holds every row
 * the person owns, counted in the database, and nothing of anyone else's.
 */
import { randomUUID } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { ANONYMOUS } from "../auth/actor";
import { personalDataExportJsonSchema } from "../privacy/export-schema";
import { addMembership, createConsultant, createTestOrganization, createTestUser, expectDomainError, userActorFor } from "../testing/accounts";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../testing/fixtures";
import { saveDraft, startAssessmentForMember, submitAssessment } from "./assessments";
import { exportPersonalData } from "./personal-data-export";
import { addNote, setOverride, setReviewStatus } from "./result-review";
import { createShareLink } from "./share-links";
import { createApiToken } from "./api-tokens";
import { createInvitation } from "./invitations";
import { createEngagement } from "./engagements";

afterAll(async () => {
  await db.$disconnect();
});

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(personalDataExportJsonSchema());
}

describe("exporting one's data", () => {
  it("validates against the published schema and holds every row the person owns", async () => {
    const organization = await createTestOrganization();
    const executive = await createTestUser({ name: `Export Person ${randomUUID().slice(0, 6)}`, secondFactor: false });
    await addMembership(executive.id, organization.id, "executive");
    const actor = await userActorFor(executive.id);
    const submitted = await startAssessmentForMember(actor, organization.id);
    const { resultId } = await submitAssessment(actor, submitted.token, {
      ...submissionBody(COMPLETE_ANSWERS),
      details: { organizationName: "Typed Co", respondentName: executive.name, respondentRole: "ceo" },
    });
    const draft = await startAssessmentForMember(actor, organization.id);
    await saveDraft(actor, draft.token, draftBody({ employees: 120 }));
    await createShareLink(actor, { resultId, expiresInDays: 7 });
    const consultant = await createConsultant([organization.id]);
    await setOverride(consultant.actor, { resultId, recommendation: "ctio", justification: "One leader suits a company this size." });
    await addNote(consultant.actor, { resultId, body: "Not for the respondent's eyes." });

    const exported = await exportPersonalData(actor);
    const validate = validator();
    expect(validate(JSON.parse(JSON.stringify(exported))), JSON.stringify(validate.errors)).toBe(true);

    expect(exported.account).toMatchObject({ id: executive.id, email: executive.email, name: executive.name, hasPassword: false });
    expect(exported.memberships).toEqual([expect.objectContaining({ organizationId: organization.id, organizationName: organization.name, role: "executive" })]);
    const owned = await db.assessment.findMany({ where: { userId: executive.id }, select: { id: true } });
    expect(exported.assessments.map((row) => row.id).sort()).toEqual(owned.map((row) => row.id).sort());
    const exportedResult = exported.assessments.find((row) => row.result?.id === resultId);
    expect(exportedResult).toMatchObject({ status: "submitted", respondentName: executive.name, answers: COMPLETE_ANSWERS });
    expect(exportedResult?.result?.override).toMatchObject({ recommendation: "ctio", justification: "One leader suits a company this size." });
    expect(exported.assessments.find((row) => row.status === "draft")?.answers).toEqual({ employees: 120 });
    expect(exported.shareLinks.map((link) => link.resultId)).toEqual([resultId]);
    // A consultant's review of the result shows as events on it, without the consultant's identity or their private notes.
    expect(exported.auditEvents.filter((event) => !event.byYou).map((event) => event.action)).toEqual(["override.set"]);
    expect(exported.auditEvents.filter((event) => event.byYou).map((event) => event.action)).toEqual(["share.created"]);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(consultant.user.email);
    expect(text).not.toContain("Not for the respondent's eyes.");
    expect(exported.notes).toEqual([]);
  });

  it("gives a consultant their notes, reviews, API tokens and invitation links, and never a credential", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const executive = await createTestUser({ secondFactor: false });
    await addMembership(executive.id, organization.id, "executive");
    const executiveActor = await userActorFor(executive.id);
    const { token } = await startAssessmentForMember(executiveActor, organization.id);
    const { resultId } = await submitAssessment(executiveActor, token, submissionBody(COMPLETE_ANSWERS));
    await addNote(consultant.actor, { resultId, body: "Workshop on Thursday." });
    await setReviewStatus(consultant.actor, { resultId, status: "in_review" });
    const apiToken = await createApiToken(consultant.actor, { name: "Power BI", expiresInDays: 30 });
    await createInvitation(consultant.actor, { organizationId: organization.id, expiresInDays: 7, maxUses: 5 });

    const exported = await exportPersonalData(consultant.actor);
    expect(validator()(JSON.parse(JSON.stringify(exported)))).toBe(true);
    expect(exported.notes).toEqual([expect.objectContaining({ resultId, body: "Workshop on Thursday." })]);
    expect(exported.reviews).toEqual([expect.objectContaining({ resultId, reviewStatus: "in_review", overrideRecommendation: null })]);
    expect(exported.apiTokens).toEqual([expect.objectContaining({ name: "Power BI" })]);
    expect(exported.invitations).toHaveLength(await db.invitation.count({ where: { createdById: consultant.user.id } }));
    expect(exported.assessments).toEqual([]);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(apiToken.token);
    const stored = await db.user.findUniqueOrThrow({ where: { id: consultant.user.id }, select: { totpSecret: true } });
    if (stored.totpSecret) expect(text).not.toContain(stored.totpSecret);
    expect(text).not.toContain(executive.email);
  });

  it("holds the engagements that invited the person's address and the questionnaires they opened, and a consultant's engagements as counts", async () => {
    const organization = await createTestOrganization();
    const consultant = await createConsultant([organization.id]);
    const person = await createTestUser({ name: "Ines" });
    const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const engagement = await createEngagement(consultant.actor, {
      organizationId: organization.id, name: "Board round", dueDate: due, message: "Please answer.", reminderDays: [], notify: "each",
      respondents: `Ines Invited, ${person.email.toUpperCase()}, COO\nOlaf Other, olaf-${randomUUID().slice(0, 8)}@client.example, CEO`,
    });
    const row = await db.engagementRespondent.findFirstOrThrow({ where: { engagementId: engagement.id, email: person.email } });
    await submitAssessment(ANONYMOUS, row.linkToken, submissionBody(COMPLETE_ANSWERS));

    const exported = await exportPersonalData(await userActorFor(person.id));
    expect(validator()(exported)).toBe(true);
    expect(exported.engagementInvitations).toEqual([expect.objectContaining({ engagementId: engagement.id, engagementName: "Board round", name: "Ines Invited", email: person.email, role: "coo", assessmentId: row.assessmentId, completedAt: expect.any(String) })]);
    expect(exported.assessments.map((assessment) => assessment.id)).toContain(row.assessmentId);
    expect(JSON.stringify(exported)).not.toContain("Olaf");

    const theirs = await exportPersonalData(consultant.actor);
    expect(theirs.engagementsCreated).toEqual([expect.objectContaining({ id: engagement.id, name: "Board round", respondents: 2, status: "open" })]);
    expect(JSON.stringify(theirs)).not.toContain(person.email);
  });

  it("is refused without a session", async () => {
    await expectDomainError(exportPersonalData(ANONYMOUS), 401);
  });
});
