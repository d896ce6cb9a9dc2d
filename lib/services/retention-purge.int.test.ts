/**
 * The retention purge against the real database, with the clock in the test's hands: every row is
 * written with the times it needs, and the purge is given its `now`. Each kind of row is checked on
 * both sides of its cutoff, so a purge that deletes too much fails as surely as one that deletes
 * too little.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { DAY_MS, ENDED_LINK_GRACE_DAYS, FINISHED_JOB_KEEP_DAYS, WEBHOOK_DELIVERY_KEEP_DAYS, type PurgeCounts } from "../jobs/retention";
import { JOB_HANDLERS } from "./job-handlers";
import { runNextJob } from "./job-runner";
import { appJobStore, enqueueJob } from "./jobs";
import { purgeExpiredData } from "./retention-purge";

const NOW = new Date();
const DRAFT_DAYS = 30;
const ago = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * DAY_MS - extraMs);
const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const GRACE = ENDED_LINK_GRACE_DAYS;
const purge = (batchSize?: number) => purgeExpiredData(appJobStore, NOW, { draftDays: DRAFT_DAYS }, { batchSize });
const NOTHING: PurgeCounts = { drafts: 0, shareLinks: 0, invitations: 0, passwordResetTokens: 0, rateLimitCounters: 0, revokedSessions: 0, pendingSecondFactors: 0, finishedJobs: 0, webhookDeliveries: 0 };

afterAll(async () => {
  await db.$disconnect();
});

// Rows other test files left that are already due go first, so each count below is exactly ours.
beforeEach(async () => {
  await purge();
});

const unique = () => randomUUID();

async function draft(fields: { updatedAt: Date; userId?: string; submittedAt?: Date }): Promise<string> {
  const row = await db.assessment.create({
    data: { resumeTokenHash: unique(), questionnaireVersion: "test", answers: {}, updatedAt: fields.updatedAt, createdAt: fields.updatedAt, userId: fields.userId, submittedAt: fields.submittedAt },
    select: { id: true },
  });
  return row.id;
}

async function result(assessmentId: string): Promise<string> {
  const row = await db.result.create({
    data: { assessmentId, idempotencyKey: unique(), questionnaireVersion: "test", modelVersion: "test", recommendation: "ctio", confidence: "high", answers: {}, output: {} },
    select: { id: true },
  });
  return row.id;
}

async function user(): Promise<string> {
  return (await db.user.create({ data: { email: `retention-${unique()}@example.com` }, select: { id: true } })).id;
}

async function exists(model: "assessment" | "shareLink" | "invitation" | "passwordResetToken" | "revokedSession" | "job", id: string): Promise<boolean> {
  const delegate = db[model] as unknown as { count(args: { where: { id: string } }): Promise<number> };
  return (await delegate.count({ where: { id } })) === 1;
}

describe("anonymous drafts", () => {
  it("deletes drafts nobody submitted or saved to an account once their last change is older than the period, and keeps the rest", async () => {
    const owner = await user();
    const old = await draft({ updatedAt: ago(DRAFT_DAYS, 1) });
    const veryOld = await draft({ updatedAt: ago(400) });
    const recent = await draft({ updatedAt: ago(DRAFT_DAYS - 1) });
    const atTheCutoff = await draft({ updatedAt: ago(DRAFT_DAYS) });
    const ownedOld = await draft({ updatedAt: ago(400), userId: owner });
    // Submitted without a result: a state submission never leaves (lib/integrity.int.test.ts counts
    // such rows in the whole table), made here only to show submittedAt alone keeps a draft, and removed below.
    const submittedOld = await draft({ updatedAt: ago(400), submittedAt: ago(400) });
    const withResult = await draft({ updatedAt: ago(400), submittedAt: ago(400) });
    const resultId = await result(withResult);

    expect(await purge()).toEqual({ ...NOTHING, drafts: 2 });
    expect(await exists("assessment", old)).toBe(false);
    expect(await exists("assessment", veryOld)).toBe(false);
    for (const kept of [recent, atTheCutoff, ownedOld, submittedOld, withResult]) expect(await exists("assessment", kept)).toBe(true);
    expect(await db.result.count({ where: { id: resultId } })).toBe(1);
    await db.assessment.delete({ where: { id: submittedOld } });
  });

  it("counts the period from the last change, not from the start", async () => {
    const startedLongAgoSavedYesterday = await db.assessment.create({
      data: { resumeTokenHash: unique(), questionnaireVersion: "test", answers: {}, createdAt: ago(400), updatedAt: ago(1) },
      select: { id: true },
    });
    expect((await purge()).drafts).toBe(0);
    expect(await exists("assessment", startedLongAgoSavedYesterday.id)).toBe(true);
  });

  it("works through a backlog larger than a batch, batch after batch, and leaves nothing due behind", async () => {
    const backlog = 1_234;
    await db.assessment.createMany({
      data: Array.from({ length: backlog }, () => ({ resumeTokenHash: unique(), questionnaireVersion: "test", answers: {}, updatedAt: ago(90), createdAt: ago(90) })),
    });
    const keep = await draft({ updatedAt: ago(1) });
    expect((await purge(100)).drafts).toBe(backlog);
    expect(await db.assessment.count({ where: { userId: null, submittedAt: null, updatedAt: { lt: ago(DRAFT_DAYS) } } })).toBe(0);
    expect(await exists("assessment", keep)).toBe(true);
  });

  it("stops between batches when its signal is aborted (the job's lease was lost)", async () => {
    await db.assessment.createMany({ data: Array.from({ length: 30 }, () => ({ resumeTokenHash: unique(), questionnaireVersion: "test", answers: {}, updatedAt: ago(90) })) });
    const signal = AbortSignal.abort(new Error("lease lost"));
    await expect(purgeExpiredData(appJobStore, NOW, { draftDays: DRAFT_DAYS }, { batchSize: 10, signal })).rejects.toThrow("lease lost");
    expect((await purge()).drafts).toBe(30);
  });
});

describe("ended links and tokens", () => {
  it("deletes share links a week after they expired or were revoked", async () => {
    const link = (fields: { expiresAt: Date; revokedAt?: Date }) => db.shareLink.create({ data: { tokenHash: unique(), ...fields }, select: { id: true } }).then((row) => row.id);
    const expiredLongAgo = await link({ expiresAt: ago(GRACE, 1) });
    const revokedLongAgo = await link({ expiresAt: later(10), revokedAt: ago(GRACE, 1) });
    const expiredYesterday = await link({ expiresAt: ago(1) });
    const revokedYesterday = await link({ expiresAt: later(10), revokedAt: ago(1) });
    const active = await link({ expiresAt: later(10) });

    expect(await purge()).toEqual({ ...NOTHING, shareLinks: 2 });
    expect(await exists("shareLink", expiredLongAgo)).toBe(false);
    expect(await exists("shareLink", revokedLongAgo)).toBe(false);
    for (const kept of [expiredYesterday, revokedYesterday, active]) expect(await exists("shareLink", kept)).toBe(true);
  });

  it("deletes invitations a week after they expired or were revoked, and used-up ones a week after they were made", async () => {
    const consultant = await user();
    const organization = await db.organization.create({ data: { name: `Retention ${unique()}` }, select: { id: true } });
    const invitation = (fields: { expiresAt: Date; revokedAt?: Date; uses?: number; createdAt?: Date }) =>
      db.invitation
        .create({ data: { organizationId: organization.id, tokenHash: unique(), role: "executive", maxUses: 3, createdById: consultant, ...fields }, select: { id: true } })
        .then((row) => row.id);
    const expired = await invitation({ expiresAt: ago(GRACE, 1) });
    const revoked = await invitation({ expiresAt: later(5), revokedAt: ago(GRACE, 1) });
    const usedUpLongAgo = await invitation({ expiresAt: later(5), uses: 3, createdAt: ago(GRACE, 1) });
    const usedUpToday = await invitation({ expiresAt: later(5), uses: 3, createdAt: ago(1) });
    const partlyUsedOld = await invitation({ expiresAt: later(5), uses: 2, createdAt: ago(20) });
    const expiredYesterday = await invitation({ expiresAt: ago(1) });

    expect(await purge()).toEqual({ ...NOTHING, invitations: 3 });
    for (const gone of [expired, revoked, usedUpLongAgo]) expect(await exists("invitation", gone)).toBe(false);
    for (const kept of [usedUpToday, partlyUsedOld, expiredYesterday]) expect(await exists("invitation", kept)).toBe(true);
  });

  it("deletes password-reset links a week after they expired or were used", async () => {
    const person = await user();
    const token = (fields: { expiresAt: Date; usedAt?: Date }) =>
      db.passwordResetToken.create({ data: { userId: person, tokenHash: unique(), createdById: person, ...fields }, select: { id: true } }).then((row) => row.id);
    const expired = await token({ expiresAt: ago(GRACE, 1) });
    const used = await token({ expiresAt: later(1), usedAt: ago(GRACE, 1) });
    const usedYesterday = await token({ expiresAt: later(1), usedAt: ago(1) });
    const live = await token({ expiresAt: later(1) });

    expect(await purge()).toEqual({ ...NOTHING, passwordResetTokens: 2 });
    expect(await exists("passwordResetToken", expired)).toBe(false);
    expect(await exists("passwordResetToken", used)).toBe(false);
    for (const kept of [usedYesterday, live]) expect(await exists("passwordResetToken", kept)).toBe(true);
  });
});

describe("counters, sessions and second factors", () => {
  it("deletes rate-limit counters whose window has ended, and keeps live ones and paced ones still waiting", async () => {
    const counter = (windowEndsAt: Date, nextAt?: Date) => db.rateLimitCounter.create({ data: { key: `retention:${unique()}`, count: 3, windowEndsAt, nextAt } }).then((row) => row.key);
    const ended = await counter(ago(0, 1));
    const endedPaced = await counter(ago(0, 1), ago(0, 2));
    const live = await counter(later(1));
    const stillPaced = await counter(ago(0, 1), later(1));

    expect(await purge()).toEqual({ ...NOTHING, rateLimitCounters: 2 });
    const left = await db.rateLimitCounter.findMany({ where: { key: { in: [ended, endedPaced, live, stillPaced] } }, select: { key: true } });
    expect(left.map((row) => row.key).sort()).toEqual([live, stillPaced].sort());
  });

  it("deletes revoked sessions and pending second factors once they have expired", async () => {
    const person = await user();
    const expiredSession = (await db.revokedSession.create({ data: { id: unique(), expiresAt: ago(0, 1) } })).id;
    const liveSession = (await db.revokedSession.create({ data: { id: unique(), expiresAt: later(1) } })).id;
    const expiredPending = (await db.pendingSecondFactor.create({ data: { tokenHash: unique(), userId: person, expiresAt: ago(0, 1) } })).tokenHash;
    const livePending = (await db.pendingSecondFactor.create({ data: { tokenHash: unique(), userId: person, expiresAt: later(1) } })).tokenHash;

    expect(await purge()).toEqual({ ...NOTHING, revokedSessions: 1, pendingSecondFactors: 1 });
    expect(await exists("revokedSession", expiredSession)).toBe(false);
    expect(await exists("revokedSession", liveSession)).toBe(true);
    const pending = await db.pendingSecondFactor.findMany({ where: { tokenHash: { in: [expiredPending, livePending] } }, select: { tokenHash: true } });
    expect(pending.map((row) => row.tokenHash)).toEqual([livePending]);
  });

  it("deletes finished and failed jobs after 30 days, never a pending or running one", async () => {
    const job = (status: string, finishedAt: Date | null) => db.job.create({ data: { kind: "retention.purge", payload: {}, status, finishedAt } }).then((row) => row.id);
    const oldDone = await job("done", ago(FINISHED_JOB_KEEP_DAYS, 1));
    const oldFailed = await job("failed", ago(FINISHED_JOB_KEEP_DAYS, 1));
    const recentDone = await job("done", ago(1));
    const pending = await job("pending", null);
    const running = await job("running", null);

    expect(await purge()).toEqual({ ...NOTHING, finishedJobs: 2 });
    expect(await exists("job", oldDone)).toBe(false);
    expect(await exists("job", oldFailed)).toBe(false);
    for (const kept of [recentDone, pending, running]) expect(await exists("job", kept)).toBe(true);
    await db.job.deleteMany({ where: { id: { in: [recentDone, pending, running] } } });
  });
});

describe("webhook deliveries", () => {
  it("deletes deliveries created more than 30 days ago, whatever their status, and keeps newer ones", async () => {
    const organization = await db.organization.create({ data: { name: `Retention ${unique()}` }, select: { id: true } });
    const endpoint = await db.webhookEndpoint.create({ data: { organizationId: organization.id, url: "https://hooks.example.com/", secret: "whsec_x", events: ["result.submitted"] }, select: { id: true } });
    const delivery = (status: string, createdAt: Date) =>
      db.webhookDelivery.create({ data: { endpointId: endpoint.id, event: "result.submitted", body: "{}", status, createdAt } }).then((row) => row.id);
    const oldDelivered = await delivery("delivered", ago(WEBHOOK_DELIVERY_KEEP_DAYS, 1));
    const oldFailed = await delivery("failed", ago(WEBHOOK_DELIVERY_KEEP_DAYS + 3));
    const recent = await delivery("delivered", ago(WEBHOOK_DELIVERY_KEEP_DAYS - 1));
    const pending = await delivery("pending", ago(0));

    expect(await purge()).toEqual({ ...NOTHING, webhookDeliveries: 2 });
    const left = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recent, pending].sort());
    expect(left.map((row) => row.id)).not.toContain(oldDelivered);
    expect(left.map((row) => row.id)).not.toContain(oldFailed);
    await db.organization.delete({ where: { id: organization.id } });
  });
});

describe("the retention.purge job", () => {
  it("purges through the queue and keeps the counts as the job's result", async () => {
    await db.job.deleteMany();
    const old = await draft({ updatedAt: ago(DRAFT_DAYS + 5) });
    const { id } = await enqueueJob(appJobStore, "retention.purge", { period: NOW.toISOString().slice(0, 10) }, { runAt: NOW });
    expect(await runNextJob({ store: appJobStore, handlers: JOB_HANDLERS, instanceId: "test", now: NOW })).toMatchObject({ id, status: "done" });
    expect(await exists("assessment", old)).toBe(false);
    const row = await db.job.findUniqueOrThrow({ where: { id } });
    expect(row.result).toEqual({ ...NOTHING, drafts: 1 });
    await db.job.deleteMany();
  });
});
