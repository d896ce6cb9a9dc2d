/**
 * The read-only API's data beyond the results table: one result with its review, and the
 * organizations the caller reviews. Like the workspace, it serves consultants and administrators.
 */
import "server-only";
import { assertWorkspaceUser } from "../auth/access";
import type { Actor } from "../auth/actor";
import { reviewableOrganizationIds } from "../auth/permissions";
import { db } from "../db";
import { findReviewableResult } from "../results/queries";
import type { StoredResult } from "../results/read-model";

/** A result as its consultants review it, with its organization's name as the results table lists it. */
export interface ReviewedResult extends StoredResult {
  organizationId: string;
  organizationName: string;
}

export interface ReviewedOrganization {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
  resultCount: number;
}

/** One result in full, with the consultants' review of it; 404 outside the caller's organizations. */
export async function getResultWithReview(actor: Actor, resultId: string): Promise<ReviewedResult> {
  const result = await findReviewableResult(actor, resultId);
  return { ...result, organizationName: result.clientName || (result.details.organizationName ?? "") };
}

/** The organizations whose results the caller reviews, by name, with how many results each holds. */
export async function listReviewedOrganizations(actor: Actor): Promise<ReviewedOrganization[]> {
  assertWorkspaceUser(actor, "Only consultants and administrators can list the organizations they review.");
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
