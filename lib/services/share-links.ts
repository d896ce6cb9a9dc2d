/**
 * Read-only share links to a report: whoever may see a result can hand a copy of its report to
 * someone without an account. Only the token's hash is stored; the token exists once, when the
 * link is created. A link names one target: a result, or one engagement's combined report
 * (ShareLink.organizationId with engagementId), which the consultant sends the team when it
 * closes (lib/services/engagement-results.ts).
 *
 * The respondent shares from the result page their assessment's private link opens, signed in or
 * not: that link is their credential, as it is for the result itself (see assessments.ts). A link
 * made there without an account has no creator; its respondent, and only they, may revoke it.
 */
import "server-only";
import type { Actor, UserActor } from "../auth/actor";
import { isConsultantOf, isPlatformAdmin, reviewableOrganizationIds } from "../auth/permissions";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { actorForUser } from "./sessions";
import { db, serializeWrite } from "../db";
import type { ReportModel } from "../report/model";
import { ZShareToken, type TRespondentShareLinkCreate, type TRespondentShareLinkRevoke, type TShareLinkCreate, type TShareLinkRevoke } from "../validation/share-links";
import { recordAudit } from "./audit";
import { DomainError } from "../errors";
import { requireUser } from "../auth/access";
import { findViewableResultRef, isResultViewable, type ResultRef } from "../results/queries";
import { loadSharedEngagementReport, loadSharedResultReport, type ReportOptions } from "../results/report";
import { findRespondentResultRef } from "./assessments";
import { limitPerAddress } from "./request-limits";

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

/** A link made without an account was made by the result's respondent. */
const RESPONDENT_LABEL = "the respondent";

const personLabel = (person: { name: string | null; email: string } | null) => (person ? (person.name ?? person.email) : RESPONDENT_LABEL);

interface LinkOwnership {
  createdById: string | null;
  /** The account the result's assessment belongs to, if any. */
  ownerId: string | null;
  organizationId: string | null;
}

/** Whether the link was made by the result's respondent: from their account, or from their private link before they had one. */
const madeByRespondent = (link: Pick<LinkOwnership, "createdById" | "ownerId">) => link.createdById === null || link.createdById === link.ownerId;

function mayRevoke(actor: UserActor, link: LinkOwnership): boolean {
  if (link.createdById === actor.userId || isPlatformAdmin(actor)) return true;
  if (link.organizationId !== null && isConsultantOf(actor, link.organizationId)) return true;
  // A respondent who saved their assessment to an account keeps the links they made before.
  return link.createdById === null && link.ownerId === actor.userId;
}

async function insertShareLink(result: ResultRef, creator: UserActor | null, expiresInDays: number): Promise<CreatedShareLink> {
  const token = newOpaqueToken();
  const link = await db.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: { tokenHash: hashOpaqueToken(token), resultId: result.id, createdById: creator?.userId ?? null, expiresAt: new Date(Date.now() + expiresInDays * DAY_MS) },
      select: { id: true, expiresAt: true },
    });
    // The audit trail is the workspace's, and names an account: an anonymous respondent has neither.
    if (creator) {
      await recordAudit(tx, creator, {
        action: "share.created",
        organizationId: result.organizationId,
        resultId: result.id,
        detail: { shareLinkId: created.id, expiresInDays, expiresAt: created.expiresAt.toISOString() },
      });
    }
    return created;
  });
  return { id: link.id, token, path: shareLinkPath(token), expiresAt: link.expiresAt.toISOString() };
}

export async function createShareLink(actor: Actor, data: TShareLinkCreate): Promise<CreatedShareLink> {
  const user = requireUser(actor);
  return serializeWrite(async () => {
    // Who may share a result is who may see it: its respondent, the organization's consultants, administrators.
    const result = await findViewableResultRef(user, data.resultId);
    return insertShareLink(result, user, data.expiresInDays);
  });
}

/** The respondent shares from their private link; a signed-in owner is named as the creator, anyone else holding the link is the anonymous respondent. */
export async function createRespondentShareLink(actor: Actor, { token, expiresInDays }: TRespondentShareLinkCreate, clientAddress: string): Promise<CreatedShareLink> {
  // The link must open before anything is counted: a wrong one costs nothing.
  const result = await findRespondentResultRef(actor, token);
  await limitPerAddress("respondentShareLink", clientAddress);
  return serializeWrite(() => insertShareLink(result, result.owner, expiresInDays));
}

const linkSelect = {
  id: true,
  createdById: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastOpenedAt: true,
  openCount: true,
  createdBy: { select: { name: true, email: true } },
} as const;

async function recentLinks(resultId: string, now: Date, onlyRespondents: { ownerId: string | null } | null) {
  const cutoff = new Date(now.getTime() - ENDED_LINKS_SHOWN_DAYS * DAY_MS);
  const madeBy = onlyRespondents ? { OR: [{ createdById: null }, ...(onlyRespondents.ownerId ? [{ createdById: onlyRespondents.ownerId }] : [])] } : {};
  return db.shareLink.findMany({
    where: { AND: [{ resultId }, { OR: [{ revokedAt: null, expiresAt: { gt: cutoff } }, { revokedAt: { gt: cutoff } }] }, madeBy] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: linkSelect,
  });
}

type LinkRow = Awaited<ReturnType<typeof recentLinks>>[number];

function linkView(link: LinkRow, now: Date, canRevoke: boolean): ShareLinkView {
  return {
    id: link.id,
    status: shareLinkStatus(link, now),
    createdBy: personLabel(link.createdBy),
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    openCount: link.openCount,
    canRevoke,
  };
}

/** The result's working links and those that ended recently, newest first. */
export async function listShareLinks(actor: Actor, resultId: string): Promise<ShareLinkView[]> {
  const user = requireUser(actor);
  const result = await findViewableResultRef(user, resultId);
  const ownerId = (await db.result.findUnique({ where: { id: result.id }, select: { assessment: { select: { userId: true } } } }))?.assessment.userId ?? null;
  const now = new Date();
  const links = await recentLinks(result.id, now, null);
  return links.map((link) => linkView(link, now, mayRevoke(user, { createdById: link.createdById, ownerId, organizationId: result.organizationId })));
}

/** The links the respondent made to their result, as their private link shows them: only theirs, each theirs to revoke. */
export async function listRespondentShareLinks(actor: Actor, token: unknown): Promise<ShareLinkView[]> {
  const result = await findRespondentResultRef(actor, token);
  const now = new Date();
  const links = await recentLinks(result.id, now, { ownerId: result.owner?.userId ?? null });
  return links.map((link) => linkView(link, now, true));
}

async function revokeLink(linkId: string, actor: UserActor | null, organizationId: string | null, resultId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const revoked = await tx.shareLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count > 0 && actor) {
      await recordAudit(tx, actor, { action: "share.revoked", organizationId, resultId, detail: { shareLinkId: linkId } });
    }
  });
}

/** Idempotent: revoking a revoked link changes nothing, records nothing and succeeds. */
export async function revokeShareLink(actor: Actor, { shareLinkId }: TShareLinkRevoke): Promise<{ id: string; resultId: string | null }> {
  const user = requireUser(actor);
  return serializeWrite(async () => {
    const link = await db.shareLink.findUnique({
      where: { id: shareLinkId },
      select: { id: true, resultId: true, createdById: true, result: { select: { assessment: { select: { organizationId: true, userId: true } } } } },
    });
    const organizationId = link?.result?.assessment.organizationId ?? null;
    const ownerId = link?.result?.assessment.userId ?? null;
    // The same answer whether the link does not exist or is not the caller's to revoke.
    if (!link || !mayRevoke(user, { createdById: link.createdById, ownerId, organizationId })) throw shareLinkNotFound();
    await revokeLink(link.id, user, organizationId, link.resultId);
    return { id: link.id, resultId: link.resultId };
  });
}

/** The respondent revokes a link they made; any other link, to this result or another, is not found. Idempotent. */
export async function revokeRespondentShareLink(actor: Actor, { token, shareLinkId }: TRespondentShareLinkRevoke): Promise<{ id: string }> {
  return serializeWrite(async () => {
    const result = await findRespondentResultRef(actor, token);
    const link = await db.shareLink.findFirst({ where: { id: shareLinkId, resultId: result.id }, select: { id: true, createdById: true } });
    if (!link || !madeByRespondent({ createdById: link.createdById, ownerId: result.owner?.userId ?? null })) throw shareLinkNotFound();
    await revokeLink(link.id, result.owner, result.organizationId, result.id);
    return { id: link.id };
  });
}

/**
 * A link works only while its creator could still share what it shows: a disabled account or a
 * removed role ends the links its holder handed out, as it ends their own access.
 */
async function creatorMayStillShare(createdById: string | null, resultId: string): Promise<boolean> {
  // A link the anonymous respondent made answers to the account they later saved the result to, if any.
  const creatorId = createdById ?? (await db.result.findUnique({ where: { id: resultId }, select: { assessment: { select: { userId: true } } } }))?.assessment.userId;
  if (creatorId === undefined) return false;
  if (creatorId === null) return true;
  const creator = await db.user.findUnique({ where: { id: creatorId }, select: { sessionVersion: true } });
  if (!creator) return false;
  const actor = await actorForUser(creatorId, creator.sessionVersion);
  if (actor.kind !== "user") return false;
  return isResultViewable(actor, resultId);
}

/**
 * A link to an engagement's report works while its creator still runs the organization's
 * engagements (a consultant of it, or an administrator): leaving the organization ends it.
 */
async function creatorMayStillShareTeam(createdById: string | null, organizationId: string): Promise<boolean> {
  if (createdById === null) return false;
  const creator = await db.user.findUnique({ where: { id: createdById }, select: { sessionVersion: true } });
  if (!creator) return false;
  const actor = await actorForUser(createdById, creator.sessionVersion);
  if (actor.kind !== "user") return false;
  const reviewable = reviewableOrganizationIds(actor);
  return reviewable === null || reviewable.includes(organizationId);
}

type OpenedLink = { resultId: string; createdById: string | null } | { organizationId: string; engagementId: string; createdById: string | null };

async function mayStillOpen(link: OpenedLink): Promise<boolean> {
  return "resultId" in link ? creatorMayStillShare(link.createdById, link.resultId) : creatorMayStillShareTeam(link.createdById, link.organizationId);
}

function targetOf(link: { resultId: string | null; organizationId: string | null; engagementId: string | null; createdById: string | null }): OpenedLink | null {
  if (link.resultId !== null) return { resultId: link.resultId, createdById: link.createdById };
  if (link.organizationId !== null && link.engagementId !== null) return { organizationId: link.organizationId, engagementId: link.engagementId, createdById: link.createdById };
  return null;
}

/**
 * Opens a shared report for whoever holds the link: no account is needed, the token is the
 * credential. Each opening (page or download) is counted.
 */
export async function openSharedReport(token: unknown, options: ReportOptions = {}): Promise<SharedReport> {
  const parsed = ZShareToken.safeParse(token);
  if (!parsed.success) throw shareLinkInvalid();
  const now = new Date();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashOpaqueToken(parsed.data) },
    select: {
      id: true,
      resultId: true,
      organizationId: true,
      engagementId: true,
      createdById: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  // An organization's report outside an engagement is never shared, so a link naming one opens nothing.
  const target = link ? targetOf(link) : null;
  if (!link || !target || shareLinkStatus(link, now) !== "active") throw shareLinkInvalid();
  if (!(await mayStillOpen(target))) throw shareLinkInvalid();
  await serializeWrite(async () => {
    // Conditional, so a revocation from another instance after the read above still wins.
    const opened = await db.shareLink.updateMany({
      where: { id: link.id, revokedAt: null, expiresAt: { gt: now } },
      data: { lastOpenedAt: now, openCount: { increment: 1 } },
    });
    if (opened.count === 0) throw shareLinkInvalid();
  });
  const report = "resultId" in target ? await loadSharedResultReport(target.resultId, options) : await loadSharedEngagementReport(target.organizationId, target.engagementId, options);
  if (!report) throw shareLinkInvalid();
  return { report, sharedBy: personLabel(link.createdBy), expiresAt: link.expiresAt.toISOString() };
}
