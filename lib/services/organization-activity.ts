/**
 * An organization's record of changes, for its consultants: what recordAudit wrote about the
 * organization and its results (reviews, overrides, share links, branding, webhooks, deletions),
 * newest first. The result pages show a result's own trail; this is the one place that shows the
 * changes no result page holds.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { assertConsultantOf } from "../auth/access";
import { reviewableOrganizationIds } from "../auth/permissions";
import { db } from "../db";
import { toAuditEntry, type AuditEntry } from "./audit";
import { parseOrganizationId } from "./organizations";

/** Enough for a year of a busy engagement's changes on one page; older ones stay stored. */
export const ACTIVITY_LIMIT = 200;

export interface OrganizationActivity {
  entries: AuditEntry[];
  truncated: boolean;
}

export async function listOrganizationActivity(actor: Actor, organizationId: unknown): Promise<OrganizationActivity> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const reviewable = reviewableOrganizationIds(actor);
  const rows = await db.auditEvent.findMany({
    // The actor's reach is in the query too: an id outside it reads nothing, whatever the check above let through.
    where: { AND: [{ organizationId: id }, reviewable === null ? {} : { organizationId: { in: reviewable } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ACTIVITY_LIMIT + 1,
    select: { id: true, action: true, actorId: true, actorEmail: true, detail: true, createdAt: true, resultId: true },
  });
  return { entries: rows.slice(0, ACTIVITY_LIMIT).map(toAuditEntry), truncated: rows.length > ACTIVITY_LIMIT };
}
