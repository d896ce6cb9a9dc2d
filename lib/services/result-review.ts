/**
 * A consultant's review of one result: private notes, a review status and an override of the
 * model's recommendation. Only the consultants of the result's organization and administrators
 * see or change any of it; the respondent does not. Every change lands with its audit record.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, UserActor } from "../auth/actor";
import { db, serializeWrite } from "../db";
import { STRUCTURES } from "../scoring/structures";
import type { StructureId } from "../scoring/types";
import type { ReviewStatus } from "../validation/portfolio";
import type { TNoteCreate, TOverrideClear, TOverrideSet, TReviewStatusChange } from "../validation/review";
import { recordAudit, toAuditEntry, type AuditEntry } from "./audit";
import { DomainError } from "../errors";
import { requireUser, resultNotFound } from "../auth/access";
import { reviewableResultWhere } from "../results/queries";
import { readRecommendation, readReview } from "../results/read-model";
import { jobStoreIn } from "./jobs";
import { emitResultReviewed, type ReviewChange } from "./webhooks";

/** Enough for any real review; a longer history is cut, and the panel says so. */
export const REVIEW_LIST_LIMIT = 100;

export interface Person {
  name: string | null;
  email: string;
}

export interface ReviewNote {
  id: string;
  author: Person;
  createdAt: string;
  body: string;
}

export interface ReviewOverride {
  recommendation: StructureId;
  justification: string;
  /** Null when the account that made the override no longer exists; the audit trail still names it. */
  by: Person | null;
  at: string;
}

export interface ReviewPanel {
  resultId: string;
  organizationId: string;
  modelRecommendation: StructureId;
  status: ReviewStatus;
  override: ReviewOverride | null;
  /** Newest first. */
  notes: ReviewNote[];
  notesTruncated: boolean;
  /** Newest first. */
  audit: AuditEntry[];
  auditTruncated: boolean;
}


/** The result's review state, for consultants of its organization and administrators; 404 for everyone else. */
async function reviewableResult(client: Prisma.TransactionClient, actor: Actor, resultId: string) {
  const user = requireUser(actor);
  const result = await client.result.findFirst({
    where: { AND: [{ id: resultId }, reviewableResultWhere(user)] },
    select: {
      id: true,
      recommendation: true,
      reviewStatus: true,
      overrideRecommendation: true,
      overrideJustification: true,
      overriddenAt: true,
      overriddenBy: { select: { name: true, email: true } },
      assessment: { select: { organizationId: true } },
    },
  });
  const organizationId = result?.assessment.organizationId ?? null;
  if (!result || organizationId === null) throw resultNotFound();
  const { status, override } = readReview(result.id, result);
  return { ...result, organizationId, recommendation: readRecommendation(result.id, result.recommendation), reviewStatus: status, overrideRecommendation: override?.recommendation ?? null };
}

type ReviewedResult = Awaited<ReturnType<typeof reviewableResult>>;

function toOverride(result: ReviewedResult): ReviewOverride | null {
  if (!result.overrideRecommendation || !result.overriddenAt) return null;
  return { recommendation: result.overrideRecommendation, justification: result.overrideJustification ?? "", by: result.overriddenBy, at: result.overriddenAt.toISOString() };
}

export async function getReviewPanel(actor: Actor, resultId: string): Promise<ReviewPanel> {
  const result = await reviewableResult(db, actor, resultId);
  const id = result.id;
  const [notes, events] = await Promise.all([
    db.resultNote.findMany({
      where: { resultId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REVIEW_LIST_LIMIT + 1,
      select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
    }),
    db.auditEvent.findMany({
      where: { resultId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REVIEW_LIST_LIMIT + 1,
      select: { id: true, action: true, actorId: true, actorEmail: true, detail: true, createdAt: true },
    }),
  ]);
  return {
    resultId: result.id,
    organizationId: result.organizationId,
    modelRecommendation: result.recommendation,
    status: result.reviewStatus,
    override: toOverride(result),
    notes: notes.slice(0, REVIEW_LIST_LIMIT).map((note) => ({ id: note.id, author: note.author, createdAt: note.createdAt.toISOString(), body: note.body })),
    notesTruncated: notes.length > REVIEW_LIST_LIMIT,
    audit: events.slice(0, REVIEW_LIST_LIMIT).map(toAuditEntry),
    auditTruncated: events.length > REVIEW_LIST_LIMIT,
  };
}

/** Reads and writes in one transaction, so a concurrent change cannot slip between the check and the update. */
function reviewWrite<T>(user: UserActor, resultId: string, work: (tx: Prisma.TransactionClient, result: ReviewedResult) => Promise<T>): Promise<T> {
  return serializeWrite(() => db.$transaction(async (tx) => work(tx, await reviewableResult(tx, user, resultId))));
}

/**
 * A review write and, when it changed the result, `result.reviewed` to the organization's webhooks,
 * queued in the same transaction: the change is never saved without its event, nor the event without it.
 */
function reviewChange<T extends { changed: boolean }>(
  user: UserActor,
  resultId: string,
  change: ReviewChange,
  work: (tx: Prisma.TransactionClient, result: ReviewedResult) => Promise<T>,
): Promise<T> {
  return reviewWrite(user, resultId, async (tx, result) => {
    const outcome = await work(tx, result);
    if (outcome.changed) await emitResultReviewed(result.id, change, jobStoreIn(tx));
    return outcome;
  });
}

/** The audit detail records the note's id and length, not its text: notes may be sensitive, and the note itself stays with the result. */
export async function addNote(actor: Actor, data: TNoteCreate): Promise<{ id: string }> {
  const user = requireUser(actor);
  return reviewWrite(user, data.resultId, async (tx, result) => {
    const note = await tx.resultNote.create({ data: { resultId: result.id, authorId: user.userId, body: data.body }, select: { id: true } });
    await recordAudit(tx, user, { action: "note.added", organizationId: result.organizationId, resultId: result.id, detail: { noteId: note.id, length: data.body.length } });
    return { id: note.id };
  });
}

/** Setting the status it already has changes nothing and records nothing. */
export async function setReviewStatus(actor: Actor, data: TReviewStatusChange): Promise<{ status: ReviewStatus; changed: boolean }> {
  const user = requireUser(actor);
  const status = data.status as ReviewStatus;
  return reviewChange(user, data.resultId, "status", async (tx, result) => {
    if (result.reviewStatus === status) return { status, changed: false };
    await tx.result.update({ where: { id: result.id }, data: { reviewStatus: status, reviewStatusById: user.userId, reviewStatusAt: new Date() } });
    await recordAudit(tx, user, { action: "status.changed", organizationId: result.organizationId, resultId: result.id, detail: { from: result.reviewStatus, to: status } });
    return { status, changed: true };
  });
}

/**
 * A consultant's own recommendation, beside the model's (which is never changed). The audit
 * detail's `from` is the recommendation in force before: the previous override, else the model's.
 */
export async function setOverride(actor: Actor, data: TOverrideSet): Promise<{ recommendation: StructureId; changed: boolean }> {
  const user = requireUser(actor);
  return reviewChange(user, data.resultId, "override_set", async (tx, result) => {
    if (data.recommendation === result.recommendation) {
      throw new DomainError(
        "unprocessable",
        "override_matches_model",
        `The model already recommends ${STRUCTURES[result.recommendation].name}. An override must name a different structure; to follow the model, remove the override instead.`,
        [{ path: "recommendation", message: "Choose a structure other than the model's recommendation." }],
      );
    }
    if (result.overrideRecommendation === data.recommendation && result.overrideJustification === data.justification) {
      return { recommendation: data.recommendation, changed: false };
    }
    await tx.result.update({
      where: { id: result.id },
      data: {
        overrideRecommendation: data.recommendation,
        overrideJustification: data.justification,
        overriddenById: user.userId,
        overriddenAt: new Date(),
        recommendationInForce: data.recommendation,
      },
    });
    await recordAudit(tx, user, {
      action: "override.set",
      organizationId: result.organizationId,
      resultId: result.id,
      detail: { from: result.overrideRecommendation ?? result.recommendation, to: data.recommendation, justification: data.justification },
    });
    return { recommendation: data.recommendation, changed: true };
  });
}

/** Back to the model's recommendation. Removing an override that is not there changes nothing and records nothing. */
export async function clearOverride(actor: Actor, data: TOverrideClear): Promise<{ changed: boolean }> {
  const user = requireUser(actor);
  return reviewChange(user, data.resultId, "override_cleared", async (tx, result) => {
    if (!result.overrideRecommendation) return { changed: false };
    await tx.result.update({
      where: { id: result.id },
      data: { overrideRecommendation: null, overrideJustification: null, overriddenById: null, overriddenAt: null, recommendationInForce: result.recommendation },
    });
    await recordAudit(tx, user, {
      action: "override.cleared",
      organizationId: result.organizationId,
      resultId: result.id,
      detail: { from: result.overrideRecommendation, to: result.recommendation },
    });
    return { changed: true };
  });
}
