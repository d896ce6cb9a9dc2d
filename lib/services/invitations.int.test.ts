/** Invitation links against a real SQLite file: expiry, revocation, use limits, races, tenancy. */
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { db } from "../db";
import { createConsultant, createExecutive, createOutsider, createTenant, expectDomainError, userActorFor } from "../testing/accounts";
import { acceptInvitation, createInvitation as createInvitationService, getInvitationPreview, invitationStatus, listInvitations, revokeInvitation as revokeInvitationService } from "./invitations";
import { parsedBy } from "../testing/parsed-by";
import { ZInvitationCreate, ZInvitationRevoke } from "../validation/organizations";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createInvitation = parsedBy(ZInvitationCreate, createInvitationService);
const revokeInvitation = parsedBy(ZInvitationRevoke, revokeInvitationService);

afterAll(async () => {
  await db.$disconnect();
});

const DAY_MS = 24 * 60 * 60 * 1000;

async function usesOf(token: string): Promise<number> {
  return (await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashOpaqueToken(token) } })).uses;
}

async function isMember(userId: string, organizationId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, organizationId } })) === 1;
}

describe("creating invitations", () => {
  it("returns a 256-bit token once, stores only its hash, and defaults to 7 days and 10 uses", async () => {
    const { organization, consultant } = await createTenant();
    const before = Date.now();
    const created = await createInvitation(consultant.actor, { organizationId: organization.id });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.maxUses).toBe(10);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row).toMatchObject({ tokenHash: hashOpaqueToken(created.token), role: "executive", uses: 0, createdById: consultant.user.id });
    const days = (row.expiresAt.getTime() - before) / DAY_MS;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const listed = await listInvitations(consultant.actor, organization.id);
    expect(listed).toEqual([expect.objectContaining({ id: created.id, status: "active", uses: 0, maxUses: 10 })]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it("accepts form values as text and refuses out-of-range expiry and limits", async () => {
    const { organization, consultant } = await createTenant();
    const created = await createInvitation(consultant.actor, { organizationId: organization.id, expiresInDays: "30", maxUses: "1" });
    expect(created.maxUses).toBe(1);
    for (const [field, value] of [
      ["expiresInDays", 0],
      ["expiresInDays", 31],
      ["expiresInDays", 2.5],
      ["maxUses", 0],
      ["maxUses", 101],
      ["maxUses", "ten"],
    ] as const) {
      await expectDomainError(createInvitation(consultant.actor, { organizationId: organization.id, [field]: value }), 400, field);
    }
    expect(await db.invitation.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("refuses extra fields such as role, so nobody can invite a consultant", async () => {
    const { organization, consultant } = await createTenant();
    await expectDomainError(createInvitation(consultant.actor, { organizationId: organization.id, role: "consultant" }), 400, "invalid_request");
    await expectDomainError(createInvitation(consultant.actor, { organizationId: organization.id, uses: 0, maxUses: 5 }), 400, "invalid_request");
    await expectDomainError(createInvitation(consultant.actor, {}), 400, "organizationId");
    expect(await db.invitation.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses executives (403), consultants of other organizations (404) and anonymous visitors (401)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const outsider = await createOutsider();
    await expectDomainError(createInvitation(a.executive.actor, { organizationId: a.organization.id }), 403, "consultants_only");
    await expectDomainError(createInvitation(b.consultant.actor, { organizationId: a.organization.id }), 404, "organization_not_found");
    await expectDomainError(createInvitation(outsider.actor, { organizationId: a.organization.id }), 404, "organization_not_found");
    await expectDomainError(createInvitation(ANONYMOUS, { organizationId: a.organization.id }), 401);
    expect(await db.invitation.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });
});

describe("accepting invitations", () => {
  it("makes a new user an executive member and counts one use; accepting again changes nothing", async () => {
    const { organization, consultant } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id, maxUses: 1 });
    const joiner = await createOutsider();
    expect(await acceptInvitation(joiner.actor, token)).toEqual({ organizationId: organization.id, alreadyMember: false });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: joiner.user.id, organizationId: organization.id } } });
    expect(membership.role).toBe("executive");
    expect(await usesOf(token)).toBe(1);
    // The link is now used up, yet the member who used it can come back through it.
    expect(await acceptInvitation(joiner.actor, token)).toEqual({ organizationId: organization.id, alreadyMember: true });
    expect(await acceptInvitation(await userActorFor(joiner.user.id), token)).toMatchObject({ alreadyMember: true });
    expect(await usesOf(token)).toBe(1);
  });

  it("uses nothing up for someone who is already a member, consultants included", async () => {
    const { organization, consultant, executive } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id });
    expect(await acceptInvitation(executive.actor, token)).toMatchObject({ alreadyMember: true });
    expect(await acceptInvitation(consultant.actor, token)).toMatchObject({ alreadyMember: true });
    expect(await usesOf(token)).toBe(0);
    const roles = await db.membership.findMany({ where: { organizationId: organization.id }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["consultant", "executive"]);
  });

  it("refuses an expired invitation with a clear message", async () => {
    const { organization, consultant } = await createTenant();
    const { id, token } = await createInvitation(consultant.actor, { organizationId: organization.id });
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const joiner = await createOutsider();
    const error = await expectDomainError(acceptInvitation(joiner.actor, token), 409, "invitation_expired");
    expect(error.message).toMatch(/expired/);
    expect(await isMember(joiner.user.id, organization.id)).toBe(false);
    expect(await usesOf(token)).toBe(0);
  });

  it("refuses a revoked invitation; revoking twice is harmless", async () => {
    const { organization, consultant } = await createTenant();
    const { id, token } = await createInvitation(consultant.actor, { organizationId: organization.id });
    await revokeInvitation(consultant.actor, { invitationId: id });
    const firstRevokedAt = (await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt;
    await revokeInvitation(consultant.actor, { invitationId: id });
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(firstRevokedAt);
    const joiner = await createOutsider();
    const error = await expectDomainError(acceptInvitation(joiner.actor, token), 409, "invitation_revoked");
    expect(error.message).toMatch(/withdrawn/);
    expect(await isMember(joiner.user.id, organization.id)).toBe(false);
    expect((await listInvitations(consultant.actor, organization.id))[0]).toMatchObject({ id, status: "revoked" });
  });

  it("stops at the use limit", async () => {
    const { organization, consultant } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id, maxUses: 2 });
    const [first, second, third] = await Promise.all([createOutsider(), createOutsider(), createOutsider()]);
    await acceptInvitation(first!.actor, token);
    await acceptInvitation(second!.actor, token);
    const error = await expectDomainError(acceptInvitation(third!.actor, token), 409, "invitation_used_up");
    expect(error.message).toMatch(/used as many times/);
    expect(await isMember(third!.user.id, organization.id)).toBe(false);
    expect(await usesOf(token)).toBe(2);
    expect((await listInvitations(consultant.actor, organization.id))[0]).toMatchObject({ status: "used_up", uses: 2, maxUses: 2 });
  });

  it("lets exactly one of two people racing for the last use in", async () => {
    const { organization, consultant } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id, maxUses: 1 });
    const racers = await Promise.all([createOutsider(), createOutsider()]);
    const outcomes = await Promise.allSettled(racers.map((racer) => acceptInvitation(racer.actor, token)));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ kind: "conflict", code: "invitation_used_up" });
    expect(await usesOf(token)).toBe(1);
    expect(await db.membership.count({ where: { organizationId: organization.id, userId: { in: racers.map((r) => r.user.id) } } })).toBe(1);
  });

  it("counts one use when the same person double-submits", async () => {
    const { organization, consultant } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id, maxUses: 5 });
    const joiner = await createOutsider();
    const outcomes = await Promise.all([acceptInvitation(joiner.actor, token), acceptInvitation(joiner.actor, token)]);
    expect(outcomes.map((o) => o.alreadyMember).sort()).toEqual([false, true]);
    expect(await usesOf(token)).toBe(1);
  });

  it("needs a signed-in account with its second factor ready, and a well-formed, known token", async () => {
    const { organization, consultant } = await createTenant();
    const { token } = await createInvitation(consultant.actor, { organizationId: organization.id });
    await expectDomainError(acceptInvitation(ANONYMOUS, token), 401);
    const unenrolled = await createConsultant([], { secondFactor: false });
    const other = await createTenant();
    await db.membership.create({ data: { userId: unenrolled.user.id, organizationId: other.organization.id, role: "consultant" } });
    await expectDomainError(acceptInvitation(await userActorFor(unenrolled.user.id), token), 403, "second_factor_required");
    const joiner = await createOutsider();
    await expectDomainError(acceptInvitation(joiner.actor, "short"), 400, "token");
    await expectDomainError(acceptInvitation(joiner.actor, "A".repeat(43)), 404, "invitation_not_found");
    expect(await usesOf(token)).toBe(0);
  });
});

describe("previewing an invitation", () => {
  it("shows the holder the organization's name and the link's state, and whether they already belong", async () => {
    const { organization, consultant, executive } = await createTenant();
    const { id, token } = await createInvitation(consultant.actor, { organizationId: organization.id });
    expect(await getInvitationPreview(ANONYMOUS, token)).toMatchObject({ organizationName: organization.name, status: "active", alreadyMember: false });
    expect(await getInvitationPreview(executive.actor, token)).toMatchObject({ alreadyMember: true });
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await getInvitationPreview(ANONYMOUS, token)).toMatchObject({ status: "expired" });
    await expectDomainError(getInvitationPreview(ANONYMOUS, "B".repeat(43)), 404, "invitation_not_found");
  });

  it("orders reasons: revoked over expired over used up", () => {
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + DAY_MS);
    expect(invitationStatus({ revokedAt: past, expiresAt: past, uses: 5, maxUses: 5 })).toBe("revoked");
    expect(invitationStatus({ revokedAt: null, expiresAt: past, uses: 5, maxUses: 5 })).toBe("expired");
    expect(invitationStatus({ revokedAt: null, expiresAt: future, uses: 5, maxUses: 5 })).toBe("used_up");
    expect(invitationStatus({ revokedAt: null, expiresAt: future, uses: 4, maxUses: 5 })).toBe("active");
  });
});

describe("invitations across organizations", () => {
  it("hides organization A's invitations from a consultant of B and keeps them from revoking any", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { id } = await createInvitation(a.consultant.actor, { organizationId: a.organization.id });
    await expectDomainError(listInvitations(b.consultant.actor, a.organization.id), 404, "organization_not_found");
    const error = await expectDomainError(revokeInvitation(b.consultant.actor, { invitationId: id }), 404, "invitation_not_found");
    expect(error.message).not.toContain(a.organization.name);
    await expectDomainError(revokeInvitation(b.consultant.actor, { invitationId: "does-not-exist" }), 404, "invitation_not_found");
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("lets A's executives neither list nor revoke A's invitations", async () => {
    const a = await createTenant();
    const { id } = await createInvitation(a.consultant.actor, { organizationId: a.organization.id });
    const executive = await createExecutive([a.organization.id]);
    await expectDomainError(listInvitations(executive.actor, a.organization.id), 403, "consultants_only");
    await expectDomainError(revokeInvitation(executive.actor, { invitationId: id }), 403, "consultants_only");
    await expectDomainError(revokeInvitation(ANONYMOUS, { invitationId: id }), 401);
    await expectDomainError(revokeInvitation(a.consultant.actor, { invitationId: id, organizationId: a.organization.id }), 400, "invalid_request");
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
