/**
 * The workspace's audit trail: who changed what, and when. Services call recordAudit inside the
 * transaction that makes the change, so a change and its record land together or not at all.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UserActor } from "../auth/actor";

export type AuditAction =
  | "note.added"
  | "status.changed"
  | "override.set"
  | "override.cleared"
  | "weights.changed"
  | "share.created"
  | "share.revoked"
  | "branding.changed"
  | "logo.removed"
  | "token.created"
  | "token.revoked";

export interface AuditEntry {
  id: string;
  action: AuditAction;
  actorEmail: string;
  detail: Record<string, unknown>;
  createdAt: string;
}

type Transaction = Prisma.TransactionClient;

export async function recordAudit(
  tx: Transaction,
  actor: UserActor,
  entry: { action: AuditAction; organizationId: string | null; resultId?: string | null; detail: Record<string, string | number | boolean | null> },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: entry.action,
      organizationId: entry.organizationId,
      resultId: entry.resultId ?? null,
      actorId: actor.userId,
      actorEmail: actor.email,
      detail: entry.detail,
    },
  });
}

export function toAuditEntry(row: { id: string; action: string; actorEmail: string; detail: unknown; createdAt: Date }): AuditEntry {
  return {
    id: row.id,
    action: row.action as AuditAction,
    actorEmail: row.actorEmail,
    detail: (row.detail ?? {}) as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
  };
}
