/**
 * What consultants review and what executives see of their own work: assessment lists and
 * reopening one's own draft. Every query is scoped by the actor before it runs; results
 * themselves are read through lib/results.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { db, serializeWrite } from "../db";
import type { ConfidenceLevel, StructureId } from "../scoring/types";
import { readRecommendation, readReviewStatus } from "../results/read-model";
import type { ReviewStatus } from "../validation/portfolio";
import { DomainError, parseOrThrow } from "../errors";
import { assertConsultantOf, requireUser } from "../auth/access";
import { parseOrganizationId } from "./organizations";
import { ZRecordId } from "../validation/organizations";

export interface ResultSummary {
  id: string;
  /** The recommendation in force: a consultant's override where there is one, else the model's. */
  recommendation: StructureId;
  overridden: boolean;
  confidence: ConfidenceLevel;
  reviewStatus: ReviewStatus;
  createdAt: string;
}

export interface AssessmentSummary {
  id: string;
  status: "draft" | "submitted";
  organizationId: string | null;
  organizationName: string | null;
  /** Whoever answered, as they named themselves, else their account name or email. */
  respondent: string | null;
  respondentRole: string | null;
  createdAt: string;
  updatedAt: string;
  result: ResultSummary | null;
}

const summarySelect = {
  id: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  organizationId: true,
  organizationName: true,
  respondentName: true,
  respondentRole: true,
  organization: { select: { name: true } },
  user: { select: { name: true, email: true } },
  result: {
    select: { id: true, recommendation: true, recommendationInForce: true, confidence: true, reviewStatus: true, createdAt: true, respondentName: true, respondentRole: true },
  },
} as const satisfies Prisma.AssessmentSelect;

type SummaryRow = Prisma.AssessmentGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    status: row.result ? "submitted" : "draft",
    organizationId: row.organizationId,
    organizationName: row.organization?.name ?? row.organizationName,
    respondent: row.result?.respondentName ?? row.respondentName ?? row.user?.name ?? row.user?.email ?? null,
    respondentRole: row.result?.respondentRole ?? row.respondentRole,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    result: row.result
      ? {
          id: row.result.id,
          recommendation: readRecommendation(row.result.id, row.result.recommendationInForce),
          overridden: row.result.recommendationInForce !== row.result.recommendation,
          confidence: row.result.confidence as ConfidenceLevel,
          reviewStatus: readReviewStatus(row.result.id, row.result.reviewStatus),
          createdAt: row.result.createdAt.toISOString(),
        }
      : null,
  };
}

/** Every assessment taken in the organization, drafts included, for its consultants only. */
export async function listOrganizationAssessments(actor: Actor, organizationId: unknown): Promise<AssessmentSummary[]> {
  const id = parseOrganizationId(organizationId);
  assertConsultantOf(actor, id);
  const rows = await db.assessment.findMany({ where: { organizationId: id }, orderBy: { updatedAt: "desc" }, select: summarySelect });
  return rows.map(toSummary);
}

/** The signed-in user's own assessments, whatever organization they were taken in. */
export async function listMyAssessments(actor: Actor): Promise<AssessmentSummary[]> {
  const user = requireUser(actor);
  const rows = await db.assessment.findMany({ where: { userId: user.userId }, orderBy: { updatedAt: "desc" }, select: summarySelect });
  return rows.map(toSummary);
}

/**
 * Gives the owner a working resume link for their draft. Only hashes are stored, so the old
 * link cannot be shown again; a new token replaces it, and the old link stops working.
 */
export async function reopenOwnDraft(actor: Actor, assessmentId: unknown): Promise<{ token: string } | { resultId: string }> {
  const user = requireUser(actor);
  const id = parseOrThrow(ZRecordId, assessmentId, ["assessmentId"]);
  const token = newOpaqueToken();
  return serializeWrite(async () => {
    // Scoped by owner in the query itself: someone else's draft is simply not found.
    const assessment = await db.assessment.findFirst({ where: { id, userId: user.userId }, select: { id: true, result: { select: { id: true } } } });
    if (!assessment) throw new DomainError("not_found", "assessment_not_found", "No assessment of yours matches this link.");
    if (assessment.result) return { resultId: assessment.result.id };
    await db.assessment.update({ where: { id: assessment.id }, data: { resumeTokenHash: hashOpaqueToken(token) } });
    return { token };
  });
}
