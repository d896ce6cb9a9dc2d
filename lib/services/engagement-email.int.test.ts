/**
 * Engagement email end to end through a real SMTP server started by the test
 * (lib/testing/smtp-server.ts), on SQLite or PostgreSQL: what arrives (recipients, subject, both
 * parts, the link, the logo), bounces, retries when the server is down or silent, reminders that
 * go once and never after completion, removal or closing, the consultant's notifications, three
 * instances on one database, and a worker killed with SIGKILL mid-send. "Instances" are separate
 * Prisma clients, as in lib/services/jobs.int.test.ts; the clock is the test's where it matters.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { Transporter } from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { UserActor } from "../auth/actor";
import { createPrismaClient } from "../db-client";
import { DEFAULT_BACKOFF } from "../jobs/backoff";
import { reminderMoment } from "../jobs/engagement-schedule";
import { DAY_MS } from "../jobs/retention";
import { createEngagementFixture, forgetInvitationsSent, type EngagementFixture } from "../testing/engagement-fixtures";
import { readMail, type ReadMail } from "../testing/mime";
import { closedPortUrl, startSilentServer, startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "../testing/smtp-server";
import type { JobHandlers } from "./job-handlers";
import type { JobStore } from "./jobs";

// lib/env reads the environment once, at import: a developer's own settings must not leak in.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

const PUBLIC_URL = "https://rolefit.example.com";
const clients: PrismaClient[] = Array.from({ length: 3 }, () => createPrismaClient(process.env.DATABASE_URL!));
const stores: JobStore[] = clients.map((client) => ({ client, write: (work) => work() }));
const [store, otherStore, thirdStore] = stores as [JobStore, JobStore, JobStore];
const db = clients[0]!;

let smtp: TestSmtpServer;
let email: typeof import("./engagement-email");
let runner: typeof import("./job-runner");
let jobs: typeof import("./jobs");
let jobHandlers: typeof import("./job-handlers");
let mailer: typeof import("./mailer");

async function loadServices(env: { SMTP_URL?: string }) {
  vi.stubEnv("SMTP_URL", env.SMTP_URL);
  vi.stubEnv("NEXTAUTH_URL", PUBLIC_URL);
  vi.resetModules();
  return {
    email: await import("./engagement-email"),
    runner: await import("./job-runner"),
    jobs: await import("./jobs"),
    jobHandlers: await import("./job-handlers"),
    mailer: await import("./mailer"),
  };
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  ({ email, runner, jobs, jobHandlers, mailer } = await loadServices({ SMTP_URL: smtp.url }));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
  await Promise.all(clients.map((client) => client.$disconnect()));
});

beforeEach(async () => {
  smtp.messages.length = 0;
  await db.job.deleteMany();
  await db.engagementRespondent.deleteMany();
  await db.engagement.deleteMany();
});

/** The email handlers sending through `transport` (the configured server when omitted), and the real tick. */
function handlersVia(transport?: Transporter): Partial<JobHandlers> {
  return {
    "email.respondent": (payload, context) => email.sendRespondentEmail(payload, context, transport),
    "email.consultant": (payload, context) => email.sendConsultantEmail(payload, context, transport),
    "engagements.tick": jobHandlers.JOB_HANDLERS["engagements.tick"],
  };
}

/** Runs due jobs until none is left at `now`. */
async function drain(on: JobStore, now: Date, handlers = handlersVia(), instanceId = "test-instance") {
  const outcomes = [];
  for (;;) {
    const outcome = await runner.runNextJob({ store: on, handlers, instanceId, now });
    if (!outcome) return outcomes;
    outcomes.push(outcome);
  }
}

function mailTo(address: string, messages: ReceivedMail[] = smtp.messages): ReadMail[] {
  return messages.filter((message) => message.to.includes(address)).map((message) => readMail(message.source));
}

/** The fixture's consultant as a signed-in session presents them, second factor set up. */
function consultantOf(fixture: EngagementFixture): UserActor {
  return {
    kind: "user",
    userId: fixture.consultant.id,
    email: fixture.consultant.email,
    name: "Cora Consultant",
    isPlatformAdmin: false,
    memberships: [{ organizationId: fixture.organizationId, role: "consultant" }],
    mustEnrollTotp: false,
  };
}

/**
 * An engagement whose creator's account is gone, in a French-speaking organization: its
 * consultant reads `consultantLocale`, and a colleague consultant has no language of their own.
 */
async function frenchOrganizationWithColleague(respondents: number, consultantLocale: string) {
  const fixture = await createEngagementFixture(db, { respondents, withoutCreator: true });
  await db.organization.update({ where: { id: fixture.organizationId }, data: { language: "fr" } });
  await db.user.update({ where: { email: fixture.consultant.email }, data: { locale: consultantLocale } });
  const colleague = await db.user.create({ data: { email: `colleague-${fixture.engagementId}@firm.example` } });
  await db.membership.create({ data: { userId: colleague.id, organizationId: fixture.organizationId, role: "consultant" } });
  return { fixture, colleague };
}

function linkOf(respondent: EngagementFixture["respondents"][number]): string {
  return `${PUBLIC_URL}/respond/${respondent.linkToken}`;
}

/** The end of the UTC day `days` from today: a due date in the future, whatever the time now. */
function dueInDays(days: number): Date {
  const day = new Date(Date.now() + days * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999));
}

describe("invitations", () => {
  it("arrive with the personal link in both parts and the firm's logo inline, and the delivery is recorded", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 2, withLogo: true });
    const engagement = await db.engagement.findUniqueOrThrow({ where: { id: fixture.engagementId } });
    for (const respondent of fixture.respondents) expect(await email.queueRespondentEmail(respondent.id, "invitation", store)).toEqual({ queued: true });

    const outcomes = await drain(store, new Date());
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "done"]);
    expect(smtp.messages).toHaveLength(2);
    for (const respondent of fixture.respondents) {
      const [mail, ...more] = mailTo(respondent.email);
      expect(more).toHaveLength(0);
      expect(mail?.subject).toBe(`${engagement.name}: your questionnaire from ${(await db.organization.findUniqueOrThrow({ where: { id: fixture.organizationId } })).consultantFirmName}`);
      expect(mail?.text).toContain(`Hello ${respondent.name},`);
      expect(mail?.text).toContain("please tell us how you see our technology leadership.");
      expect(mail?.text).toContain(linkOf(respondent));
      expect(mail?.html).toContain(`href="${linkOf(respondent)}"`);
      expect(mail?.html).toContain(`src="cid:firm-logo@rolefit"`);
      expect(mail?.attachments).toEqual([{ contentType: "image/png", contentId: "firm-logo@rolefit", disposition: "inline", bytes: expect.any(Number) }]);
      // Links are built on the configured public URL, never a local address.
      expect(`${mail?.text}${mail?.html}`).not.toMatch(/localhost|127\.0\.0\.1/);

      const row = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent.id } });
      expect(row.invitedAt).toBeInstanceOf(Date);
      expect(row.deliveredAt).toBeInstanceOf(Date);
      expect(row.lastSentAt).toEqual(row.deliveredAt);
      expect(row).toMatchObject({ bouncedAt: null, deliveryError: null });
    }
  });

  it("marks the respondent bounced when the server refuses the address, without retrying or storing the address", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 1 });
    const [respondent] = fixture.respondents;
    const refusing = await startTestSmtpServer({ refuseRecipients: { code: 550, message: `5.1.1 <${respondent!.email}>: no such user` } });
    try {
      await email.queueRespondentEmail(respondent!.id, "invitation", store);
      const now = new Date();
      expect(await drain(store, now, handlersVia(mailer.createSmtpTransport(refusing.url)))).toMatchObject([{ status: "done" }]);
      expect(await drain(store, new Date(now.getTime() + DAY_MS))).toEqual([]);

      const row = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent!.id } });
      expect(row).toMatchObject({ bouncedAt: now, lastSentAt: now, deliveredAt: null });
      expect(row.deliveryError).toMatch(/^Refused by the mail server: 550 5\.1\.1 \[address\]: no such user/);
      expect(row.deliveryError).not.toContain("@");
      expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "done", attempts: 1, result: { bounced: true } });
      expect(refusing.messages).toHaveLength(0);
    } finally {
      await refusing.close();
    }
  });

  it("are retried with backoff while the server is down or silent, the app serving meanwhile, and delivered once each when it is back", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 2 });
    for (const respondent of fixture.respondents) await email.queueRespondentEmail(respondent.id, "invitation", store);
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const first = DEFAULT_BACKOFF.baseMs;

    const down = handlersVia(mailer.createSmtpTransport(await closedPortUrl()));
    expect((await drain(store, t0, down)).map((outcome) => outcome.status)).toEqual(["pending", "pending"]);
    for (const respondent of fixture.respondents) {
      const row = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent.id } });
      expect(row).toMatchObject({ deliveredAt: null, bouncedAt: null });
      expect(row.deliveryError).toMatch(/^Not delivered yet, trying again\. The mail server could not be reached/);
    }
    expect(await db.job.findMany({ select: { status: true, attempts: true, runAt: true } })).toEqual([
      { status: "pending", attempts: 1, runAt: at(first) },
      { status: "pending", attempts: 1, runAt: at(first) },
    ]);
    expect(await drain(store, at(first - 1), down)).toEqual([]);

    const silent = await startSilentServer();
    try {
      const waiting = drain(store, at(first), handlersVia(mailer.createSmtpTransport(silent.url, { timeoutMs: 500 })));
      // While the job waits on the silent server, the same process goes on answering and queueing.
      const [other] = (await createEngagementFixture(db, { respondents: 1 })).respondents;
      expect(await email.queueRespondentEmail(other!.id, "invitation", otherStore)).toEqual({ queued: true });
      await db.job.deleteMany({ where: { payload: { equals: { respondentId: other!.id, template: "invitation" } } } });
      expect((await waiting).map((outcome) => outcome.status)).toEqual(["pending", "pending"]);
    } finally {
      await silent.close();
    }
    const row = await db.engagementRespondent.findUniqueOrThrow({ where: { id: fixture.respondents[0]!.id } });
    expect(row.deliveryError).toMatch(/The mail server did not answer in time/);
    expect(await db.job.findMany({ select: { attempts: true, runAt: true } })).toEqual([
      { attempts: 2, runAt: at(first + 2 * first) },
      { attempts: 2, runAt: at(first + 2 * first) },
    ]);

    expect((await drain(store, at(3 * first))).map((outcome) => outcome.status)).toEqual(["done", "done"]);
    expect(smtp.messages).toHaveLength(2);
    for (const respondent of fixture.respondents) {
      expect(mailTo(respondent.email)).toHaveLength(1);
      const delivered = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent.id } });
      expect(delivered).toMatchObject({ deliveredAt: at(3 * first), deliveryError: null, bouncedAt: null });
    }
  });

  it("say on the respondent when the last try failed, and the job fails keeping the reason", async () => {
    const [respondent] = (await createEngagementFixture(db, { respondents: 1 })).respondents;
    await email.queueRespondentEmail(respondent!.id, "invitation", store);
    await db.job.updateMany({ data: { maxAttempts: 2 } });
    const down = handlersVia(mailer.createSmtpTransport(await closedPortUrl()));
    const t0 = new Date();
    expect(await drain(store, t0, down)).toMatchObject([{ status: "pending" }]);
    expect(await drain(store, new Date(t0.getTime() + DEFAULT_BACKOFF.baseMs), down)).toMatchObject([{ status: "failed" }]);
    const row = await db.engagementRespondent.findUniqueOrThrow({ where: { id: respondent!.id } });
    expect(row.deliveryError).toMatch(/^Not delivered after 2 tries; send it again to retry\. The mail server could not be reached/);
    expect(row).toMatchObject({ deliveredAt: null, bouncedAt: null });
    expect((await db.job.findFirstOrThrow()).lastError).toMatch(/could not be reached/);
  });
});

describe("resending an invitation", () => {
  it("sends one email for a parallel burst of resends, tells the rest when they may send again, and sends again once that time is past", async () => {
    const engagements = await import("./engagements");
    const fixture = await createEngagementFixture(db, { respondents: 1 });
    const [respondent] = fixture.respondents;
    const resend = () => engagements.resendInvitation(consultantOf(fixture), { respondentId: respondent!.id });
    const burst = await Promise.allSettled(Array.from({ length: 6 }, resend));
    expect(burst.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refusals = burst.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason as { code?: string; retryAfterSeconds?: number; message?: string }] : []));
    expect(refusals).toHaveLength(5);
    for (const refusal of refusals) {
      expect(refusal.code).toBe("invitation_just_resent");
      expect(refusal.retryAfterSeconds).toBeGreaterThan(240);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(300);
      expect(refusal.message).toMatch(/you can send it again in [45] minutes\.$/);
    }
    await drain(store, new Date());
    expect(mailTo(respondent!.email)).toHaveLength(1);

    // Five minutes on, as the shared counter sees it: a lost email can go again.
    await forgetInvitationsSent(db, [respondent!.id]);
    await resend();
    await drain(store, new Date());
    expect(mailTo(respondent!.email)).toHaveLength(2);
    await expect(resend()).rejects.toMatchObject({ code: "invitation_just_resent" });
  });

  it("counts the first invitation: a resend at once after the engagement starts is refused, and each person gets one email", async () => {
    const engagements = await import("./engagements");
    const fixture = await createEngagementFixture(db, { respondents: 0 });
    const started = await engagements.createEngagement(consultantOf(fixture), {
      organizationId: fixture.organizationId,
      name: "Leadership review",
      dueDate: dueInDays(14).toISOString().slice(0, 10),
      message: "Please answer before the board meeting.",
      reminderDays: [3],
      notify: "each",
      respondents: "Ana Lima, ana@client.example, CEO\nBen Okafor, ben@client.example, CFO",
    });
    expect(started.invited).toBe(2);
    // Written with the people, in the list's order.
    expect(await db.engagementRespondent.count({ where: { id: { in: started.respondentIds }, invitedAt: null } })).toBe(0);
    const queued = await db.job.findMany({ where: { kind: "email.respondent" }, orderBy: [{ runAt: "asc" }, { id: "asc" }], select: { payload: true } });
    const order = queued.map((job) => (job.payload as { respondentId: string }).respondentId).filter((id) => started.respondentIds.includes(id));
    expect(order).toEqual(started.respondentIds);
    // A parallel burst: three resends per person at once, all refused.
    const resends = await Promise.allSettled(started.respondentIds.flatMap((respondentId) => Array.from({ length: 3 }, () => engagements.resendInvitation(consultantOf(fixture), { respondentId }))));
    expect(resends).toHaveLength(6);
    for (const outcome of resends) {
      expect(outcome.status).toBe("rejected");
      expect(outcome.status === "rejected" ? outcome.reason : null).toMatchObject({ code: "invitation_just_resent", message: expect.stringMatching(/^This person's invitation was sent moments ago\./) });
    }
    await drain(store, new Date());
    expect(mailTo("ana@client.example")).toHaveLength(1);
    expect(mailTo("ben@client.example")).toHaveLength(1);

    // Five minutes on, a lost invitation can go again.
    await forgetInvitationsSent(db, started.respondentIds);
    await engagements.resendInvitation(consultantOf(fixture), { respondentId: started.respondentIds[0]! });
    await drain(store, new Date());
    expect(mailTo("ana@client.example")).toHaveLength(2);
  });
});

describe("reminders", () => {
  it("go once each when due, never to someone who completed or was removed, nor once the engagement closed", async () => {
    const dueAt = dueInDays(10);
    const fixture = await createEngagementFixture(db, { respondents: 4, dueAt, reminderDays: [3, 0], invitedAt: new Date() });
    const [completed, removed, waiting, late] = fixture.respondents as [EngagementFixture["respondents"][number], ...EngagementFixture["respondents"]];
    await db.engagementRespondent.update({ where: { id: completed.id }, data: { completedAt: new Date() } });

    const threeDaysBefore = new Date(reminderMoment(dueAt, 3).getTime() + 3_600_000);
    expect(await email.runEngagementTick(store, threeDaysBefore)).toEqual({ reminders: 3, closed: 0, digests: 0 });
    // The next hour's tick, on another instance, finds them queued already.
    expect(await email.runEngagementTick(otherStore, new Date(threeDaysBefore.getTime() + 3_600_000))).toEqual({ reminders: 0, closed: 0, digests: 0 });
    await db.engagementRespondent.delete({ where: { id: removed!.id } });
    const outcomes = await drain(store, threeDaysBefore);
    expect(outcomes).toHaveLength(3);
    expect(smtp.messages.map((message) => message.to[0]).sort()).toEqual([waiting!.email, late!.email].sort());
    const [reminder] = mailTo(waiting!.email);
    expect(reminder?.subject).toMatch(/^Reminder: Leadership .+, answers due /);
    expect(reminder?.text).toContain(linkOf(waiting!));
    expect(reminder?.html).toContain(`href="${linkOf(waiting!)}"`);

    // One more completes before the due day's reminder; a reminder queued for them anyway is not sent.
    await db.engagementRespondent.update({ where: { id: late!.id }, data: { completedAt: new Date() } });
    await email.queueRespondentEmail(late!.id, "reminder", store);
    const dueDay = new Date(reminderMoment(dueAt, 0).getTime() + 3_600_000);
    expect(await email.runEngagementTick(thirdStore, dueDay)).toEqual({ reminders: 1, closed: 0, digests: 0 });
    await drain(store, dueDay);
    expect(mailTo(waiting!.email)).toHaveLength(2);
    expect(mailTo(late!.email)).toHaveLength(1);
    expect(mailTo(completed.email)).toHaveLength(0);

    // At the due moment the tick closes the engagement, and nothing more is sent.
    const after = new Date(dueAt.getTime() + 1);
    expect(await email.runEngagementTick(store, after)).toEqual({ reminders: 0, closed: 1, digests: 0 });
    expect(await db.engagement.findUniqueOrThrow({ where: { id: fixture.engagementId } })).toMatchObject({ status: "closed", closedAt: after, closedReason: "due_date" });
    await email.queueRespondentEmail(waiting!.id, "reminder", store);
    expect(await drain(store, after)).toMatchObject([{ status: "done" }]);
    expect(await db.job.findFirstOrThrow({ where: { status: "done" }, orderBy: { createdAt: "desc" } })).toMatchObject({ result: { skipped: "closed" } });
    expect(mailTo(waiting!.email)).toHaveLength(2);
    expect(smtp.messages).toHaveLength(3);
  });

  it("are sent exactly once each by three instances running the tick and the email jobs at once", async () => {
    const dueAt = dueInDays(10);
    const fixtures = [];
    for (let i = 0; i < 3; i++) fixtures.push(await createEngagementFixture(db, { respondents: 5, dueAt, reminderDays: [3], invitedAt: new Date() }));
    const respondents = fixtures.flatMap((fixture) => fixture.respondents);
    const now = new Date(reminderMoment(dueAt, 3).getTime() + 3_600_000);

    const queued: number[] = [];
    const instance = async (on: JobStore, name: string) => {
      // Each instance schedules this hour's tick (one row results) and also runs the tick itself, as a late run would.
      await jobs.enqueueRecurringJobs(on, now);
      queued.push((await email.runEngagementTick(on, now)).reminders);
      const claimers = Array.from({ length: 4 }, (_, j) => drain(on, now, handlersVia(), `${name}-${j}`));
      return (await Promise.all(claimers)).flat();
    };
    const outcomes = (await Promise.all(stores.map((on, i) => instance(on, `instance-${i}`)))).flat();
    // A claimer that lost every candidate to others stops early; one more pass finds anything left.
    outcomes.push(...(await drain(store, now, handlersVia(), "sweeper")));

    const perRespondent = respondents.map((respondent) => mailTo(respondent.email).length);
    console.log(`three instances: ${smtp.messages.length} messages for ${respondents.length} due reminders; reminder jobs queued per instance ${queued.join(", ")}`);
    expect(perRespondent).toEqual(respondents.map(() => 1));
    expect(smtp.messages).toHaveLength(15);
    expect(queued.reduce((sum, count) => sum + count, 0)).toBe(15);
    expect(await db.job.count({ where: { kind: "email.respondent", status: "done", attempts: 1 } })).toBe(15);
    expect(await db.job.count({ where: { kind: "engagements.tick", status: "done" } })).toBe(1);
    expect(outcomes.filter((outcome) => outcome.kind === "email.respondent")).toHaveLength(15);
  });
});

describe("the consultant's notifications", () => {
  it("tell the creator of each completion and, once, that everyone has answered; no answers in them", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 2, notify: "each" });
    const [ann, bo] = fixture.respondents;
    const engagement = await db.engagement.findUniqueOrThrow({ where: { id: fixture.engagementId } });
    await db.engagementRespondent.update({ where: { id: ann!.id }, data: { completedAt: new Date() } });
    await email.notifyCompletion(fixture.engagementId, ann!.id, store);
    await email.notifyCompletion(fixture.engagementId, ann!.id, otherStore);
    await drain(store, new Date());
    const [completion, ...more] = mailTo(fixture.consultant.email);
    expect(more).toHaveLength(0);
    expect(completion?.subject).toBe(`${engagement.name}: ${ann!.name} has answered`);
    expect(completion?.text).toContain("1 of 2 respondents have answered.");
    const page = `${PUBLIC_URL}/workspace/engagements/${fixture.engagementId}`;
    expect(completion?.text).toContain(page);
    expect(completion?.html).toContain(`href="${page}"`);

    await db.engagementRespondent.update({ where: { id: bo!.id }, data: { completedAt: new Date() } });
    await Promise.all([email.notifyCompletion(fixture.engagementId, bo!.id, store), email.notifyCompletion(fixture.engagementId, bo!.id, otherStore)]);
    await drain(store, new Date());
    const subjects = mailTo(fixture.consultant.email).map((mail) => mail.subject);
    expect(subjects.sort()).toEqual([`${engagement.name}: ${ann!.name} has answered`, `${engagement.name}: ${bo!.name} has answered`, `${engagement.name}: everyone has answered`].sort());
    expect(smtp.messages.every((message) => message.to.length === 1 && message.to[0] === fixture.consultant.email)).toBe(true);
  });

  it("go to every consultant of the organization when the creator's account is gone", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 1, withoutCreator: true });
    const colleague = await db.user.create({ data: { email: `colleague-${fixture.engagementId}@firm.example` } });
    await db.membership.create({ data: { userId: colleague.id, organizationId: fixture.organizationId, role: "consultant" } });
    await db.engagementRespondent.update({ where: { id: fixture.respondents[0]!.id }, data: { completedAt: new Date() } });
    await email.notifyCompletion(fixture.engagementId, fixture.respondents[0]!.id, store);
    await drain(store, new Date());
    expect(smtp.messages.map((message) => message.to.sort())).toEqual([[fixture.consultant.email, colleague.email].sort(), [fixture.consultant.email, colleague.email].sort()]);
  });

  it("speak each consultant's language: their own setting, else the organization's", async () => {
    const { fixture, colleague } = await frenchOrganizationWithColleague(1, "de");
    const engagement = await db.engagement.findUniqueOrThrow({ where: { id: fixture.engagementId } });
    const [ann] = fixture.respondents;
    await db.engagementRespondent.update({ where: { id: ann!.id }, data: { completedAt: new Date() } });
    await email.notifyCompletion(fixture.engagementId, ann!.id, store);
    await drain(store, new Date());

    const subjects = (address: string) => mailTo(address).map((mail) => mail.subject).sort();
    expect(subjects(fixture.consultant.email)).toEqual([`${engagement.name}: Alle haben geantwortet`, `${engagement.name}: ${ann!.name} hat geantwortet`].sort());
    expect(subjects(colleague.email)).toEqual([`${engagement.name}\u00a0: ${ann!.name} a répondu`, `${engagement.name}\u00a0: tout le monde a répondu`].sort());
    const [german] = mailTo(fixture.consultant.email).filter((mail) => mail.subject.includes("hat geantwortet"));
    expect(german?.text).toContain("Geantwortet: 1 von 1 befragten Person.");
    expect(german?.html).toContain('<html lang="de">');
    expect(german?.html).toContain("Befragungsrunde öffnen");
    expect(smtp.messages.every((message) => message.to.length === 1)).toBe(true);
  });

  it("go as one job per language, so a language whose send fails for now is retried without sending the others again", async () => {
    const { fixture, colleague } = await frenchOrganizationWithColleague(2, "en");
    const [ann] = fixture.respondents;
    await db.engagementRespondent.update({ where: { id: ann!.id }, data: { completedAt: new Date() } });
    await email.notifyCompletion(fixture.engagementId, ann!.id, store);

    // The French message meets a mail server that is down the first time; the English one goes through.
    const up = mailer.createSmtpTransport(smtp.url);
    const down = mailer.createSmtpTransport(await closedPortUrl());
    let frenchTries = 0;
    const frenchFailsOnce = { sendMail: (mail: { subject?: string }) => (String(mail.subject).includes("a répondu") && ++frenchTries === 1 ? down : up).sendMail(mail) } as unknown as Transporter;
    const t0 = new Date();
    const outcomes = await drain(store, t0, handlersVia(frenchFailsOnce));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["done", "done", "pending"]);
    const jobs = await db.job.findMany({ where: { kind: "email.consultant" }, select: { payload: true, status: true, result: true } });
    expect(jobs).toHaveLength(3);
    expect(jobs.find((job) => !(job.payload as { locale?: string }).locale)).toMatchObject({ status: "done", result: { split: expect.arrayContaining(["en", "fr"]) } });
    expect(mailTo(fixture.consultant.email)).toHaveLength(1);
    expect(mailTo(colleague.email)).toHaveLength(0);

    await drain(store, new Date(t0.getTime() + DEFAULT_BACKOFF.baseMs), handlersVia(frenchFailsOnce));
    expect(frenchTries).toBe(2);
    expect(mailTo(fixture.consultant.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/ answered$/)]);
    expect(mailTo(colleague.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/a répondu$/)]);
    expect(await db.job.count({ where: { kind: "email.consultant", status: { not: "done" } } })).toBe(0);
  });

  it("come as one digest a day, listing the day's completions, when the consultant chose a digest", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 3, notify: "digest" });
    const tickAt = new Date(Date.now() + DAY_MS);
    const yesterday = new Date(tickAt.getTime() - DAY_MS);
    const [ann, bo] = fixture.respondents;
    for (const respondent of [ann!, bo!]) {
      await db.engagementRespondent.update({ where: { id: respondent.id }, data: { completedAt: yesterday } });
      await email.notifyCompletion(fixture.engagementId, respondent.id, store);
    }
    expect(await db.job.count()).toBe(0);
    expect((await email.runEngagementTick(store, tickAt)).digests).toBe(1);
    expect((await email.runEngagementTick(otherStore, new Date(tickAt.getTime() + 3_600_000))).digests).toBe(0);
    await drain(store, tickAt);
    const [digest, ...more] = mailTo(fixture.consultant.email);
    expect(more).toHaveLength(0);
    expect(digest?.subject).toMatch(/: 2 respondents answered on /);
    expect(digest?.text).toContain(`- ${ann!.name}\n- ${bo!.name}`);
    expect(digest?.text).toContain("2 of 3 respondents have answered.");
  });
});

describe("without SMTP_URL", () => {
  it("queues no email, yet the tick closes engagements", async () => {
    const off = await loadServices({ SMTP_URL: undefined });
    try {
      expect(off.mailer.isEmailConfigured()).toBe(false);
      const fixture = await createEngagementFixture(db, { respondents: 1, dueAt: dueInDays(1), reminderDays: [0], invitedAt: new Date() });
      const [respondent] = fixture.respondents;
      expect(await off.email.queueRespondentEmail(respondent!.id, "invitation", store)).toEqual({ queued: false });
      expect(await off.email.closingEmailJobs(db, fixture.engagementId, `${PUBLIC_URL}/share/abc`)).toEqual([]);
      // A resend says to copy the link, every time: the attempt that sent nothing does not count against the next.
      const { resendInvitation } = await import("./engagements");
      for (let attempt = 0; attempt < 2; attempt += 1) {
        await expect(resendInvitation(consultantOf(fixture), { respondentId: respondent!.id })).rejects.toMatchObject({ code: "email_not_configured" });
      }
      await db.engagementRespondent.update({ where: { id: respondent!.id }, data: { completedAt: new Date() } });
      await off.email.notifyCompletion(fixture.engagementId, respondent!.id, store);
      expect(await off.email.runEngagementTick(store, new Date(dueInDays(1).getTime() + 1))).toEqual({ reminders: 0, closed: 1, digests: 0 });
      expect(await db.job.count()).toBe(0);
    } finally {
      ({ email, runner, jobs, jobHandlers, mailer } = await loadServices({ SMTP_URL: smtp.url }));
    }
  });
});

describe("closing", () => {
  it("sends every respondent the report link, one job per respondent and link", async () => {
    const fixture = await createEngagementFixture(db, { respondents: 2 });
    const reportUrl = `${PUBLIC_URL}/share/report-token`;
    const jobs = await email.closingEmailJobs(db, fixture.engagementId, reportUrl);
    expect(jobs).toHaveLength(2);
    const keys = (rows: { dedupeKey?: string | null }[]) => rows.map((row) => row.dedupeKey);
    expect(keys(await email.closingEmailJobs(otherStore.client, fixture.engagementId, reportUrl))).toEqual(keys(jobs));
    expect(keys(await email.closingEmailJobs(db, fixture.engagementId, `${reportUrl}-replacement`))).not.toContain(keys(jobs)[0]);
    await db.job.createMany({ data: jobs });
    await expect(otherStore.client.job.createMany({ data: jobs })).rejects.toMatchObject({ code: "P2002" });
    await db.engagement.update({ where: { id: fixture.engagementId }, data: { status: "closed", closedAt: new Date(), closedReason: "consultant" } });
    await drain(store, new Date());
    for (const respondent of fixture.respondents) {
      const [mail, ...more] = mailTo(respondent.email);
      expect(more).toHaveLength(0);
      expect(mail?.subject).toMatch(/: the results are ready$/);
      expect(mail?.text).toContain(reportUrl);
      expect(mail?.html).toContain(`href="${reportUrl}"`);
      expect(mail?.text).not.toContain(respondent.linkToken);
    }
  });
});

describe("a worker killed with SIGKILL mid-send", () => {
  it("loses nothing: after the lease every invitation is delivered, at most the one in flight twice", async () => {
    let inFlight = 0;
    let killNow!: () => void;
    const secondInFlight = new Promise<void>((resolve) => (killNow = resolve));
    const slow = await startTestSmtpServer({
      acceptDelayMs: 1_000,
      onData: () => {
        if (++inFlight === 2) killNow();
      },
    });
    try {
      const fixture = await createEngagementFixture(db, { respondents: 5 });
      for (const respondent of fixture.respondents) await email.queueRespondentEmail(respondent.id, "invitation", store);

      const worker = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", path.resolve("lib/testing/email-job-worker.ts")], {
        env: { ...process.env, SMTP_URL: slow.url, NEXTAUTH_URL: PUBLIC_URL, JOBS_POLL_INTERVAL_MS: "100", LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => worker.on("exit", (_code, signal) => resolve(signal)));
      await Promise.race([secondInFlight, exited.then(() => Promise.reject(new Error(`the worker stopped before sending: ${output}`)))]);
      // The second message has fully arrived and the server is about to accept it: the worker dies now.
      worker.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const beforeRestart = slow.messages.length;
      expect(await db.job.count({ where: { status: "running" } })).toBe(1);

      // The restart: another instance, once the dead worker's lease has run out.
      const afterLease = new Date(Date.now() + jobs.LEASE_MS + 1_000);
      await drain(otherStore, afterLease, handlersVia(mailer.createSmtpTransport(slow.url)), "restarted");

      const perRespondent = fixture.respondents.map((respondent) => mailTo(respondent.email, slow.messages).length);
      const duplicates = slow.messages.length - fixture.respondents.length;
      console.log(`SIGKILL mid-send: ${beforeRestart} accepted before the restart, ${slow.messages.length} in all for ${fixture.respondents.length} invitations (${duplicates} duplicate); per respondent ${perRespondent.join(", ")}`);
      expect(perRespondent.every((count) => count >= 1)).toBe(true);
      expect(duplicates).toBeLessThanOrEqual(1);
      expect(await db.job.count({ where: { kind: "email.respondent", status: "done" } })).toBe(5);
      expect(await db.engagementRespondent.count({ where: { engagementId: fixture.engagementId, deliveredAt: { not: null } } })).toBe(5);
    } finally {
      await slow.close();
    }
  });
});
