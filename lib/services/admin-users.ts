/**
 * User management for platform administrators: find users, disable and enable them. Anyone
 * else is told the area does not exist (404), except an administrator who has yet to set up
 * two-step verification, who is told to do that (403).
 */
import "server-only";
import { containsIgnoringCase, db } from "../db";
import { isPlatformAdmin } from "../auth/permissions";
import type { Actor, UserActor } from "../auth/actor";
import type { Prisma } from "@/generated/prisma/client";
import { ZUserSearch, type TSetUserDisabled, type TUserSearch } from "../validation/account";
import { DomainError, parseOrThrow } from "../errors";

/** Enough for a page; a longer list means the search should be narrower. */
export const USER_LIST_LIMIT = 50;

export type TwoFactorStatus = "on" | "pending" | "off";

export interface AdminUserRow {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  roles: { organizationId: string; organizationName: string; role: string }[];
  twoFactor: TwoFactorStatus;
  /** Consultants and administrators must have two-step verification on. */
  twoFactorRequired: boolean;
  hasPassword: boolean;
  disabledAt: string | null;
  createdAt: string;
}

export interface AdminUserList {
  users: AdminUserRow[];
  /** The query as parsed, for the page's form and links. */
  query: TUserSearch;
  /** The `after` of the next page, or null on the last one. */
  nextCursor: string | null;
}

function roleWhere(role: TUserSearch["role"]): Prisma.UserWhereInput {
  switch (role) {
    case "administrator":
      return { isPlatformAdmin: true };
    case "consultant":
    case "executive":
      return { memberships: { some: { role } } };
    case "none":
      return { isPlatformAdmin: false, memberships: { none: {} } };
    default:
      return {};
  }
}

/** The administrator, or the error this caller should see. Shared with the password-reset service. */
export function assertPlatformAdmin(actor: Actor): UserActor {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "unauthenticated", "Sign in to continue.");
  if (isPlatformAdmin(actor)) return actor;
  if (actor.isPlatformAdmin) {
    throw new DomainError("forbidden", "totp_setup_required", "Set up two-step verification before managing users.");
  }
  throw new DomainError("not_found", "not_found", "This page does not exist.");
}

/** One page of users by email, filtered by a search, a role and a status; keyset-paged, so a page costs the same however far in. */
export async function listUsers(actor: Actor, input: unknown = {}): Promise<AdminUserList> {
  assertPlatformAdmin(actor);
  const query = parseOrThrow(ZUserSearch, input);
  const term = query.q?.trim();
  // Emails are stored lower-cased; names keep the case people typed.
  const conditions: Prisma.UserWhereInput[] = [roleWhere(query.role)];
  if (term) conditions.push({ OR: [{ email: { contains: term.toLowerCase() } }, { name: containsIgnoringCase(term) }] });
  if (query.status) conditions.push({ disabledAt: query.status === "disabled" ? { not: null } : null });
  if (query.after) conditions.push({ email: { gt: query.after } });
  const rows = await db.user.findMany({
    where: { AND: conditions },
    orderBy: { email: "asc" },
    take: USER_LIST_LIMIT + 1,
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      disabledAt: true,
      createdAt: true,
      memberships: { select: { role: true, organization: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const users = rows.slice(0, USER_LIST_LIMIT).map((row): AdminUserRow => {
    const roles = row.memberships.map((m) => ({ organizationId: m.organization.id, organizationName: m.organization.name, role: m.role }));
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      isPlatformAdmin: row.isPlatformAdmin,
      roles,
      twoFactor: row.totpEnabledAt ? "on" : row.totpSecret ? "pending" : "off",
      twoFactorRequired: row.isPlatformAdmin || roles.some((r) => r.role === "consultant"),
      // Only whether a password exists leaves this function, never the hash.
      hasPassword: row.passwordHash !== null,
      disabledAt: row.disabledAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  });
  const last = users[users.length - 1];
  return { users, query, nextCursor: rows.length > USER_LIST_LIMIT && last ? last.email : null };
}

/**
 * Disables or enables an account. Either way the session version is bumped, so the change
 * takes effect at the next request on every instance: a disabled user's sessions end, and an
 * enabled one starts from a clean slate rather than reviving sessions from before.
 */
export async function setUserDisabled(actor: Actor, { userId, disabled }: TSetUserDisabled): Promise<{ id: string; email: string; disabled: boolean }> {
  const admin = assertPlatformAdmin(actor);
  if (disabled && userId === admin.userId) {
    // Locking oneself out could leave nobody able to undo it.
    throw new DomainError("forbidden", "cannot_disable_self", "You cannot disable your own account.");
  }
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabledAt: true } });
  if (!target) throw new DomainError("not_found", "user_not_found", "No user has this id.");
  const updated = await db.user.update({
    where: { id: target.id },
    data: {
      // Keep the original date when disabling twice, so the list shows when it really happened.
      disabledAt: disabled ? (target.disabledAt ?? new Date()) : null,
      sessionVersion: { increment: 1 },
    },
    select: { id: true, email: true, disabledAt: true },
  });
  return { id: updated.id, email: updated.email, disabled: updated.disabledAt !== null };
}
