/** Personal API tokens against a real SQLite file: who may hold one, what it stores, what it opens and when it stops. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { db } from "../db";
import type { DomainError } from "../errors";
import { httpStatusOf } from "../http/errors";
import { API_TOKEN_REQUEST_LIMIT } from "../request-limit-rules";
import {
  addMembership,
  createAdmin,
  createConsultant,
  createExecutive,
  createMemberAssessment,
  createTenant,
  createTestOrganization,
  expectDomainError,
  userActorFor,
} from "../testing/accounts";
import { changeOrganizationMemberRole as changeOrganizationMemberRoleService, removeOrganizationMember as removeOrganizationMemberService } from "./admin-organizations";
import { setUserDisabled as setUserDisabledService } from "./admin-users";
import { LAST_USED_RESOLUTION_MS, actorForApiToken, createApiToken as createApiTokenService, listApiTokens, revokeApiToken as revokeApiTokenService } from "./api-tokens";
import { getResultWithReview, listReviewedOrganizations } from "./read-api";
import { parsedBy } from "../testing/parsed-by";
import { ZSetUserDisabled } from "../validation/account";
import { ZMemberRemove, ZMemberRoleChange } from "../validation/admin-organizations";
import { ZApiTokenCreate, ZApiTokenRevoke } from "../validation/api-tokens";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const changeOrganizationMemberRole = parsedBy(ZMemberRoleChange, changeOrganizationMemberRoleService);
const removeOrganizationMember = parsedBy(ZMemberRemove, removeOrganizationMemberService);
const setUserDisabled = parsedBy(ZSetUserDisabled, setUserDisabledService);
const createApiToken = parsedBy(ZApiTokenCreate, createApiTokenService);
const revokeApiToken = parsedBy(ZApiTokenRevoke, revokeApiTokenService);

const DAY_MS = 24 * 60 * 60 * 1000;

afterAll(async () => {
  await db.$disconnect();
});

/** Organizations A and B, each with an executive's result, and a consultant of both. */
async function twoOrganizations() {
  const a = await createTenant();
  const b = await createTenant();
  const resultA = (await createMemberAssessment(a.executive.actor, a.organization.id)).resultId!;
  const resultB = (await createMemberAssessment(b.executive.actor, b.organization.id)).resultId!;
  const both = await createConsultant([a.organization.id, b.organization.id]);
  return { a, b, resultA, resultB, both };
}

describe("creating a token", () => {
  it("shows the token once, in full, and stores only its hash and prefix", async () => {
    const { consultant } = await createTenant();
    const before = Date.now();
    const created = await createApiToken(consultant.actor, { name: "  Power BI  " });
    expect(created.token).toMatch(/^rfk_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    expect(created.name).toBe("Power BI");
    const expires = new Date(created.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY_MS);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: consultant.user.id, tokenHash: hashOpaqueToken(created.token), prefix: created.prefix, revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(row)).not.toContain(created.token.slice(12));

    const listed = await listApiTokens(consultant.actor);
    expect(listed).toEqual([
      { id: created.id, name: "Power BI", prefix: created.prefix, status: "active", createdAt: row.createdAt.toISOString(), expiresAt: created.expiresAt, lastUsedAt: null, revokedAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(12));
  });

  it("takes an expiry of 1 to 365 days and a name of 1 to 80 characters", async () => {
    const { consultant } = await createTenant();
    const week = await createApiToken(consultant.actor, { name: "Weekly export", expiresInDays: "7" });
    expect(Math.round((new Date(week.expiresAt).getTime() - Date.now()) / DAY_MS)).toBe(7);
    await createApiToken(consultant.actor, { name: "x".repeat(80), expiresInDays: 365 });
    await expectDomainError(createApiToken(consultant.actor, { name: "   " }), 400, "name");
    await expectDomainError(createApiToken(consultant.actor, { name: "x".repeat(81) }), 400, "name");
    await expectDomainError(createApiToken(consultant.actor, { name: "Tableau", expiresInDays: 0 }), 400, "expiresInDays");
    await expectDomainError(createApiToken(consultant.actor, { name: "Tableau", expiresInDays: 366 }), 400, "expiresInDays");
    await expectDomainError(createApiToken(consultant.actor, { name: "Tableau", expiresInDays: 1.5 }), 400, "expiresInDays");
    await expectDomainError(createApiToken(consultant.actor, { name: "Tableau", userId: "someone-else" }), 400);
    expect(await db.apiToken.count({ where: { userId: consultant.user.id } })).toBe(2);
  });

  it("is for consultants and administrators only", async () => {
    const { organization, executive } = await createTenant();
    await expectDomainError(createApiToken(executive.actor, { name: "Mine" }), 403, "consultants_only");
    await expectDomainError(createApiToken(ANONYMOUS, { name: "Mine" }), 401, "sign_in_required");
    const withoutSecondFactor = await createConsultant([organization.id], { secondFactor: false });
    await expectDomainError(createApiToken(withoutSecondFactor.actor, { name: "Mine" }), 403, "second_factor_required");
    const admin = await createAdmin();
    expect((await createApiToken(admin.actor, { name: "Admin dashboard" })).token).toMatch(/^rfk_/);
    expect(await db.apiToken.count({ where: { userId: { in: [executive.user.id, withoutSecondFactor.user.id] } } })).toBe(0);
  });
});

describe("the audit trail", () => {
  it("records who made and who revoked a token, never the secret, and nothing for a refused or repeated revocation", async () => {
    const { consultant } = await createTenant();
    const created = await createApiToken(consultant.actor, { name: "Power BI", expiresInDays: 30 });
    const stranger = await createConsultant([]);
    await expectDomainError(revokeApiToken(stranger.actor, { apiTokenId: created.id }), 404);
    await revokeApiToken(consultant.actor, { apiTokenId: created.id });
    await revokeApiToken(consultant.actor, { apiTokenId: created.id });
    const events = await db.auditEvent.findMany({ where: { actorId: { in: [consultant.user.id, stranger.user.id] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.actorEmail, event.organizationId])).toEqual([
      ["token.created", consultant.user.email, null],
      ["token.revoked", consultant.user.email, null],
    ]);
    expect(events[0]?.detail).toMatchObject({ tokenId: created.id, name: "Power BI", prefix: created.prefix });
    expect(JSON.stringify(events)).not.toContain(created.token);
  });

});

describe("using a token", () => {
  it("acts as its owner, within the owner's organizations only", async () => {
    const { a, b, resultA, resultB } = await twoOrganizations();
    const { token } = await createApiToken(a.consultant.actor, { name: "BI" });
    const actor = await actorForApiToken(token);
    expect(actor).toMatchObject({ kind: "user", userId: a.consultant.user.id, memberships: [{ organizationId: a.organization.id, role: "consultant" }] });
    expect((await getResultWithReview(actor, resultA)).id).toBe(resultA);
    await expectDomainError(getResultWithReview(actor, resultB), 404, "result_not_found");
    expect((await listReviewedOrganizations(actor)).map((organization) => organization.id)).toEqual([a.organization.id]);
    expect(b.organization.id).not.toBe(a.organization.id);
  });

  it("narrows at once when the owner loses a membership, and stops opening anything when the last one goes", async () => {
    const { a, b, resultA, resultB, both } = await twoOrganizations();
    const admin = await createAdmin();
    const { token } = await createApiToken(both.actor, { name: "BI" });
    expect((await getResultWithReview(await actorForApiToken(token), resultB)).id).toBe(resultB);

    await removeOrganizationMember(admin.actor, { organizationId: b.organization.id, userId: both.user.id });
    const narrowed = await actorForApiToken(token);
    await expectDomainError(getResultWithReview(narrowed, resultB), 404, "result_not_found");
    expect((await getResultWithReview(narrowed, resultA)).id).toBe(resultA);
    expect((await listReviewedOrganizations(narrowed)).map((organization) => organization.id)).toEqual([a.organization.id]);

    await changeOrganizationMemberRole(admin.actor, { organizationId: a.organization.id, userId: both.user.id, role: "executive" });
    const demoted = await actorForApiToken(token);
    await expectDomainError(getResultWithReview(demoted, resultA), 404, "result_not_found");
    await expectDomainError(listReviewedOrganizations(demoted), 403, "consultants_only");
  });

  it("refuses unknown, malformed, revoked and expired tokens and disabled owners alike, with 401", async () => {
    const { consultant } = await createTenant();
    const admin = await createAdmin();
    const revoked = await createApiToken(consultant.actor, { name: "Revoked" });
    const expired = await createApiToken(consultant.actor, { name: "Expired" });
    const working = await createApiToken(consultant.actor, { name: "Working" });
    await revokeApiToken(consultant.actor, { apiTokenId: revoked.id });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    await expectDomainError(actorForApiToken(revoked.token), 401, "invalid_token");
    const expiry = await expectDomainError(actorForApiToken(expired.token), 401, "invalid_token");
    expect(expiry.message).toMatch(/expired/);
    await expectDomainError(actorForApiToken(`rfk_${"A".repeat(43)}`), 401, "invalid_token");
    await expectDomainError(actorForApiToken(working.token.slice(4)), 401, "invalid_token");
    await expectDomainError(actorForApiToken(`${working.token} `), 401, "invalid_token");
    await expectDomainError(actorForApiToken(undefined), 401, "invalid_token");

    expect((await actorForApiToken(working.token)).userId).toBe(consultant.user.id);
    await setUserDisabled(admin.actor, { userId: consultant.user.id, disabled: true });
    await expectDomainError(actorForApiToken(working.token), 401, "invalid_token");
  });

  it("survives the owner signing out everywhere: it is not a session", async () => {
    const { consultant } = await createTenant();
    const { token } = await createApiToken(consultant.actor, { name: "BI" });
    await db.user.update({ where: { id: consultant.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await actorForApiToken(token)).userId).toBe(consultant.user.id);
  });

  it("records its last use at most once a minute", async () => {
    const { consultant } = await createTenant();
    const { id, token } = await createApiToken(consultant.actor, { name: "BI" });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;

    await actorForApiToken(token);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await actorForApiToken(token);
    expect(await lastUsed()).toEqual(first);

    const stale = new Date(Date.now() - LAST_USED_RESOLUTION_MS - 1000);
    await db.apiToken.update({ where: { id }, data: { lastUsedAt: stale } });
    await actorForApiToken(token);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale.getTime() + LAST_USED_RESOLUTION_MS);
    expect((await listApiTokens(consultant.actor))[0]?.lastUsedAt).toBe((await lastUsed())!.toISOString());
  });
});

describe("the per-token request limit", () => {
  it("lets a token make at most its limit of requests under a parallel burst, says when to try again, and leaves other tokens alone", async () => {
    const { consultant } = await createTenant();
    const busy = await createApiToken(consultant.actor, { name: "BI" });
    const other = await createApiToken(consultant.actor, { name: "Notebook" });
    const rule = { limit: 8, windowMs: API_TOKEN_REQUEST_LIMIT.windowMs };

    const burst = await Promise.allSettled(Array.from({ length: 20 }, () => actorForApiToken(busy.token, rule)));
    expect(burst.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(rule.limit);
    const refused = burst.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected").map((outcome) => outcome.reason as DomainError);
    expect(refused).toHaveLength(12);
    for (const error of refused) {
      expect(httpStatusOf(error)).toBe(429);
      expect(error.code).toBe("rate_limited");
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(error.message).toMatch(/^This API token made 8 requests in the last minute, its limit\. Try again in (\d+ seconds?|1 minute)\.$/);
    }
    await expect(actorForApiToken(busy.token, rule)).rejects.toMatchObject({ code: "rate_limited" });
    expect((await actorForApiToken(other.token, rule)).userId).toBe(consultant.user.id);
  });

  it("counts requests only for a token that opens something: an unknown token costs no counter", async () => {
    const before = await db.rateLimitCounter.count({ where: { key: { startsWith: "api-token:" } } });
    await expect(actorForApiToken(`rfk_${"x".repeat(43)}`)).rejects.toMatchObject({ code: "invalid_token" });
    expect(await db.rateLimitCounter.count({ where: { key: { startsWith: "api-token:" } } })).toBe(before);
  });
});

describe("listing and revoking tokens", () => {
  it("shows each person only their own tokens, newest first, with their status", async () => {
    const { organization, consultant } = await createTenant();
    const colleague = await createConsultant([organization.id]);
    const older = await createApiToken(consultant.actor, { name: "Older" });
    const newer = await createApiToken(consultant.actor, { name: "Newer" });
    await createApiToken(colleague.actor, { name: "Colleague's" });
    await db.apiToken.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - DAY_MS), expiresAt: new Date(Date.now() - 1000) } });

    const mine = await listApiTokens(consultant.actor);
    expect(mine.map((token) => [token.name, token.status])).toEqual([
      ["Newer", "active"],
      ["Older", "expired"],
    ]);
    await revokeApiToken(consultant.actor, { apiTokenId: newer.id });
    expect((await listApiTokens(consultant.actor))[0]).toMatchObject({ id: newer.id, status: "revoked", revokedAt: expect.any(String) });
    await expectDomainError(listApiTokens(ANONYMOUS), 401, "sign_in_required");
  });

  it("lets only the owner revoke a token, answering 404 to anyone else, and is idempotent", async () => {
    const { organization, consultant } = await createTenant();
    const colleague = await createConsultant([organization.id]);
    const admin = await createAdmin();
    const { id, token } = await createApiToken(consultant.actor, { name: "BI" });

    await expectDomainError(revokeApiToken(colleague.actor, { apiTokenId: id }), 404, "api_token_not_found");
    await expectDomainError(revokeApiToken(admin.actor, { apiTokenId: id }), 404, "api_token_not_found");
    await expectDomainError(revokeApiToken(ANONYMOUS, { apiTokenId: id }), 401, "sign_in_required");
    await expectDomainError(revokeApiToken(consultant.actor, { apiTokenId: `${id.slice(0, -1)}${id.endsWith("a") ? "b" : "a"}` }), 404, "api_token_not_found");
    await expectDomainError(revokeApiToken(consultant.actor, { apiTokenId: "../etc" }), 400, "apiTokenId");
    expect((await actorForApiToken(token)).userId).toBe(consultant.user.id);

    expect(await revokeApiToken(consultant.actor, { apiTokenId: id })).toEqual({ id });
    const revokedAt = (await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt;
    expect(revokedAt).not.toBeNull();
    expect(await revokeApiToken(consultant.actor, { apiTokenId: id })).toEqual({ id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(revokedAt);
    await expectDomainError(actorForApiToken(token), 401, "invalid_token");
  });

  it("lets a former consultant, now an executive, still revoke the tokens they made", async () => {
    const organization = await createTestOrganization();
    const other = await createTestOrganization();
    const person = await createConsultant([organization.id]);
    await addMembership(person.user.id, other.id, "executive");
    const { id } = await createApiToken(person.actor, { name: "Old BI" });
    await db.membership.deleteMany({ where: { userId: person.user.id, organizationId: organization.id } });
    const executive = await createExecutive([other.id]);
    const asExecutive = await userActorFor(person.user.id);
    expect(asExecutive.memberships).toEqual([{ organizationId: other.id, role: "executive" }]);

    expect((await listApiTokens(asExecutive)).map((token) => token.id)).toEqual([id]);
    await expectDomainError(createApiToken(asExecutive, { name: "New" }), 403, "consultants_only");
    await expectDomainError(revokeApiToken(executive.actor, { apiTokenId: id }), 404, "api_token_not_found");
    await revokeApiToken(asExecutive, { apiTokenId: id });
    expect((await listApiTokens(asExecutive))[0]?.status).toBe("revoked");
  });
});
