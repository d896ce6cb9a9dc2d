/**
 * The one reader of the session. It trusts the signed token only for the user id and session
 * version, then re-reads the user: a disabled account, a bumped version (sign-out everywhere,
 * password change, role removal) or a deleted user ends access on the next request, on every
 * instance.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import { ANONYMOUS, requiresTotp, type Actor, type MembershipRole } from "./actor";
import { authOptions } from "./options";

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
  };
}

export const getActor = cache(async (): Promise<Actor> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const version = session?.user?.sessionVersion;
  if (!id || typeof version !== "number") return ANONYMOUS;
  return actorForUser(id, version);
});
