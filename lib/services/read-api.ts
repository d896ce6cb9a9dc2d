/**
 * The read-only API's data beyond the results table: one result with its review, and the
 * organizations the caller reviews. Like the workspace, it serves consultants and administrators.
 */
import "server-only";
import { requiresTotp, type Actor, type UserActor } from "../auth/actor";
import { canUseWorkspace, reviewableOrganizationIds } from "../auth/permissions";
import { db } from "../db";
import type { StructureId } from "../scoring/types";
import type { ReviewStatus } from "../validation/portfolio";
import { DomainError } from "../errors";
import { requireUser } from "./organizations";
import { getResultForReview, type ViewedResult } from "./workspace";

/** A result as its consultants review it: the stored result, its organization and their review. */
export interface ReviewedResult extends ViewedResult {
  organizationId: string;
  organizationName: string;
  reviewStatus: ReviewStatus;
  override: { recommendation: StructureId; justification: string; overriddenAt: string | null } | null;
}

export interface ReviewedOrganization {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  resultCount: number;
}

/**
 * Consultants (of any organization) and administrators: an executive is told why rather than
 * shown an empty portfolio, and someone whose role needs a second factor is sent to set it up.
 */
export function assertReviewer(actor: Actor, refusal: string): UserActor {
  const user = requireUser(actor);
  if (canUseWorkspace(actor)) return user;
  if (user.mustEnrollTotp && requiresTotp(user)) {
    throw new DomainError("forbidden", "second_factor_required", "Set up two-step verification before you use your consultant rights.");
  }
  throw new DomainError("forbidden", "consultants_only", refusal);
}

/** One result in full, with the consultants' review of it; 404 outside the caller's organizations. */
export async function getResultWithReview(actor: Actor, resultId: unknown): Promise<ReviewedResult> {
  const result = await getResultForReview(actor, resultId);
  const { organizationId } = result;
  // getResultForReview answers only for results inside one of the caller's organizations; this narrows the type.
  if (organizationId === null) throw new DomainError("not_found", "result_not_found", "No result matches this link, or it is not one you may see.");
  const row = await db.result.findUniqueOrThrow({
    where: { id: result.id },
    select: { clientName: true, reviewStatus: true, overrideRecommendation: true, overrideJustification: true, overriddenAt: true },
  });
  return {
    ...result,
    organizationId,
    organizationName: row.clientName || (result.details.organizationName ?? ""),
    reviewStatus: row.reviewStatus as ReviewStatus,
    override:
      row.overrideRecommendation === null
        ? null
        : {
            recommendation: row.overrideRecommendation as StructureId,
            justification: row.overrideJustification ?? "",
            overriddenAt: row.overriddenAt?.toISOString() ?? null,
          },
  };
}

/** The organizations whose results the caller reviews, by name, with how many results each holds. */
export async function listReviewedOrganizations(actor: Actor): Promise<ReviewedOrganization[]> {
  assertReviewer(actor, "Only consultants and administrators can list the organizations they review.");
  const scope = reviewableOrganizationIds(actor);
  const organizations = await db.organization.findMany({
    where: scope === null ? {} : { id: { in: scope } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, industry: true, sizeBand: true },
  });
  if (organizations.length === 0) return [];
  const counts = await db.result.groupBy({
    by: ["organizationId"],
    where: { organizationId: scope === null ? { not: null } : { in: scope } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((group) => [group.organizationId, group._count._all]));
  return organizations.map((organization) => ({ ...organization, resultCount: countOf.get(organization.id) ?? 0 }));
}
