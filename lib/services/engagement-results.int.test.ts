/**
 * Sending a closed engagement's team its combined report, on SQLite or PostgreSQL, through a real
 * SMTP server started by the test (lib/testing/smtp-server.ts) and the real job runner: one link
 * however often or how concurrently it is asked, each respondent emailed once, the link opening
 * the engagement's report alone without an account, and who may do it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { submissionBody } from "../testing/fixtures";
import { readMail } from "../testing/mime";
import { parsedBy } from "../testing/parsed-by";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp-server";
import { ZEngagementCreate, ZEngagementRef } from "../validation/engagements";
import { ZShareLinkRevoke } from "../validation/share-links";

// lib/env reads the environment once, at import: a developer's own settings must not leak in.
vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

const PUBLIC_URL = "https://rolefit.example.com";
const DAY_MS = 24 * 60 * 60 * 1000;

let smtp: TestSmtpServer;
let services: Awaited<ReturnType<typeof loadServices>>;

/** The services as the app runs them with SMTP_URL set, imported after the environment is. */
async function loadServices(smtpUrl: string | undefined) {
  vi.stubEnv("SMTP_URL", smtpUrl);
  vi.stubEnv("NEXTAUTH_URL", PUBLIC_URL);
  vi.resetModules();
  const [results, engagements, assessments, shareLinks, runner, email, jobs, db, accounts] = await Promise.all([
    import("./engagement-results"),
    import("./engagements"),
    import("./assessments"),
    import("./share-links"),
    import("./job-runner"),
    import("./engagement-email"),
    import("./jobs"),
    import("../db"),
    import("../testing/accounts"),
  ]);
  return {
    share: parsedBy(ZEngagementRef, results.shareEngagementReport),
    revoke: parsedBy(ZShareLinkRevoke, results.revokeEngagementReportLink),
    list: results.listEngagementReportLinks,
    create: parsedBy(ZEngagementCreate, engagements.createEngagement),
    close: parsedBy(ZEngagementRef, engagements.closeEngagement),
    submit: assessments.submitAssessment,
    open: shareLinks.openSharedReport,
    db: db.db,
    accounts,
    drain: async () => {
      const handlers = { "email.respondent": email.sendRespondentEmail };
      while (await runner.runNextJob({ store: jobs.appJobStore, handlers, instanceId: "test", now: new Date() }));
    },
  };
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  services = await loadServices(smtp.url);
});

// From the modules loaded with the environment above, so their DomainError is the services' own.
const createTenant = (...args: Parameters<typeof import("../testing/accounts").createTenant>) => services.accounts.createTenant(...args);
const createConsultant = (...args: Parameters<typeof import("../testing/accounts").createConsultant>) => services.accounts.createConsultant(...args);
const createExecutive = (...args: Parameters<typeof import("../testing/accounts").createExecutive>) => services.accounts.createExecutive(...args);
const createMemberAssessment = (actor: Actor, organizationId: string) => services.accounts.createMemberAssessment(actor, organizationId);
const expectDomainError = (promise: Promise<unknown>, status: number, code?: string) => services.accounts.expectDomainError(promise, status, code);

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
  await services.db.$disconnect();
});

beforeEach(() => {
  smtp.messages.length = 0;
});

const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A tenant's engagement of three: two answered, the third's address refused; the organization also
 * holds a result from outside the engagement, which the team's report must leave out.
 */
async function engagementOfThree(options: { close?: boolean; answered?: number } = {}) {
  const tenant = await createTenant();
  const tag = tenant.organization.id.slice(-6);
  const emails = [`ada-${tag}@client.example`, `ben-${tag}@client.example`, `cara-${tag}@client.example`];
  const { id: engagementId } = await services.create(tenant.consultant.actor, {
    organizationId: tenant.organization.id,
    name: "Leadership structure review",
    dueDate: inDays(14),
    message: "Please answer before the workshop.",
    reminderDays: [],
    notify: "each",
    respondents: [`Ada Okafor, ${emails[0]}, CEO`, `Ben Ito, ${emails[1]}, CFO`, `Cara Diaz, ${emails[2]}, CIO`].join("\n"),
  });
  const respondents = await services.db.engagementRespondent.findMany({ where: { engagementId }, orderBy: { email: "asc" } });
  for (const respondent of respondents.slice(0, options.answered ?? 2)) await services.submit(ANONYMOUS, respondent.linkToken, submissionBody());
  await services.db.engagementRespondent.update({ where: { id: respondents[2]!.id }, data: { bouncedAt: new Date(), deliveryError: "550 no such user" } });
  await createMemberAssessment(tenant.executive.actor, tenant.organization.id);
  if (options.close ?? true) await services.close(tenant.consultant.actor, { engagementId });
  return { ...tenant, engagementId, emails };
}

async function auditDetails(action: string, organizationId: string): Promise<unknown[]> {
  const rows = await services.db.auditEvent.findMany({ where: { action, organizationId }, select: { detail: true } });
  return rows.map((row) => row.detail);
}

function tokenOf(url: string | null): string {
  const token = url?.split("/shared/")[1];
  if (!token) throw new Error(`Not a share link: ${url}`);
  return token;
}

describe("sending the team's report", () => {
  it("creates one link, emails each reachable respondent once, and keeps the link on every later call", async () => {
    const { consultant, organization, engagementId, emails } = await engagementOfThree();
    const sent = await services.share(consultant.actor, { engagementId });
    expect(sent).toMatchObject({ created: true, queued: 2 });
    expect(sent.url).toMatch(new RegExp(`^${PUBLIC_URL}/shared/[A-Za-z0-9_-]{43}$`));
    expect(new Date(sent.expiresAt).getTime() - new Date(sent.sentAt).getTime()).toBe(30 * DAY_MS);

    const again = await services.share(consultant.actor, { engagementId });
    expect(again).toEqual({ created: false, url: null, queued: 0, sentAt: sent.sentAt, expiresAt: sent.expiresAt });

    const links = await services.db.shareLink.findMany({ where: { engagementId } });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ tokenHash: hashOpaqueToken(tokenOf(sent.url)), resultId: null, createdById: consultant.user.id, openCount: 0 });
    expect(await auditDetails("share.created", organization.id)).toEqual([expect.objectContaining({ shareLinkId: links[0]!.id, engagementId, expiresInDays: 30 })]);

    await services.drain();
    const [ada, ben, cara] = emails.map((address) => smtp.messages.filter((message) => message.to.includes(address!)));
    expect(cara).toHaveLength(0);
    for (const received of [ada, ben]) {
      expect(received).toHaveLength(1);
      const mail = readMail(received![0]!.source);
      expect(mail.subject).toBe("Leadership structure review: the results are ready");
      expect(mail.text).toContain(sent.url);
      expect(mail.html).toContain(`href="${sent.url}"`);
    }
  });

  it("creates one link and one email each when a burst of calls races", async () => {
    const { consultant, engagementId } = await engagementOfThree();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => services.share(consultant.actor, { engagementId })));
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.queued, 0)).toBe(2);
    expect(await services.db.shareLink.count({ where: { engagementId } })).toBe(1);
    const respondents = await services.db.engagementRespondent.findMany({ where: { engagementId }, select: { id: true } });
    const closingJobs = await services.db.job.count({ where: { OR: respondents.map((respondent) => ({ dedupeKey: { startsWith: `engagement.closing:${respondent.id}:` } })) } });
    expect(closingJobs).toBe(2);
  });

  it("is refused while the engagement is open, and when nobody answered", async () => {
    const open = await engagementOfThree({ close: false });
    await expectDomainError(services.share(open.consultant.actor, { engagementId: open.engagementId }), 409, "engagement_open");
    const silent = await engagementOfThree({ answered: 0 });
    await expectDomainError(services.share(silent.consultant.actor, { engagementId: silent.engagementId }), 409, "engagement_unanswered");
    expect(await services.db.shareLink.count({ where: { engagementId: { in: [open.engagementId, silent.engagementId] } } })).toBe(0);
  });

  it("is not found for another organization's consultant, the organization's executive, and without a session", async () => {
    const { organization, executive, engagementId } = await engagementOfThree();
    const outsider = await createConsultant([(await createTenant()).organization.id]);
    const otherExecutive = await createExecutive([organization.id]);
    const callers: Actor[] = [outsider.actor, executive.actor, otherExecutive.actor];
    for (const actor of callers) {
      await expectDomainError(services.share(actor, { engagementId }), 404, "engagement_not_found");
      expect(await services.list(actor, engagementId)).toEqual([]);
    }
    await expectDomainError(services.share(ANONYMOUS, { engagementId }), 401, "sign_in_required");
    expect(await services.db.shareLink.count({ where: { engagementId } })).toBe(0);
  });
});

describe("opening the team's report", () => {
  it("opens the engagement's combined report without an account, counts each opening, and ends with revocation", async () => {
    const { consultant, organization, engagementId } = await engagementOfThree();
    const sent = await services.share(consultant.actor, { engagementId });
    const token = tokenOf(sent.url);

    const shared = await services.open(token);
    expect(shared.report.kind).toBe("organization");
    // The two who answered in the engagement, not the executive's result outside it.
    expect(shared.report.cover.respondents).toHaveLength(2);
    expect(shared.report.meta.title).toContain(organization.name);
    expect(shared.sharedBy).toBe(consultant.user.name ?? consultant.user.email);
    await services.open(token);
    const [listed] = await services.list(consultant.actor, engagementId);
    expect(listed).toMatchObject({ status: "active", openCount: 2, sentAt: sent.sentAt });

    await services.revoke(consultant.actor, { shareLinkId: listed!.id });
    await services.revoke(consultant.actor, { shareLinkId: listed!.id });
    await expectDomainError(services.open(token), 404, "share_link_invalid");
    expect(await services.list(consultant.actor, engagementId)).toEqual([expect.objectContaining({ status: "revoked", openCount: 2 })]);
    expect(await auditDetails("share.revoked", organization.id)).toEqual([{ shareLinkId: listed!.id, engagementId }]);

    // Sending again after a revocation makes a new link and emails it.
    const resent = await services.share(consultant.actor, { engagementId });
    expect(resent).toMatchObject({ created: true, queued: 2 });
    expect(resent.url).not.toBe(sent.url);
    expect((await services.open(tokenOf(resent.url))).report.cover.respondents).toHaveLength(2);
  });

  it("refuses an expired link, and a link whose creator no longer consults for the organization", async () => {
    const expired = await engagementOfThree();
    const sent = await services.share(expired.consultant.actor, { engagementId: expired.engagementId });
    await services.db.shareLink.updateMany({ where: { engagementId: expired.engagementId }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expectDomainError(services.open(tokenOf(sent.url)), 404, "share_link_invalid");

    const left = await engagementOfThree();
    const leftLink = await services.share(left.consultant.actor, { engagementId: left.engagementId });
    await services.db.membership.deleteMany({ where: { userId: left.consultant.user.id, organizationId: left.organization.id } });
    await expectDomainError(services.open(tokenOf(leftLink.url)), 404, "share_link_invalid");
    expect((await services.db.shareLink.findFirstOrThrow({ where: { engagementId: left.engagementId } })).openCount).toBe(0);
  });

  it("lets nobody but the organization's consultants revoke the link", async () => {
    const { consultant, executive, engagementId } = await engagementOfThree();
    await services.share(consultant.actor, { engagementId });
    const link = await services.db.shareLink.findFirstOrThrow({ where: { engagementId } });
    const outsider = await createConsultant([(await createTenant()).organization.id]);
    for (const actor of [outsider.actor, executive.actor]) await expectDomainError(services.revoke(actor, { shareLinkId: link.id }), 404, "share_link_not_found");
    expect((await services.db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  });
});
