/** Read-only share links against a real SQLite file: who may create, list and revoke them, and what a holder gets. */
import { createElement } from "react";
import { renderStatic } from "../testing/render-static";
import { afterAll, describe, expect, it } from "vitest";
import { SharedReportView } from "@/components/report/share/shared-report-view";
import { ANONYMOUS } from "../auth/actor";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { db } from "../db";
import { loadResultReport } from "../results/report";
import { HOSTILE_COMPANY, HOSTILE_RESPONDENT } from "../testing/report-fixtures";
import {
  createAdmin,
  createAnonymousAssessment,
  createConsultant,
  createExecutive,
  createMemberAssessment,
  createOutsider,
  createTenant,
  createTestOrganization,
  expectDomainError,
} from "../testing/accounts";
import { claimAssessment } from "./claims";
import { createShareLink as createShareLinkService, listShareLinks, openSharedReport, revokeShareLink as revokeShareLinkService } from "./share-links";
import { parsedBy } from "../testing/parsed-by";
import { ZShareLinkCreate, ZShareLinkRevoke } from "../validation/share-links";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);
const revokeShareLink = parsedBy(ZShareLinkRevoke, revokeShareLinkService);

const DAY_MS = 24 * 60 * 60 * 1000;

afterAll(async () => {
  await db.$disconnect();
});

/** An organization with a consultant, an executive with a submitted result, and an administrator. */
async function sharedWorld() {
  const tenant = await createTenant();
  const { resultId } = await createMemberAssessment(tenant.executive.actor, tenant.organization.id);
  return { ...tenant, resultId: resultId!, admin: await createAdmin() };
}

const auditRows = (resultId: string, action: string) => db.auditEvent.findMany({ where: { resultId, action }, orderBy: { createdAt: "asc" } });

describe("creating a share link", () => {
  it("lets the respondent, the organization's consultants and administrators create one, storing only its hash", async () => {
    const { organization, executive, consultant, admin, resultId } = await sharedWorld();
    for (const account of [executive, consultant, admin]) {
      const before = Date.now();
      const link = await createShareLink(account.actor, { resultId });
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(link.path).toBe(`/shared/${link.token}`);
      const expires = new Date(link.expiresAt).getTime();
      expect(expires).toBeGreaterThanOrEqual(before + 14 * DAY_MS);
      expect(expires).toBeLessThanOrEqual(Date.now() + 14 * DAY_MS);

      const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
      expect(row).toMatchObject({ tokenHash: hashOpaqueToken(link.token), resultId, organizationId: null, createdById: account.user.id, openCount: 0, revokedAt: null });
      expect(JSON.stringify(row)).not.toContain(link.token);
    }

    const audit = await auditRows(resultId, "share.created");
    expect(audit.map((row) => row.actorId)).toEqual([executive.user.id, consultant.user.id, admin.user.id]);
    expect(audit.every((row) => row.organizationId === organization.id)).toBe(true);
    const links = await db.shareLink.findMany({ where: { resultId } });
    expect(audit.map((row) => (row.detail as { shareLinkId: string }).shareLinkId).sort()).toEqual(links.map((link) => link.id).sort());
    for (const link of links) expect(JSON.stringify(audit)).not.toContain(link.tokenHash);
  });

  it("takes a chosen expiry from 1 to 90 days and refuses others", async () => {
    const { executive, resultId } = await sharedWorld();
    const long = await createShareLink(executive.actor, { resultId, expiresInDays: "90" });
    expect(new Date(long.expiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * DAY_MS);
    const short = await createShareLink(executive.actor, { resultId, expiresInDays: 1 });
    expect(new Date(short.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + DAY_MS);
    await expectDomainError(createShareLink(executive.actor, { resultId, expiresInDays: 91 }), 400, "expiresInDays");
    await expectDomainError(createShareLink(executive.actor, { resultId, expiresInDays: 0 }), 400, "expiresInDays");
    await expectDomainError(createShareLink(executive.actor, { resultId, expiresInDays: 2.5 }), 400, "expiresInDays");
    await expectDomainError(createShareLink(executive.actor, { resultId, extra: true }), 400);
    expect(await db.shareLink.count({ where: { resultId } })).toBe(2);
  });

  it("answers 404 to colleagues, other organizations and unenrolled consultants, and 401 to anonymous callers", async () => {
    const { organization, resultId } = await sharedWorld();
    const other = await createTenant();
    const colleague = await createExecutive([organization.id]);
    const unenrolled = await createConsultant([organization.id], { secondFactor: false });
    const outsider = await createOutsider();
    for (const account of [colleague, other.consultant, other.executive, unenrolled, outsider]) {
      const error = await expectDomainError(createShareLink(account.actor, { resultId }), 404, "result_not_found");
      expect(error.message).not.toContain(organization.name);
    }
    await expectDomainError(createShareLink(ANONYMOUS, { resultId }), 401, "sign_in_required");
    await expectDomainError(createShareLink(other.consultant.actor, { resultId: `${resultId}x` }), 404, "result_not_found");
    expect(await db.shareLink.count({ where: { resultId } })).toBe(0);
    expect(await auditRows(resultId, "share.created")).toEqual([]);
  });

  it("records no organization for a respondent who answered outside any organization", async () => {
    const outsider = await createOutsider();
    const assessment = await createAnonymousAssessment();
    await claimAssessment(outsider.actor, assessment.token);
    await createShareLink(outsider.actor, { resultId: assessment.resultId });
    const [audit] = await auditRows(assessment.resultId!, "share.created");
    expect(audit).toMatchObject({ organizationId: null, actorId: outsider.user.id });
  });
});

describe("opening a shared report", () => {
  it("gives anyone holding the link the same report as the result page, and counts each opening", async () => {
    const { executive, resultId } = await sharedWorld();
    const { token } = await createShareLink(executive.actor, { resultId });
    const generatedAt = new Date("2026-03-14T09:00:00.000Z");

    const shared = await openSharedReport(token, { generatedAt });
    expect(shared.report).toEqual(await loadResultReport(executive.actor, resultId, { generatedAt }));
    expect(shared.sharedBy).toBe(executive.user.name);
    const first = await db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashOpaqueToken(token) } });
    expect(first.openCount).toBe(1);
    expect(first.lastOpenedAt).not.toBeNull();
    expect(new Date(shared.expiresAt)).toEqual(first.expiresAt);

    await openSharedReport(token);
    const second = await db.shareLink.findUniqueOrThrow({ where: { id: first.id } });
    expect(second.openCount).toBe(2);
    expect(second.lastOpenedAt!.getTime()).toBeGreaterThanOrEqual(first.lastOpenedAt!.getTime());
  });

  it("refuses revoked, expired, unknown and malformed links with one and the same answer", async () => {
    const { executive, resultId } = await sharedWorld();
    const revoked = await createShareLink(executive.actor, { resultId });
    const expired = await createShareLink(executive.actor, { resultId });
    await revokeShareLink(executive.actor, { shareLinkId: revoked.id });
    await db.shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const messages = new Set<string>();
    for (const token of [revoked.token, expired.token, newOpaqueToken(), "not-a-token", undefined]) {
      messages.add((await expectDomainError(openSharedReport(token), 404, "share_link_invalid")).message);
    }
    expect(messages.size).toBe(1);
    const rows = await db.shareLink.findMany({ where: { resultId } });
    expect(rows.map((row) => [row.openCount, row.lastOpenedAt])).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it("stops working when its creator loses access to the result", async () => {
    const { organization, consultant, executive, resultId } = await sharedWorld();
    const byConsultant = await createShareLink(consultant.actor, { resultId });
    const byExecutive = await createShareLink(executive.actor, { resultId });
    await db.membership.deleteMany({ where: { userId: consultant.user.id, organizationId: organization.id } });
    await expectDomainError(openSharedReport(byConsultant.token), 404, "share_link_invalid");
    await openSharedReport(byExecutive.token);
    await db.user.update({ where: { id: executive.user.id }, data: { disabledAt: new Date() } });
    await expectDomainError(openSharedReport(byExecutive.token), 404, "share_link_invalid");
  });

  it("escapes hostile names on the shared page", async () => {
    const organization = await createTestOrganization(HOSTILE_COMPANY);
    const executive = await createExecutive([organization.id], { name: HOSTILE_RESPONDENT });
    const { resultId } = await createMemberAssessment(executive.actor, organization.id);
    const { token } = await createShareLink(executive.actor, { resultId });
    const shared = await openSharedReport(token);
    expect(shared.report.cover.organizationName).toBe(HOSTILE_COMPANY);

    const markup = renderStatic(createElement(SharedReportView, { shared, token }));
    expect(markup).not.toMatch(/<script|<b>|<img/i);
    expect(markup).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(markup).toContain("José &lt;b&gt;Ñúñez&lt;/b&gt;");
    expect(markup).toContain("شركة الاتصالات السعودية");
    expect(markup).toContain(`href="/shared/${token}/report?format=pdf"`);
    expect(markup).toContain(`href="/shared/${token}/report?format=md"`);
    // Nothing on the page leads into the app: the report's contents list is its only set of links.
    expect([...markup.matchAll(/href="([^"]*)"/g)].map((match) => match[1]).filter((href) => !href!.startsWith("#") && !href!.startsWith(`/shared/${token}/`))).toEqual([]);
  });
});

describe("listing and revoking share links", () => {
  it("shows the result's links to whoever may share it, with who may revoke each", async () => {
    const { organization, consultant, executive, admin, resultId } = await sharedWorld();
    const byExecutive = await createShareLink(executive.actor, { resultId });
    const byConsultant = await createShareLink(consultant.actor, { resultId });
    await openSharedReport(byExecutive.token);

    const own = await listShareLinks(executive.actor, resultId);
    expect(own.map((link) => link.id)).toEqual([byConsultant.id, byExecutive.id]);
    expect(own[1]).toMatchObject({ status: "active", createdBy: executive.user.name, openCount: 1, revokedAt: null, canRevoke: true });
    expect(own[1]?.lastOpenedAt).not.toBeNull();
    expect(own[0]).toMatchObject({ createdBy: consultant.user.name, openCount: 0, lastOpenedAt: null, canRevoke: false });
    for (const account of [consultant, admin]) {
      expect((await listShareLinks(account.actor, resultId)).map((link) => link.canRevoke)).toEqual([true, true]);
    }

    const other = await createTenant();
    const colleague = await createExecutive([organization.id]);
    for (const account of [colleague, other.consultant]) await expectDomainError(listShareLinks(account.actor, resultId), 404, "result_not_found");
    await expectDomainError(listShareLinks(ANONYMOUS, resultId), 401);
  });

  it("keeps links that ended in the last 30 days, and drops older ones", async () => {
    const { executive, resultId } = await sharedWorld();
    const [recentlyExpired, longExpired, recentlyRevoked, longRevoked] = await Promise.all([1, 2, 3, 4].map(() => createShareLink(executive.actor, { resultId })));
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
    await db.shareLink.update({ where: { id: recentlyExpired!.id }, data: { expiresAt: daysAgo(3) } });
    await db.shareLink.update({ where: { id: longExpired!.id }, data: { expiresAt: daysAgo(31) } });
    await db.shareLink.update({ where: { id: recentlyRevoked!.id }, data: { revokedAt: daysAgo(29) } });
    await db.shareLink.update({ where: { id: longRevoked!.id }, data: { revokedAt: daysAgo(45) } });
    const listed = await listShareLinks(executive.actor, resultId);
    expect(Object.fromEntries(listed.map((link) => [link.id, link.status]))).toEqual({ [recentlyExpired!.id]: "expired", [recentlyRevoked!.id]: "revoked" });
  });

  it("lets the creator, the organization's consultants and administrators revoke, idempotently and with one audit record", async () => {
    const { organization, consultant, executive, admin, resultId } = await sharedWorld();
    for (const account of [executive, consultant, admin]) {
      const link = await createShareLink(executive.actor, { resultId });
      expect(await revokeShareLink(account.actor, { shareLinkId: link.id })).toEqual({ id: link.id, resultId });
      expect(await revokeShareLink(account.actor, { shareLinkId: link.id })).toEqual({ id: link.id, resultId });
      const revoked = await auditRows(resultId, "share.revoked");
      expect(revoked.at(-1)).toMatchObject({ actorId: account.user.id, organizationId: organization.id, detail: { shareLinkId: link.id } });
    }
    expect(await auditRows(resultId, "share.revoked")).toHaveLength(3);
  });

  it("answers 404 to anyone else, the respondent included for a consultant's link", async () => {
    const { organization, consultant, executive, resultId } = await sharedWorld();
    const link = await createShareLink(consultant.actor, { resultId });
    const other = await createTenant();
    const colleague = await createExecutive([organization.id]);
    for (const account of [executive, colleague, other.consultant]) {
      await expectDomainError(revokeShareLink(account.actor, { shareLinkId: link.id }), 404, "share_link_not_found");
    }
    await expectDomainError(revokeShareLink(ANONYMOUS, { shareLinkId: link.id }), 401);
    await expectDomainError(revokeShareLink(consultant.actor, { shareLinkId: `${link.id}x` }), 404, "share_link_not_found");
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
    expect(await auditRows(resultId, "share.revoked")).toEqual([]);
    await openSharedReport(link.token);
  });
});
