/**
 * Read-only share links to a report: whoever may see a result can hand a copy of its report to
 * someone without an account. Only the token's hash is stored; the token exists once, when the
 * link is created. A link names one target: a result today; the organization's combined report
 * (ShareLink.organizationId) is meant to become a second kind of target beside it.
 */
import "server-only";
import type { Actor, UserActor } from "../auth/actor";
import { isConsultantOf, isPlatformAdmin } from "../auth/permissions";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { actorForUser } from "./sessions";
import { db, serializeWrite } from "../db";
import type { ReportModel } from "../report/model";
import { ZShareToken, type TShareLinkCreate, type TShareLinkRevoke } from "../validation/share-links";
import { recordAudit } from "./audit";
import { DomainError } from "../errors";
import { requireUser } from "../auth/access";
import { findViewableResultRef, isResultViewable } from "../results/queries";
import { loadSharedResultReport } from "../results/report";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Links that stopped working stay listed this long, so people see why a link they sent fails. */
const ENDED_LINKS_SHOWN_DAYS = 30;

export type ShareLinkStatus = "active" | "expired" | "revoked";

export interface ShareLinkView {
  id: string;
  status: ShareLinkStatus;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  /** Whether the caller may revoke it: its creator, the organization's consultants and administrators may. */
  canRevoke: boolean;
}

export interface CreatedShareLink {
  id: string;
  /** The only time the token exists outside the link itself. */
  token: string;
  /** The page the link opens, relative to the site. */
  path: string;
  expiresAt: string;
}

export interface SharedReport {
  report: ReportModel;
  sharedBy: string;
  expiresAt: string;
}

export function shareLinkPath(token: string): string {
  return `/shared/${token}`;
}

/** Revocation wins over expiry: the deliberate reason is the one shown. */
export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date }, now: Date = new Date()): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

function shareLinkNotFound(): DomainError {
  return new DomainError("not_found", "share_link_not_found", "No share link matches this id, or it is not one you manage.");
}

/** The same answer for an unknown, revoked or expired link: a holder learns nothing from the difference. */
function shareLinkInvalid(): DomainError {
  return new DomainError("not_found", "share_link_invalid", "This link has expired or was revoked. Ask the person who sent it for a new one.");
}

const personLabel = (person: { name: string | null; email: string }) => person.name ?? person.email;

function mayRevoke(actor: UserActor, createdById: string, organizationId: string | null): boolean {
  return createdById === actor.userId || isPlatformAdmin(actor) || (organizationId !== null && isConsultantOf(actor, organizationId));
}

export async function createShareLink(actor: Actor, data: TShareLinkCreate): Promise<CreatedShareLink> {
  const user = requireUser(actor);
  const token = newOpaqueToken();
  return serializeWrite(async () => {
    // Who may share a result is who may see it: its respondent, the organization's consultants, administrators.
    const result = await findViewableResultRef(user, data.resultId);
    const link = await db.$transaction(async (tx) => {
      const created = await tx.shareLink.create({
        data: { tokenHash: hashOpaqueToken(token), resultId: result.id, createdById: user.userId, expiresAt: new Date(Date.now() + data.expiresInDays * DAY_MS) },
        select: { id: true, expiresAt: true },
      });
      await recordAudit(tx, user, {
        action: "share.created",
        organizationId: result.organizationId,
        resultId: result.id,
        detail: { shareLinkId: created.id, expiresInDays: data.expiresInDays, expiresAt: created.expiresAt.toISOString() },
      });
      return created;
    });
    return { id: link.id, token, path: shareLinkPath(token), expiresAt: link.expiresAt.toISOString() };
  });
}

/** The result's working links and those that ended recently, newest first. */
export async function listShareLinks(actor: Actor, resultId: string): Promise<ShareLinkView[]> {
  const user = requireUser(actor);
  const result = await findViewableResultRef(user, resultId);
  const now = new Date();
  const cutoff = new Date(now.getTime() - ENDED_LINKS_SHOWN_DAYS * DAY_MS);
  const links = await db.shareLink.findMany({
    where: { resultId: result.id, OR: [{ revokedAt: null, expiresAt: { gt: cutoff } }, { revokedAt: { gt: cutoff } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { createdBy: { select: { name: true, email: true } } },
  });
  return links.map((link) => ({
    id: link.id,
    status: shareLinkStatus(link, now),
    createdBy: personLabel(link.createdBy),
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    openCount: link.openCount,
    canRevoke: mayRevoke(user, link.createdById, result.organizationId),
  }));
}

/** Idempotent: revoking a revoked link changes nothing, records nothing and succeeds. */
export async function revokeShareLink(actor: Actor, { shareLinkId }: TShareLinkRevoke): Promise<{ id: string; resultId: string | null }> {
  const user = requireUser(actor);
  return serializeWrite(async () => {
    const link = await db.shareLink.findUnique({
      where: { id: shareLinkId },
      select: { id: true, resultId: true, createdById: true, result: { select: { assessment: { select: { organizationId: true } } } } },
    });
    const organizationId = link?.result?.assessment.organizationId ?? null;
    // The same answer whether the link does not exist or is not the caller's to revoke.
    if (!link || !mayRevoke(user, link.createdById, organizationId)) throw shareLinkNotFound();
    await db.$transaction(async (tx) => {
      const revoked = await tx.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count > 0) {
        await recordAudit(tx, user, { action: "share.revoked", organizationId, resultId: link.resultId, detail: { shareLinkId: link.id } });
      }
    });
    return { id: link.id, resultId: link.resultId };
  });
}

/**
 * A link works only while its creator could still share what it shows: a disabled account or a
 * removed role ends the links its holder handed out, as it ends their own access.
 */
async function creatorMayStillShare(createdById: string, resultId: string): Promise<boolean> {
  const creator = await db.user.findUnique({ where: { id: createdById }, select: { sessionVersion: true } });
  if (!creator) return false;
  const actor = await actorForUser(createdById, creator.sessionVersion);
  if (actor.kind !== "user") return false;
  return isResultViewable(actor, resultId);
}

/**
 * Opens a shared report for whoever holds the link: no account is needed, the token is the
 * credential. Each opening (page or download) is counted.
 */
export async function openSharedReport(token: unknown, options: { generatedAt?: Date } = {}): Promise<SharedReport> {
  const parsed = ZShareToken.safeParse(token);
  if (!parsed.success) throw shareLinkInvalid();
  const now = new Date();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashOpaqueToken(parsed.data) },
    select: {
      id: true,
      resultId: true,
      createdById: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  // Links to an organization's combined report are not issued yet, so only result links can open.
  if (!link || shareLinkStatus(link, now) !== "active" || link.resultId === null) throw shareLinkInvalid();
  const resultId = link.resultId;
  if (!(await creatorMayStillShare(link.createdById, resultId))) throw shareLinkInvalid();
  await serializeWrite(async () => {
    // Conditional, so a revocation from another instance after the read above still wins.
    const opened = await db.shareLink.updateMany({
      where: { id: link.id, revokedAt: null, expiresAt: { gt: now } },
      data: { lastOpenedAt: now, openCount: { increment: 1 } },
    });
    if (opened.count === 0) throw shareLinkInvalid();
  });
  const report = await loadSharedResultReport(resultId, options);
  if (!report) throw shareLinkInvalid();
  return { report, sharedBy: personLabel(link.createdBy), expiresAt: link.expiresAt.toISOString() };
}
