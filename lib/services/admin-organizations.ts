/**
 * Organization management for platform administrators: every organization with its head counts,
 * creating one, and deciding who belongs to it in which role. This is how a consultant firm is
 * onboarded: the workspace only lets existing consultants create organizations and invite
 * executives, so the first consultant of a firm has to be added here.
 */
import "server-only";
import type { Actor, MembershipRole } from "../auth/actor";
import { containsIgnoringCase, db, isUniqueViolation, serializeWrite } from "../db";
import { ZOrganizationSearch, type TMemberAdd, type TMemberRemove, type TMemberRoleChange } from "../validation/admin-organizations";
import { ZRecordId, type TOrganizationCreate } from "../validation/organizations";
import { assertPlatformAdmin } from "./admin-users";
import { organizationProfile } from "./organizations";
import { DomainError, parseOrThrow } from "../errors";

/** Enough for a page; a longer list means the search should be narrower. */
export const ORGANIZATION_LIST_LIMIT = 100;

export interface AdminOrganizationRow {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  consultantFirmName: string | null;
  createdAt: string;
  consultants: number;
  executives: number;
  /** Submitted assessments. */
  results: number;
}

export interface AdminOrganizationList {
  organizations: AdminOrganizationRow[];
  /** More organizations matched than ORGANIZATION_LIST_LIMIT. */
  truncated: boolean;
}

export interface AdminMember {
  userId: string;
  name: string | null;
  email: string;
  role: MembershipRole;
  /** When the membership was created; a role change keeps it. */
  since: string;
  disabled: boolean;
  /** A consultant without a second factor has no consultant rights until they set one up. */
  twoFactorOn: boolean;
}

export interface AdminOrganizationDetail {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  consultantFirmName: string | null;
  createdAt: string;
  members: AdminMember[];
}

export interface MemberChange {
  organizationId: string;
  organizationName: string;
  userId: string;
  email: string;
  role: MembershipRole;
  /** False when the member already had this role: nothing was written and no session ended. */
  changed: boolean;
  /** The person must set up two-step verification before they can act as a consultant. */
  needsTwoFactor: boolean;
}

export interface MemberRemoval {
  organizationId: string;
  organizationName: string;
  userId: string;
  email: string;
  removedRole: MembershipRole;
  /** Left after the removal, so the page can point out an organization nobody reviews. */
  consultantsLeft: number;
  executivesLeft: number;
}

function organizationMissing(): DomainError {
  return new DomainError("not_found", "organization_not_found", "No organization has this id.");
}

function memberMissing(): DomainError {
  return new DomainError("not_found", "member_not_found", "This person is not a member of the organization (any more). Reload the page to see who is.");
}

export async function listAllOrganizations(actor: Actor, input: unknown = {}): Promise<AdminOrganizationList> {
  assertPlatformAdmin(actor);
  const { q } = parseOrThrow(ZOrganizationSearch, input);
  const term = q?.trim();
  const where = term ? { OR: [{ name: containsIgnoringCase(term) }, { consultantFirmName: containsIgnoringCase(term) }] } : {};
  const rows = await db.organization.findMany({
    where,
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    take: ORGANIZATION_LIST_LIMIT + 1,
    include: { _count: { select: { assessments: { where: { submittedAt: { not: null } } } } } },
  });
  const page = rows.slice(0, ORGANIZATION_LIST_LIMIT);
  const counts = await countMembers(page.map((row) => row.id));
  const organizations = page.map(
    (row): AdminOrganizationRow => ({
      id: row.id,
      name: row.name,
      industry: row.industry,
      sizeBand: row.sizeBand,
      consultantFirmName: row.consultantFirmName,
      createdAt: row.createdAt.toISOString(),
      consultants: counts.get(`${row.id}:consultant`) ?? 0,
      executives: counts.get(`${row.id}:executive`) ?? 0,
      results: row._count.assessments,
    }),
  );
  return { organizations, truncated: rows.length > ORGANIZATION_LIST_LIMIT };
}

/** Members per organization and role, keyed "organizationId:role"; one query for the whole page. */
async function countMembers(organizationIds: string[]): Promise<Map<string, number>> {
  if (organizationIds.length === 0) return new Map();
  const groups = await db.membership.groupBy({
    by: ["organizationId", "role"],
    where: { organizationId: { in: organizationIds } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [`${group.organizationId}:${group.role}`, group._count._all]));
}

/**
 * Unlike the workspace's createOrganization, the administrator does not become a member: they
 * see every organization anyway, and the firm's own consultant is added next on its page.
 */
export async function createOrganizationAsAdmin(actor: Actor, data: TOrganizationCreate): Promise<{ id: string }> {
  assertPlatformAdmin(actor);
  return serializeWrite(async () => {
    const organization = await db.organization.create({
      data: organizationProfile(data),
      select: { id: true },
    });
    return { id: organization.id };
  });
}

export async function getOrganizationMembers(actor: Actor, organizationId: unknown): Promise<AdminOrganizationDetail> {
  assertPlatformAdmin(actor);
  const id = parseOrThrow(ZRecordId, organizationId, ["organizationId"]);
  const organization = await db.organization.findUnique({
    where: { id },
    include: {
      memberships: {
        // Consultants first ("consultant" < "executive"), then by email within each role.
        orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true, disabledAt: true, totpEnabledAt: true } },
        },
      },
    },
  });
  if (!organization) throw organizationMissing();
  return {
    id: organization.id,
    name: organization.name,
    industry: organization.industry,
    sizeBand: organization.sizeBand,
    consultantFirmName: organization.consultantFirmName,
    createdAt: organization.createdAt.toISOString(),
    members: organization.memberships.map((membership) => ({
      userId: membership.user.id,
      name: membership.user.name,
      email: membership.user.email,
      role: membership.role as MembershipRole,
      since: membership.createdAt.toISOString(),
      disabled: membership.user.disabledAt !== null,
      twoFactorOn: membership.user.totpEnabledAt !== null,
    })),
  };
}

/**
 * Adds an existing account to the organization. Accounts are never created here: the person
 * signs up (or, as an executive, accepts an invitation) and so chooses their own password.
 * No session version bump: the session reader re-reads memberships on every request, and a
 * new role takes nothing away, so there is no reason to sign the person out.
 */
export async function addOrganizationMember(actor: Actor, { organizationId, email, role }: TMemberAdd): Promise<MemberChange> {
  assertPlatformAdmin(actor);
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true } });
  if (!organization) throw organizationMissing();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true, totpEnabledAt: true } });
  if (!user) {
    throw new DomainError("unprocessable", "no_account", `No account uses ${email}.`, [
      {
        path: "email",
        message:
          role === "executive"
            ? "No account uses this address, and accounts are not created here. Send them an invitation link from the organization's workspace page, or ask them to sign up first, then add them."
            : "No account uses this address, and accounts are not created here. Ask them to sign up at /sign-up with this address, then add them.",
      },
    ]);
  }
  if (user.disabledAt) {
    throw new DomainError("unprocessable", "account_disabled", `${user.email} is disabled.`, [
      { path: "email", message: "This account is disabled. Enable it on the Users page first, then add it." },
    ]);
  }
  const alreadyMember = (existingRole: string) =>
    new DomainError("conflict", "already_member", `${user.email} is already a member. Nothing was changed.`, [
      {
        path: "email",
        message:
          existingRole === "consultant"
            ? `${user.email} is already a consultant of ${organization.name}. Nothing was changed; change their role in the list instead.`
            : `${user.email} is already an executive of ${organization.name}. Nothing was changed; change their role in the list instead.`,
      },
    ]);
  return serializeWrite(async () => {
    const existing = await db.membership.findUnique({
      where: { userId_organizationId: { userId: user.id, organizationId } },
      select: { role: true },
    });
    if (existing) throw alreadyMember(existing.role);
    try {
      await db.membership.create({ data: { userId: user.id, organizationId, role } });
    } catch (error) {
      // Another instance added the same person a moment earlier.
      if (isUniqueViolation(error)) throw alreadyMember(role);
      throw error;
    }
    return {
      organizationId,
      organizationName: organization.name,
      userId: user.id,
      email: user.email,
      role,
      changed: true,
      needsTwoFactor: role === "consultant" && user.totpEnabledAt === null,
    };
  });
}

async function findMembership(organizationId: string, userId: string) {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    select: {
      role: true,
      organization: { select: { name: true } },
      user: { select: { email: true, totpEnabledAt: true } },
    },
  });
  if (!membership) throw memberMissing();
  return membership;
}

/**
 * Changes a member's role and bumps their session version in the same transaction, so every
 * session they have ends at its next request on every instance: a demoted consultant keeps no
 * open page with consultant powers, and whoever signs in again starts with the new role.
 */
export async function changeOrganizationMemberRole(actor: Actor, { organizationId, userId, role }: TMemberRoleChange): Promise<MemberChange> {
  assertPlatformAdmin(actor);
  return serializeWrite(async () => {
    const membership = await findMembership(organizationId, userId);
    const changed = membership.role !== role;
    if (changed) {
      await db.$transaction(async (tx) => {
        // Conditional on the membership still existing, so a removal elsewhere is not undone.
        const updated = await tx.membership.updateMany({ where: { userId, organizationId }, data: { role } });
        if (updated.count === 0) throw memberMissing();
        await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
      });
    }
    return {
      organizationId,
      organizationName: membership.organization.name,
      userId,
      email: membership.user.email,
      role,
      changed,
      needsTwoFactor: role === "consultant" && membership.user.totpEnabledAt === null,
    };
  });
}

/**
 * Removes a member and ends their sessions. Removing the last consultant is allowed on purpose:
 * offboarding someone who left the firm must never wait for a replacement, and an administrator
 * can add a new consultant at any time; the page points out an organization left without one.
 */
export async function removeOrganizationMember(actor: Actor, { organizationId, userId }: TMemberRemove): Promise<MemberRemoval> {
  assertPlatformAdmin(actor);
  return serializeWrite(async () => {
    const membership = await findMembership(organizationId, userId);
    await db.$transaction(async (tx) => {
      const removed = await tx.membership.deleteMany({ where: { userId, organizationId } });
      if (removed.count === 0) throw memberMissing();
      await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    });
    const counts = await countMembers([organizationId]);
    return {
      organizationId,
      organizationName: membership.organization.name,
      userId,
      email: membership.user.email,
      removedRole: membership.role as MembershipRole,
      consultantsLeft: counts.get(`${organizationId}:consultant`) ?? 0,
      executivesLeft: counts.get(`${organizationId}:executive`) ?? 0,
    };
  });
}
