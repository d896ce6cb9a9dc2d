/**
 * Closing an engagement's loop: the consultant sends its team a share link to the team's combined
 * report, in one step. One link per engagement: the first call creates it and queues the closing
 * email to every respondent whose address was not refused; later calls (a double click, a second
 * instance, a second consultant) find that link, email nobody again and create nothing.
 *
 * Only a share token's hash is stored, so the link's address exists once, in the answer to the
 * call that created it: the page shows it then (to copy when email is off), and afterwards when it
 * was sent, how often it was opened, and a way to revoke it. A revoked or expired link can be
 * replaced by sending again, which emails the new link.
 *
 * Who may do what is in each query, as in engagements.ts: the organization's consultants and
 * administrators; anyone else finds nothing (404).
 */
import "server-only";
import type { Actor, UserActor } from "../auth/actor";
import { assertConsultantOf, requireUser } from "../auth/access";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { db, serializeWrite } from "../db";
import { DomainError } from "../errors";
import { publicUrl } from "../http/absolute-url";
import { reviewableOrganizationWhere } from "../results/queries";
import type { TEngagementRef } from "../validation/engagements";
import type { TShareLinkRevoke } from "../validation/share-links";
import { recordAudit } from "./audit";
import { closingEmailJobs } from "./engagement-email";
import { shareLinkPath, shareLinkStatus, type ShareLinkStatus } from "./share-links";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Long enough for a team to read the report before and after the workshop, short enough not to linger. */
export const ENGAGEMENT_REPORT_LINK_DAYS = 30;

export interface SentEngagementReport {
  /** Whether this call created the link (false: an active one existed and was kept). */
  created: boolean;
  /** The link's address: only when this call created it, as only its hash is stored. */
  url: string | null;
  sentAt: string;
  expiresAt: string;
  /** Closing emails queued by this call: 0 when email is off or they were queued before. */
  queued: number;
}

export interface EngagementReportLinkView {
  id: string;
  status: ShareLinkStatus;
  sentAt: string;
  sentBy: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
}

function engagementNotFound(): DomainError {
  return new DomainError("not_found", "engagement_not_found", "No engagement matches this link, or it is not one you work on.");
}

function reportLinkNotFound(): DomainError {
  return new DomainError("not_found", "share_link_not_found", "No link to a team's report matches this id, or it is not one you manage.");
}

function managedEngagementWhere(user: UserActor) {
  return { organization: reviewableOrganizationWhere(user) };
}

/** A link to a team's report that still opens, at `now`. */
const activeLinkWhere = (engagementId: string, now: Date) => ({ engagementId, revokedAt: null, expiresAt: { gt: now } });

/**
 * Sends the closed engagement's team a link to their combined report: creates the link (or keeps
 * the active one) and queues the closing email to each respondent once per link.
 */
export async function shareEngagementReport(actor: Actor, { engagementId }: TEngagementRef, now: Date = new Date()): Promise<SentEngagementReport> {
  const user = requireUser(actor);
  const engagement = await db.engagement.findFirst({
    where: { AND: [{ id: engagementId }, managedEngagementWhere(user)] },
    select: { id: true, status: true, organizationId: true },
  });
  if (!engagement) throw engagementNotFound();
  assertConsultantOf(user, engagement.organizationId);
  if (engagement.status !== "closed") {
    throw new DomainError("conflict", "engagement_open", "Close the engagement first: the team's report is sent once nobody can answer any more.");
  }
  const answered = await db.result.count({ where: { organizationId: engagement.organizationId, assessment: { engagementRespondent: { engagementId: engagement.id } } } });
  if (answered === 0) {
    throw new DomainError("conflict", "engagement_unanswered", "Nobody in this engagement has answered, so there is no team report to send.");
  }

  const outcome = await serializeWrite(() =>
    db.$transaction(async (tx) => {
      // Writing the engagement's row locks it until this transaction ends: a racing call (another
      // request, another instance) waits here, then finds the link this one made.
      await tx.engagement.updateMany({ where: { id: engagement.id }, data: { status: "closed" } });
      const existing = await tx.shareLink.findFirst({ where: activeLinkWhere(engagement.id, now), orderBy: { createdAt: "desc" }, select: { createdAt: true, expiresAt: true } });
      if (existing) return { url: null, queued: 0, sentAt: existing.createdAt, expiresAt: existing.expiresAt };
      const token = newOpaqueToken();
      const url = publicUrl(shareLinkPath(token));
      const link = await tx.shareLink.create({
        data: {
          tokenHash: hashOpaqueToken(token),
          organizationId: engagement.organizationId,
          engagementId: engagement.id,
          createdById: user.userId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + ENGAGEMENT_REPORT_LINK_DAYS * DAY_MS),
        },
        select: { id: true, createdAt: true, expiresAt: true },
      });
      await recordAudit(tx, user, {
        action: "share.created",
        organizationId: engagement.organizationId,
        detail: { shareLinkId: link.id, engagementId: engagement.id, expiresInDays: ENGAGEMENT_REPORT_LINK_DAYS, expiresAt: link.expiresAt.toISOString() },
      });
      const emails = await closingEmailJobs(tx, engagement.id, url);
      await tx.job.createMany({ data: emails });
      return { url, queued: emails.length, sentAt: link.createdAt, expiresAt: link.expiresAt };
    }),
  );
  const { url, queued } = outcome;
  return { created: url !== null, url, queued, sentAt: outcome.sentAt.toISOString(), expiresAt: outcome.expiresAt.toISOString() };
}

/** The links sent to the engagement's team, newest first, for its page. */
export async function listEngagementReportLinks(actor: Actor, engagementId: string, now: Date = new Date()): Promise<EngagementReportLinkView[]> {
  const user = requireUser(actor);
  const links = await db.shareLink.findMany({
    where: { engagementId, engagement: managedEngagementWhere(user) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, lastOpenedAt: true, openCount: true, createdBy: { select: { name: true, email: true } } },
  });
  return links.map((link) => ({
    id: link.id,
    status: shareLinkStatus(link, now),
    sentAt: link.createdAt.toISOString(),
    sentBy: link.createdBy ? (link.createdBy.name ?? link.createdBy.email) : null,
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    openCount: link.openCount,
  }));
}

/** Ends a link to the team's report at once, for everyone it was sent to. Idempotent. */
export async function revokeEngagementReportLink(actor: Actor, { shareLinkId }: TShareLinkRevoke, now: Date = new Date()): Promise<{ id: string; engagementId: string }> {
  const user = requireUser(actor);
  const link = await db.shareLink.findFirst({
    where: { id: shareLinkId, engagement: managedEngagementWhere(user) },
    select: { id: true, organizationId: true, engagement: { select: { id: true, organizationId: true } } },
  });
  if (!link?.engagement) throw reportLinkNotFound();
  assertConsultantOf(user, link.engagement.organizationId);
  const engagementId = link.engagement.id;
  await serializeWrite(() =>
    db.$transaction(async (tx) => {
      const revoked = await tx.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: now } });
      if (revoked.count > 0) {
        await recordAudit(tx, user, { action: "share.revoked", organizationId: link.organizationId, detail: { shareLinkId: link.id, engagementId } });
      }
    }),
  );
  return { id: link.id, engagementId };
}
