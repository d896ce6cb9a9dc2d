/**
 * The workspace's audit trail: who changed what, and when. Services call recordAudit inside the
 * transaction that makes the change, so a change and its record land together or not at all.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { DomainError } from "../errors";
import { DELETED_ACCOUNT_ACTOR } from "../privacy/personal-data";

/** Who an audit event names: a signed-in person, or the holder of an assessment's private link. */
export interface AuditActor {
  userId: string;
  email: string;
}

/** An anonymous respondent acting through their private link: there is no account to name. */
export const RESPONDENT_LINK_ACTOR: AuditActor = { userId: "respondent-link", email: "" };

const AUDIT_ACTIONS = [
  "note.added",
  "status.changed",
  "override.set",
  "override.cleared",
  "weights.changed",
  "share.created",
  "share.revoked",
  "branding.changed",
  "logo.removed",
  "token.created",
  "token.revoked",
  "webhook.created",
  "webhook.deleted",
  "webhook.secret_rotated",
  "engagement.created",
  "engagement.closed",
  "engagement.person_added",
  "engagement.person_readdressed",
  "engagement.person_removed",
  "result.deleted",
  "account.deleted",
  "organization.deleted",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type AuditDetail = Record<string, string | number | boolean | null>;

/** What recordAudit writes, read back: a row from an older version that no longer fits is said to be unreadable. */
const ZStoredAuditEvent = z.object({
  action: z.enum(AUDIT_ACTIONS),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});

export interface AuditEntry {
  id: string;
  action: AuditAction;
  /** The result the change was made on; null for a change to the organization or an account. */
  resultId: string | null;
  /** The actor's email, or who they were when there is none to show. */
  actorLabel: string;
  detail: AuditDetail;
  createdAt: string;
}

type Transaction = Prisma.TransactionClient;

export async function recordAudit(
  tx: Transaction,
  actor: AuditActor,
  entry: { action: AuditAction; organizationId: string | null; resultId?: string | null; detail: AuditDetail },
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

function actorLabelOf(row: { actorId: string; actorEmail: string }): string {
  if (row.actorEmail) return row.actorEmail;
  if (row.actorId === RESPONDENT_LINK_ACTOR.userId) return "The respondent, through their private link";
  if (row.actorId === DELETED_ACCOUNT_ACTOR.id) return "A deleted account";
  return "Unknown";
}

export function toAuditEntry(row: { id: string; action: string; actorId: string; actorEmail: string; detail: unknown; createdAt: Date; resultId?: string | null }): AuditEntry {
  const parsed = ZStoredAuditEvent.safeParse(row);
  if (!parsed.success) throw new DomainError("unreadable", "stored_audit_event_unreadable", `Audit event ${row.id} is stored in a form this version of Rolefit cannot read.`);
  return {
    id: row.id,
    action: parsed.data.action,
    resultId: row.resultId ?? null,
    actorLabel: actorLabelOf(row),
    detail: parsed.data.detail ?? {},
    createdAt: row.createdAt.toISOString(),
  };
}
