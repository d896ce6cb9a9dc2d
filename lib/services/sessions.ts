/**
 * What a session reads from the database: the user behind a session token, and the sessions
 * ended by signing out. lib/auth/session.ts (every request) and lib/auth/options.ts (next-auth's
 * callbacks) decide with these; they hold the session rules, this file holds the queries.
 *
 * A session is a signed token the browser holds, so deleting the cookie ends it only in that
 * browser: a copy taken before (from a shared machine, a proxy log, malware) would stay valid
 * until it expires. Each token carries a random session id; signing out records it here, and
 * every instance refuses it at the next request.
 */
import "server-only";
import { ANONYMOUS, requiresTotp, type Actor, type MembershipRole } from "../auth/actor";
import { db } from "../db";

/** The actor for a user id and the session version its token carries; anonymous once the account is disabled, deleted or its sessions ended. */
export async function actorForUser(userId: string, sessionVersion: number): Promise<Actor> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { organizationId: true, role: true } } },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return ANONYMOUS;
  const memberships = user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as MembershipRole }));
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships,
    mustEnrollTotp: requiresTotp({ isPlatformAdmin: user.isPlatformAdmin, memberships }) && !user.totpEnabledAt,
    locale: user.locale,
  };
}

/** Whether the user behind a token is still enabled and at the token's session version (the cheap check next-auth's jwt callback needs). */
export async function isUserSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabledAt: true, sessionVersion: true } });
  return user !== null && user.disabledAt === null && user.sessionVersion === sessionVersion;
}

export async function revokeSession(sessionId: string, expiresAt: Date): Promise<void> {
  await db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} });
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { id: sessionId } })) > 0;
}
