/**
 * A submission's follow-up (webhooks, the engagement's completion, the consultant's email) on a
 * real database: promised in the result's transaction, done at once by the request, done by the
 * job runner when the process stopped right after the transaction, and never twice, also when
 * runs of it race.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { createTenant } from "../testing/accounts";
import { submissionBody } from "../testing/fixtures";
import { parsedBy } from "../testing/parsed-by";
import { ZEngagementCreate } from "../validation/engagements";
import { ZWebhookCreate } from "../validation/webhooks";
import { deleteByToken, submitAssessment } from "./assessments";
import { createEngagement as createEngagementService } from "./engagements";
import { JOB_HANDLERS } from "./job-handlers";
import { runNextJob } from "./job-runner";
import { appJobStore } from "./jobs";
import { FOLLOW_UP_GRACE_MS, followUpSubmission } from "./submission-follow-up";
import { createWebhookEndpoint } from "./webhooks";

// Consultant emails are queued only when email is set up; none is sent here (no email job runs).
vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
});

/** When set, the process "stops" right after the result's transaction: the request never does the follow-up itself. */
const crash = vi.hoisted(() => ({ afterTransaction: false }));
vi.mock("./submission-follow-up", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./submission-follow-up")>();
  return { ...actual, followUpNow: (assessmentId: string, jobId: string) => (crash.afterTransaction ? Promise.resolve() : actual.followUpNow(assessmentId, jobId)) };
});

const createEngagement = parsedBy(ZEngagementCreate, createEngagementService);
const createWebhook = parsedBy(ZWebhookCreate, createWebhookEndpoint);

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  crash.afterTransaction = false;
});

/** An organization with a webhook for both events, and an engagement of one respondent whose consultant hears of each completion. */
async function oneRespondentEngagement() {
  const tenant = await createTenant();
  await createWebhook(tenant.consultant.actor, { organizationId: tenant.organization.id, url: "http://127.0.0.1:9/hook", events: ["result.submitted", "engagement.completed"] });
  const engagement = await createEngagement(tenant.consultant.actor, {
    organizationId: tenant.organization.id,
    name: "Board round",
    dueDate: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
    message: "Please answer before the board meets.",
    reminderDays: [],
    notify: "each",
    respondents: "Ada Okafor, ada@client.example, CEO",
  });
  const respondent = await db.engagementRespondent.findFirstOrThrow({ where: { engagementId: engagement.id }, select: { id: true, linkToken: true, assessmentId: true } });
  return { ...tenant, engagementId: engagement.id, respondent, assessmentId: respondent.assessmentId! };
}

const deliveryEvents = async (organizationId: string) =>
  (await db.webhookDelivery.findMany({ where: { endpoint: { organizationId } }, select: { event: true } })).map((row) => row.event).sort();

/** Jobs of a kind whose payload names `id` (read whole: JSON filters differ between the two databases). */
async function jobsNaming(kind: string, field: string, id: string) {
  const rows = await db.job.findMany({ where: { kind }, select: { status: true, runAt: true, payload: true } });
  return rows.filter((row) => (row.payload as Record<string, unknown>)[field] === id).map(({ status, runAt }) => ({ status, runAt }));
}

const followUpJobs = (assessmentId: string) => jobsNaming("submission.follow-up", "assessmentId", assessmentId);
const consultantEmailJobs = async (engagementId: string) => (await jobsNaming("email.consultant", "engagementId", engagementId)).length;

/** Every delivery of the organization has its one delivery job. */
async function deliveriesWithoutAJob(organizationId: string): Promise<number> {
  const deliveries = await db.webhookDelivery.findMany({ where: { endpoint: { organizationId } }, select: { id: true } });
  const jobs = await db.job.count({ where: { dedupeKey: { in: deliveries.map((delivery) => `webhook.deliver:${delivery.id}`) } } });
  return deliveries.length - jobs;
}

async function completedAt(respondentId: string): Promise<Date | null> {
  return (await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondentId }, select: { completedAt: true } })).completedAt;
}

/** Runs every due follow-up job, as any instance's runner would once the grace period is over. */
async function runDueFollowUps(): Promise<number> {
  let ran = 0;
  const later = new Date(Date.now() + FOLLOW_UP_GRACE_MS + 1_000);
  while (await runNextJob({ store: appJobStore, handlers: { "submission.follow-up": JOB_HANDLERS["submission.follow-up"] }, instanceId: "survivor", now: later })) ran += 1;
  return ran;
}

describe("a submission's follow-up", () => {
  it("is done by the request at once, and its job is removed", async () => {
    const { organization, engagementId, respondent, assessmentId } = await oneRespondentEngagement();
    await submitAssessment(ANONYMOUS, respondent.linkToken, submissionBody());
    expect(await deliveryEvents(organization.id)).toEqual(["engagement.completed", "result.submitted"]);
    expect(await completedAt(respondent.id)).not.toBeNull();
    // "each" and "everyone has answered".
    expect(await consultantEmailJobs(engagementId)).toBe(2);
    expect(await followUpJobs(assessmentId)).toEqual([]);
  });

  it("is promised with the result, so after a stop right after the transaction the job runner does it once it is due", async () => {
    const { organization, engagementId, respondent, assessmentId } = await oneRespondentEngagement();
    crash.afterTransaction = true;
    const before = Date.now();
    const { resultId } = await submitAssessment(ANONYMOUS, respondent.linkToken, submissionBody());
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);
    const [promised] = await followUpJobs(assessmentId);
    expect(promised?.status).toBe("pending");
    expect(promised!.runAt.getTime()).toBeGreaterThanOrEqual(before + FOLLOW_UP_GRACE_MS);
    expect(await deliveryEvents(organization.id)).toEqual([]);
    expect(await completedAt(respondent.id)).toBeNull();

    expect(await runDueFollowUps()).toBeGreaterThanOrEqual(1);
    expect(await followUpJobs(assessmentId)).toEqual([expect.objectContaining({ status: "done" })]);
    expect(await deliveryEvents(organization.id)).toEqual(["engagement.completed", "result.submitted"]);
    expect(await completedAt(respondent.id)).not.toBeNull();
    expect(await consultantEmailJobs(engagementId)).toBe(2);

    // The request's own run, had it come after all: nothing new.
    expect(await followUpSubmission(assessmentId)).toEqual({ deliveries: 0, engagement: true });
    expect(await deliveryEvents(organization.id)).toEqual(["engagement.completed", "result.submitted"]);
    expect(await consultantEmailJobs(engagementId)).toBe(2);
  });

  it("queues each webhook and email once when runs of it race (a parallel burst of six)", async () => {
    const { organization, engagementId, respondent, assessmentId } = await oneRespondentEngagement();
    crash.afterTransaction = true;
    await submitAssessment(ANONYMOUS, respondent.linkToken, submissionBody());
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => followUpSubmission(assessmentId)));
    expect(outcomes.reduce((sum, outcome) => sum + outcome.deliveries, 0)).toBe(2);
    expect(await deliveryEvents(organization.id)).toEqual(["engagement.completed", "result.submitted"]);
    expect(await deliveriesWithoutAJob(organization.id)).toBe(0);
    expect(await consultantEmailJobs(engagementId)).toBe(2);
  });

  it("does nothing for a result deleted before its job ran, and the job still finishes", async () => {
    const { organization, respondent, assessmentId } = await oneRespondentEngagement();
    crash.afterTransaction = true;
    await submitAssessment(ANONYMOUS, respondent.linkToken, submissionBody());
    await deleteByToken(ANONYMOUS, respondent.linkToken);
    expect(await followUpSubmission(assessmentId)).toEqual({ deliveries: 0, engagement: false });
    await runDueFollowUps();
    expect(await deliveryEvents(organization.id)).toEqual([]);
  });
});
