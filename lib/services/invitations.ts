/**
 * Invitation links: a consultant issues one, executives join the organization through it.
 * Only the token's hash is stored; the token is shown once, when the link is created.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { db, isUniqueViolation, serializeWrite } from "../db";
import { ZInvitationToken, type TInvitationCreate, type TInvitationRevoke } from "../validation/organizations";
import { DomainError, parseOrThrow } from "../errors";
import { assertConsultantOf, organizationNotFound, requireUser } from "../auth/access";
import { parseOrganizationId } from "./organizations";

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationStatus = "active" | "expired" | "revoked" | "used_up";

export interface InvitationView {
  id: string;
  status: InvitationStatus;
  uses: number;
  maxUses: number;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  createdBy: string;
}

export interface CreatedInvitation {
  id: string;
  /** The only time the token exists outside the recipient's link. */
  token: string;
  expiresAt: string;
  maxUses: number;
}

export interface InvitationPreview {
  organizationName: string;
  consultantFirmName: string | null;
  status: InvitationStatus;
  expiresAt: string;
  /** False for anonymous visitors, who cannot be members of anything yet. */
  alreadyMember: boolean;
}

interface InvitationState {
  revokedAt: Date | null;
  expiresAt: Date;
  uses: number;
  maxUses: number;
}

/** Revocation wins over expiry, expiry over the use limit: the most deliberate reason is the one shown. */
export function invitationStatus(invitation: InvitationState, now: Date = new Date()): InvitationStatus {
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invitation.uses >= invitation.maxUses) return "used_up";
  return "active";
}

const REFUSALS: Record<Exclude<InvitationStatus, "active">, [code: string, message: string]> = {
  revoked: ["invitation_revoked", "This invitation has been withdrawn. Ask your consultant for a new link."],
  expired: ["invitation_expired", "This invitation has expired. Ask your consultant for a new link."],
  used_up: ["invitation_used_up", "This invitation has been used as many times as it allows. Ask your consultant for a new link."],
};

function refusal(status: Exclude<InvitationStatus, "active">): DomainError {
  const [code, message] = REFUSALS[status];
  return new DomainError("conflict", code, message);
}

function invitationNotFound(): DomainError {
  return new DomainError("not_found", "invitation_not_found", "No invitation matches this link. Check that you copied all of it.");
}

async function findByToken(token: unknown) {
  const valid = parseOrThrow(ZInvitationToken, token, ["token"]);
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashOpaqueToken(valid) },
    include: { organization: { select: { id: true, name: true, consultantFirmName: true } } },
  });
  if (!invitation) throw invitationNotFound();
  return invitation;
}

export async function createInvitation(actor: Actor, data: TInvitationCreate): Promise<CreatedInvitation> {
  const user = requireUser(actor);
  assertConsultantOf(actor, data.organizationId);
  const token = newOpaqueToken();
  return serializeWrite(async () => {
    const organization = await db.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } });
    if (!organization) throw organizationNotFound();
    const invitation = await db.invitation.create({
      data: {
        organizationId: organization.id,
        tokenHash: hashOpaqueToken(token),
        role: "executive",
        expiresAt: new Date(Date.now() + data.expiresInDays * DAY_MS),
        maxUses: data.maxUses,
        createdById: user.userId,
      },
      select: { id: true, expiresAt: true, maxUses: true },
    });
    return { id: invitation.id, token, expiresAt: invitation.expiresAt.toISOString(), maxUses: invitation.maxUses };
  });
}

export async function listInvitations(actor: Actor, organizationId: unknown): Promise<InvitationView[]> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const invitations = await db.invitation.findMany({
    where: { organizationId: id },
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { name: true, email: true } } },
  });
  const now = new Date();
  return invitations.map((invitation) => ({
    id: invitation.id,
    status: invitationStatus(invitation, now),
    uses: invitation.uses,
    maxUses: invitation.maxUses,
    expiresAt: invitation.expiresAt.toISOString(),
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
    createdBy: invitation.createdBy.name ?? invitation.createdBy.email,
  }));
}

/** Idempotent: revoking a revoked invitation changes nothing and succeeds. */
export async function revokeInvitation(actor: Actor, { invitationId }: TInvitationRevoke): Promise<{ id: string; organizationId: string }> {
  requireUser(actor);
  return serializeWrite(async () => {
    const invitation = await db.invitation.findUnique({ where: { id: invitationId }, select: { id: true, organizationId: true } });
    // The same answer whether the invitation does not exist or belongs to an organization the actor does not serve.
    if (!invitation) throw new DomainError("not_found", "invitation_not_found", "No invitation matches this id, or it is not one you manage.");
    try {
      assertConsultantOf(actor, invitation.organizationId);
    } catch (error) {
      if (error instanceof DomainError && error.kind === "not_found") {
        throw new DomainError("not_found", "invitation_not_found", "No invitation matches this id, or it is not one you manage.");
      }
      throw error;
    }
    await db.invitation.updateMany({ where: { id: invitation.id, revokedAt: null }, data: { revokedAt: new Date() } });
    return { id: invitation.id, organizationId: invitation.organizationId };
  });
}

/** What the invitation page shows its holder. The token is the credential, so anyone holding it may look. */
export async function getInvitationPreview(actor: Actor, token: unknown): Promise<InvitationPreview> {
  const invitation = await findByToken(token);
  const alreadyMember =
    actor.kind === "user" &&
    (await db.membership.count({ where: { userId: actor.userId, organizationId: invitation.organizationId } })) > 0;
  return {
    organizationName: invitation.organization.name,
    consultantFirmName: invitation.organization.consultantFirmName,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    alreadyMember,
  };
}

/** Thrown inside the transaction when the conditional update finds no use left, to roll it back. */
class NoUseLeft extends Error {}

/**
 * Joins the signed-in user to the invitation's organization. Idempotent for existing members,
 * who use up nothing. The use is taken by a conditional update (`uses < maxUses`), so two people
 * racing for the last use cannot both get in, even from different server instances.
 */
export async function acceptInvitation(actor: Actor, token: unknown): Promise<{ organizationId: string; alreadyMember: boolean }> {
  const user = requireUser(actor);
  const invitation = await findByToken(token);
  if (user.mustEnrollTotp) {
    throw new DomainError("forbidden", "second_factor_required", "Set up two-step verification for your account before you join another organization.");
  }
  const organizationId = invitation.organizationId;
  return serializeWrite(async () => {
    const existing = await db.membership.findUnique({
      where: { userId_organizationId: { userId: user.userId, organizationId } },
      select: { id: true },
    });
    if (existing) return { organizationId, alreadyMember: true };
    const now = new Date();
    const status = invitationStatus(invitation, now);
    if (status !== "active") throw refusal(status);
    try {
      await db.$transaction(async (tx) => {
        const taken = await tx.invitation.updateMany({
          where: { id: invitation.id, revokedAt: null, expiresAt: { gt: now }, uses: { lt: tx.invitation.fields.maxUses } },
          data: { uses: { increment: 1 } },
        });
        if (taken.count === 0) throw new NoUseLeft();
        await tx.membership.create({ data: { userId: user.userId, organizationId, role: invitation.role } });
      });
      return { organizationId, alreadyMember: false };
    } catch (error) {
      if (error instanceof NoUseLeft) {
        const fresh = await db.invitation.findUnique({ where: { id: invitation.id } });
        const reason = fresh ? invitationStatus(fresh, now) : "revoked";
        throw refusal(reason === "active" ? "used_up" : reason);
      }
      // Another instance added the same membership first: the user is a member, and the rollback returned the use.
      if (isUniqueViolation(error)) return { organizationId, alreadyMember: true };
      throw error;
    }
  });
}
