/** Engagements against a real database: the all-or-nothing import, the team's links, progress, closing and who may do what. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { createAdmin, createConsultant, createExecutive, createOutsider, createTenant, expectDomainError } from "../testing/accounts";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../testing/fixtures";
import { parsedBy } from "../testing/parsed-by";
import {
  ZEngagementCreate,
  ZEngagementRef,
  ZEngagementRespondentAdd,
  ZEngagementRespondentEmail,
  ZEngagementRespondentRef,
  ZEngagementSchedule,
} from "../validation/engagements";
import { getDraft, saveDraft, submitAssessment } from "./assessments";
import { createWebhookEndpoint } from "./webhooks";
import { ZWebhookCreate } from "../validation/webhooks";
import {
  addEngagementRespondent as addService,
  changeRespondentEmail as changeEmailService,
  closeEngagement as closeService,
  createEngagement as createService,
  getEngagement,
  listEngagements,
  listMyTeamsProgress,
  openRespondentLink,
  removeEngagementRespondent as removeService,
  updateEngagementSchedule as scheduleService,
} from "./engagements";

const createEngagement = parsedBy(ZEngagementCreate, createService);
const addRespondent = parsedBy(ZEngagementRespondentAdd, addService);
const changeEmail = parsedBy(ZEngagementRespondentEmail, changeEmailService);
const removeRespondent = parsedBy(ZEngagementRespondentRef, removeService);
const closeEngagement = parsedBy(ZEngagementRef, closeService);
const updateSchedule = parsedBy(ZEngagementSchedule, scheduleService);
const createWebhook = parsedBy(ZWebhookCreate, createWebhookEndpoint);

afterAll(async () => {
  await db.$disconnect();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

const TEAM = ["Ada Okafor, ada@client.example, CEO", "Ben Ito, ben@client.example, CFO", "Cara Diaz, cara@client.example, CIO"].join("\n");

async function newEngagement(respondents = TEAM) {
  const tenant = await createTenant();
  const created = await createEngagement(tenant.consultant.actor, {
    organizationId: tenant.organization.id,
    name: "Leadership structure review",
    dueDate: inDays(14),
    message: "Please answer before the workshop.",
    reminderDays: ["3", "0"],
    notify: "each",
    respondents,
  });
  return { ...tenant, engagementId: created.id, respondentIds: created.respondentIds };
}

async function linkOf(respondentId: string): Promise<string> {
  return (await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondentId }, select: { linkToken: true } })).linkToken;
}

describe("creating an engagement", () => {
  it("creates every respondent with a pre-filled questionnaire inside the organization, reachable by their link only", async () => {
    const { consultant, organization, engagementId, respondentIds } = await newEngagement();
    expect(respondentIds).toHaveLength(3);
    const detail = await getEngagement(consultant.actor, engagementId);
    expect(detail).toMatchObject({ name: "Leadership structure review", status: "open", reminderDays: [3, 0], notify: "each" });
    expect(detail.respondents.map((respondent) => [respondent.name, respondent.email, respondent.role, respondent.stage])).toEqual([
      ["Ada Okafor", "ada@client.example", "ceo", "not_sent"],
      ["Ben Ito", "ben@client.example", "cfo", "not_sent"],
      ["Cara Diaz", "cara@client.example", "technology_executive", "not_sent"],
    ]);
    const ada = detail.respondents[0];
    if (!ada) throw new Error("no respondent");
    const draft = await getDraft(ANONYMOUS, ada.linkToken);
    expect(draft.details).toEqual({ organizationName: organization.name, respondentName: "Ada Okafor", respondentRole: "ceo" });
    const assessment = await db.assessment.findFirstOrThrow({ where: { engagementRespondent: { id: ada.id } } });
    expect(assessment).toMatchObject({ organizationId: organization.id, userId: null });
  });

  it("imports nobody when any line is bad, and names each bad line", async () => {
    const { organization, consultant } = await createTenant();
    const error = await expectDomainError(
      createEngagement(consultant.actor, {
        organizationId: organization.id,
        name: "Review",
        dueDate: inDays(7),
        message: "Hello",
        notify: "each",
        respondents: `${TEAM}\nDan Wu, dan-at-client, COO\nEve, eve@client.example, astronaut`,
      }),
      400,
      "respondent_list_invalid",
    );
    expect(error.message).toBe("2 lines of the list need fixing; nobody was added.");
    expect(error.issues.map((issue) => issue.path)).toEqual(["respondents.4", "respondents.5"]);
    expect(await db.engagement.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.assessment.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a due date in the past or more than a year ahead, and unknown reminder days", async () => {
    const { organization, consultant } = await createTenant();
    const base = { organizationId: organization.id, name: "Review", message: "Hello", notify: "each", respondents: TEAM };
    await expectDomainError(createEngagement(consultant.actor, { ...base, dueDate: inDays(-2) }), 400, "dueDate");
    await expectDomainError(createEngagement(consultant.actor, { ...base, dueDate: inDays(400) }), 400, "dueDate");
    await expectDomainError(createEngagement(consultant.actor, { ...base, dueDate: "2027-02-30" }), 400, "dueDate");
    await expectDomainError(createEngagement(consultant.actor, { ...base, dueDate: inDays(5), reminderDays: ["5"] }), 400, "reminderDays.0");
  });

  it("is for the organization's consultants only", async () => {
    const { organization, executive } = await createTenant();
    const input = { organizationId: organization.id, name: "Review", dueDate: inDays(7), message: "Hello", notify: "each", respondents: TEAM };
    await expectDomainError(createEngagement(executive.actor, input), 403, "consultants_only");
    await expectDomainError(createEngagement((await createConsultant([])).actor, input), 404);
    await expectDomainError(createEngagement((await createOutsider()).actor, input), 404);
    await expectDomainError(createEngagement(ANONYMOUS, input), 401);
  });
});

describe("following the team", () => {
  it("records the first visit of a link, the first save and the submission, once each", async () => {
    const { consultant, engagementId, respondentIds } = await newEngagement();
    const [adaId] = respondentIds;
    if (!adaId) throw new Error("no respondent");
    const token = await linkOf(adaId);
    expect(await openRespondentLink(token)).toEqual({ found: true });
    const opened = (await db.engagementRespondent.findUniqueOrThrow({ where: { id: adaId } })).openedAt;
    await openRespondentLink(token);
    expect((await db.engagementRespondent.findUniqueOrThrow({ where: { id: adaId } })).openedAt).toEqual(opened);
    expect(await openRespondentLink("x".repeat(43))).toEqual({ found: false });

    await saveDraft(ANONYMOUS, token, draftBody());
    expect((await getEngagement(consultant.actor, engagementId)).respondents.find((respondent) => respondent.id === adaId)?.stage).toBe("started");
    const { resultId } = await submitAssessment(ANONYMOUS, token, submissionBody());
    const ada = (await getEngagement(consultant.actor, engagementId)).respondents.find((respondent) => respondent.id === adaId);
    expect(ada).toMatchObject({ stage: "completed", resultId });
    expect((await getEngagement(consultant.actor, engagementId)).progress).toMatchObject({ total: 3, completed: 1, percent: 33 });
  });

  it("names a respondent and weighs their role from the invitation, whatever a save or a submission says", async () => {
    const { engagementId } = await newEngagement();
    const linkFor = async (email: string) => (await db.engagementRespondent.findFirstOrThrow({ where: { engagementId, email }, select: { linkToken: true } })).linkToken;
    const bare = await submitAssessment(ANONYMOUS, await linkFor("ada@client.example"), { ...submissionBody(), details: {} });
    expect(await db.result.findUniqueOrThrow({ where: { id: bare.resultId }, select: { respondentName: true, respondentRole: true } })).toEqual({ respondentName: "Ada Okafor", respondentRole: "ceo" });
    // Someone with Ben's link cannot pose as another executive, or take the weight of another role.
    const benLink = await linkFor("ben@client.example");
    const invitedBen = await db.engagementRespondent.findFirstOrThrow({ where: { engagementId, email: "ben@client.example" }, select: { name: true, role: true } });
    await saveDraft(ANONYMOUS, benLink, draftBody(COMPLETE_ANSWERS, { respondentName: "Ada Okafor (CEO)", respondentRole: "ceo" }));
    expect((await getDraft(ANONYMOUS, benLink)).details).toMatchObject({ respondentName: invitedBen.name, respondentRole: invitedBen.role });
    const typed = await submitAssessment(ANONYMOUS, benLink, { ...submissionBody(), details: { respondentName: "Ada Okafor (CEO)", respondentRole: "ceo" } });
    expect(await db.result.findUniqueOrThrow({ where: { id: typed.resultId }, select: { respondentName: true, respondentRole: true } })).toEqual({ respondentName: invitedBen.name, respondentRole: invitedBen.role });
  });

  it("marks everyone answered exactly once when the last submissions race, and tells a webhook once, with ids and no names", async () => {
    const { consultant, organization, engagementId, respondentIds } = await newEngagement();
    await createWebhook(consultant.actor, { organizationId: organization.id, url: "http://127.0.0.1:9/hook", events: ["engagement.completed"] });
    const tokens = await Promise.all(respondentIds.map(linkOf));
    const results = await Promise.all(tokens.map((token) => submitAssessment(ANONYMOUS, token, submissionBody())));
    const detail = await getEngagement(consultant.actor, engagementId);
    expect(detail.progress).toMatchObject({ total: 3, completed: 3, percent: 100 });
    expect(detail.allAnsweredAt).not.toBeNull();
    const deliveries = await db.webhookDelivery.findMany({ where: { endpoint: { organizationId: organization.id } } });
    expect(deliveries.map((delivery) => delivery.event)).toEqual(["engagement.completed"]);
    const body = JSON.parse(deliveries[0]!.body) as { data: { engagementId: string; respondentCount: number; resultIds: string[] } };
    expect(body.data).toMatchObject({ engagementId, respondentCount: 3 });
    expect(body.data.resultIds.sort()).toEqual(results.map((result) => result.resultId).sort());
    expect(deliveries[0]!.body).not.toMatch(/Okafor|client\.example/);
  });

  it("shows executives of the organization the counts only, and nobody else anything", async () => {
    const { organization, engagementId, respondentIds } = await newEngagement();
    const [adaId] = respondentIds;
    if (!adaId) throw new Error("no respondent");
    await submitAssessment(ANONYMOUS, await linkOf(adaId), submissionBody());
    const executive = await createExecutive([organization.id]);
    const progress = await listMyTeamsProgress(executive.actor);
    expect(progress).toEqual([
      { id: engagementId, name: "Leadership structure review", dueAt: expect.any(String), status: "open", progress: expect.objectContaining({ total: 3, completed: 1 }), organizationName: organization.name },
    ]);
    expect(JSON.stringify(progress)).not.toMatch(/Ada|ada@/);
    await expectDomainError(getEngagement(executive.actor, engagementId), 404, "engagement_not_found");
    expect(await listMyTeamsProgress((await createOutsider()).actor)).toEqual([]);
    expect(await listEngagements(executive.actor, organization.id)).toEqual([]);
  });

  it("lets an administrator run any engagement, as anywhere in the workspace", async () => {
    const { engagementId } = await newEngagement();
    const admin = await createAdmin({ secondFactor: true });
    expect((await getEngagement(admin.actor, engagementId)).name).toBe("Leadership structure review");
    expect(await closeEngagement(admin.actor, { engagementId })).toMatchObject({ closed: true });
  });
});

describe("changing the team", () => {
  it("adds a person later, refusing an address already in the engagement, even in a parallel burst", async () => {
    const { consultant, engagementId } = await newEngagement();
    await expectDomainError(addRespondent(consultant.actor, { engagementId, name: "Ada Again", email: "ADA@client.example", role: "coo" }), 409, "email");
    const burst = await Promise.allSettled(Array.from({ length: 6 }, () => addRespondent(consultant.actor, { engagementId, name: "Dan Wu", email: "dan@client.example", role: "coo" })));
    expect(burst.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect((await getEngagement(consultant.actor, engagementId)).respondents.map((respondent) => respondent.email)).toContain("dan@client.example");
    expect(await db.engagementRespondent.count({ where: { engagementId, email: "dan@client.example" } })).toBe(1);
  });

  it("gives a new address a new link, so the old one stops working, and keeps the saved answers", async () => {
    const { consultant, respondentIds } = await newEngagement();
    const [adaId] = respondentIds;
    if (!adaId) throw new Error("no respondent");
    const oldToken = await linkOf(adaId);
    await saveDraft(ANONYMOUS, oldToken, draftBody());
    expect(await changeEmail(consultant.actor, { respondentId: adaId, email: "ada.okafor@client.example" })).toMatchObject({ changed: true });
    const newToken = await linkOf(adaId);
    expect(newToken).not.toBe(oldToken);
    await expectDomainError(getDraft(ANONYMOUS, oldToken), 404, "assessment_not_found");
    expect((await getDraft(ANONYMOUS, newToken)).revision).toBe(1);
    await expectDomainError(changeEmail(consultant.actor, { respondentId: adaId, email: "ben@client.example" }), 409, "email");
  });

  it("removes an unanswered person with their draft, and keeps a submitted result in the organization", async () => {
    const { consultant, engagementId, respondentIds } = await newEngagement();
    const [adaId, benId] = respondentIds;
    if (!adaId || !benId) throw new Error("no respondents");
    const adaAssessment = (await db.engagementRespondent.findUniqueOrThrow({ where: { id: adaId } })).assessmentId;
    const { resultId } = await submitAssessment(ANONYMOUS, await linkOf(benId), submissionBody());
    expect(await removeRespondent(consultant.actor, { respondentId: adaId })).toEqual({ engagementId, keptResult: false });
    expect(await db.assessment.count({ where: { id: adaAssessment ?? "" } })).toBe(0);
    expect(await removeRespondent(consultant.actor, { respondentId: benId })).toEqual({ engagementId, keptResult: true });
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);
    expect((await getEngagement(consultant.actor, engagementId)).respondents).toHaveLength(1);
    await expectDomainError(removeRespondent(consultant.actor, { respondentId: adaId }), 404);
  });

  it("keeps another organization's consultant out of every change", async () => {
    const { engagementId, respondentIds } = await newEngagement();
    const [adaId] = respondentIds;
    if (!adaId) throw new Error("no respondent");
    const other = await createTenant();
    await expectDomainError(addRespondent(other.consultant.actor, { engagementId, name: "Mallory", email: "m@evil.example", role: "ceo" }), 404);
    await expectDomainError(changeEmail(other.consultant.actor, { respondentId: adaId, email: "m@evil.example" }), 404);
    await expectDomainError(removeRespondent(other.consultant.actor, { respondentId: adaId }), 404);
    await expectDomainError(closeEngagement(other.consultant.actor, { engagementId }), 404);
    await expectDomainError(getEngagement(other.consultant.actor, engagementId), 404);
  });
});

describe("the organization's record", () => {
  it("records starting, changing the team and closing, each once, naming the engagement and nobody in it", async () => {
    const { consultant, organization, engagementId, respondentIds } = await newEngagement();
    const [adaId, benId] = respondentIds;
    if (!adaId || !benId) throw new Error("no respondents");
    await submitAssessment(ANONYMOUS, await linkOf(benId), submissionBody());
    // Bursts of the same change from several tabs: one change, one record each.
    await Promise.allSettled(Array.from({ length: 4 }, () => addRespondent(consultant.actor, { engagementId, name: "Dan Wu", email: "dan@client.example", role: "coo" })));
    await changeEmail(consultant.actor, { respondentId: adaId, email: "ada.okafor@client.example" });
    await changeEmail(consultant.actor, { respondentId: adaId, email: "ada.okafor@client.example" });
    await Promise.allSettled(Array.from({ length: 3 }, () => removeRespondent(consultant.actor, { respondentId: adaId })));
    await removeRespondent(consultant.actor, { respondentId: benId });
    await Promise.all(Array.from({ length: 4 }, () => closeEngagement(consultant.actor, { engagementId })));

    const events = await db.auditEvent.findMany({ where: { organizationId: organization.id } });
    const named = { engagementId, engagement: "Leadership structure review" };
    expect(events.map(({ action, actorId, detail }) => ({ action, actorId, detail }))).toEqual(
      expect.arrayContaining([
        { action: "engagement.created", actorId: consultant.user.id, detail: { ...named, people: 3 } },
        { action: "engagement.person_added", actorId: consultant.user.id, detail: named },
        { action: "engagement.person_readdressed", actorId: consultant.user.id, detail: named },
        { action: "engagement.person_removed", actorId: consultant.user.id, detail: { ...named, keptResult: false } },
        { action: "engagement.person_removed", actorId: consultant.user.id, detail: { ...named, keptResult: true } },
        { action: "engagement.closed", actorId: consultant.user.id, detail: named },
      ]),
    );
    expect(events).toHaveLength(6);
    const stored = JSON.stringify(events.map((event) => event.detail));
    for (const personal of ["Ada", "Ben", "Dan", "client.example"]) expect(stored).not.toContain(personal);
  });

  it("records nothing for a refused change", async () => {
    const { organization, engagementId, respondentIds } = await newEngagement();
    const other = await createTenant();
    await expectDomainError(addRespondent(other.consultant.actor, { engagementId, name: "Mallory", email: "m@evil.example", role: "ceo" }), 404);
    await expectDomainError(removeRespondent(other.consultant.actor, { respondentId: respondentIds[0] ?? "" }), 404);
    await expectDomainError(closeEngagement(other.consultant.actor, { engagementId }), 404);
    expect(await db.auditEvent.findMany({ where: { organizationId: { in: [organization.id, other.organization.id] } }, select: { action: true } })).toEqual([{ action: "engagement.created" }]);
  });
});

describe("closing", () => {
  it("stops further answers and changes, once, however many closes race", async () => {
    const { consultant, engagementId, respondentIds } = await newEngagement();
    const [adaId, benId] = respondentIds;
    if (!adaId || !benId) throw new Error("no respondents");
    await submitAssessment(ANONYMOUS, await linkOf(benId), submissionBody());
    const closes = await Promise.all(Array.from({ length: 5 }, () => closeEngagement(consultant.actor, { engagementId })));
    expect(closes.filter((outcome) => outcome.closed)).toHaveLength(1);
    const detail = await getEngagement(consultant.actor, engagementId);
    expect(detail).toMatchObject({ status: "closed", closedReason: "consultant" });
    const token = await linkOf(adaId);
    await expectDomainError(saveDraft(ANONYMOUS, token, draftBody()), 409, "engagement_closed");
    await expectDomainError(submitAssessment(ANONYMOUS, token, submissionBody()), 409, "engagement_closed");
    await expectDomainError(addRespondent(consultant.actor, { engagementId, name: "Dan", email: "dan@client.example", role: "coo" }), 409, "engagement_closed");
    await expectDomainError(updateSchedule(consultant.actor, { engagementId, dueDate: inDays(20), notify: "digest" }), 409, "engagement_closed");
    // A submitted result still reads through its link.
    expect((await getDraft(ANONYMOUS, await linkOf(benId))).resultId).not.toBeNull();
  });

  it("lets the consultant move the due date and reminders while open", async () => {
    const { consultant, engagementId } = await newEngagement();
    await updateSchedule(consultant.actor, { engagementId, dueDate: inDays(30), reminderDays: ["7", "1"], notify: "digest" });
    expect(await getEngagement(consultant.actor, engagementId)).toMatchObject({ reminderDays: [7, 1], notify: "digest", dueAt: `${inDays(30)}T23:59:59.999Z` });
  });
});
