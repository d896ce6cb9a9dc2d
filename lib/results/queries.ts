/**
 * The one way to read stored results. Each query carries the actor's access in its `where`
 * clause, so a result the actor may not see is never loaded, and every view (result page,
 * review, API, compare, downloads, share links) reads it through here:
 *
 * - viewable: the respondent, the consultants of the result's organization, administrators;
 * - reviewable: the consultants of the result's organization and administrators.
 *
 * Rows are parsed by ./read-model.ts before they leave this module.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requireUser, resultNotFound } from "../auth/access";
import type { Actor, UserActor } from "../auth/actor";
import { reviewableOrganizationIds } from "../auth/permissions";
import { db } from "../db";
import { isLocale, type Locale } from "../i18n/locales";
import { readStoredResult, type StoredResult } from "./read-model";

export const storedResultSelect = {
  id: true,
  createdAt: true,
  questionnaireVersion: true,
  modelVersion: true,
  answers: true,
  output: true,
  organizationName: true,
  respondentName: true,
  respondentRole: true,
  clientName: true,
  reviewStatus: true,
  reviewStatusAt: true,
  reviewStatusBy: { select: { name: true, email: true } },
  overrideRecommendation: true,
  overrideJustification: true,
  overriddenAt: true,
  overriddenBy: { select: { name: true, email: true } },
  assessment: { select: { id: true, organizationId: true, organization: { select: { name: true } }, user: { select: { name: true, email: true } } } },
} as const satisfies Prisma.ResultSelect;

/**
 * PostgreSQL reads a nested relation in a query of its own: a result deleted between the two comes
 * back without its assessment. Such a row is gone, and reads as not found rather than as a crash.
 */
function stillThere<T extends { assessment: unknown }>(row: T | null | undefined): T | null {
  return row?.assessment ? row : null;
}

/** Ids per IN list: far below SQLite's limit on query parameters, with room for the other conditions. */
const IN_LIST_SIZE = 500;

/**
 * Assessments in the organizations the actor reviews, or null when they review none (an
 * executive, or a consultant who has not set up a second factor yet). A consultant of more
 * organizations than one list of parameters holds is matched through their memberships.
 */
export function reviewableAssessments(actor: UserActor): Prisma.AssessmentWhereInput | null {
  const scope = reviewableOrganizationIds(actor);
  if (scope === null) return { organizationId: { not: null } };
  if (scope.length === 0) return null;
  if (scope.length <= IN_LIST_SIZE) return { organizationId: { in: scope } };
  return { organization: { memberships: { some: { userId: actor.userId, role: "consultant" } } } };
}

/** The organizations the actor reviews, as a condition on Organization. */
export function reviewableOrganizationWhere(actor: UserActor): Prisma.OrganizationWhereInput {
  const scope = reviewableOrganizationIds(actor);
  if (scope === null) return {};
  if (scope.length === 0) return { id: { in: [] } };
  return { memberships: { some: { userId: actor.userId, role: "consultant" } } };
}

export function viewableResultWhere(actor: UserActor): Prisma.ResultWhereInput {
  const own: Prisma.AssessmentWhereInput = { userId: actor.userId };
  const reviewable = reviewableAssessments(actor);
  return { assessment: reviewable ? { OR: [own, reviewable] } : own };
}

export function reviewableResultWhere(actor: UserActor): Prisma.ResultWhereInput {
  const reviewable = reviewableAssessments(actor);
  return reviewable ? { assessment: reviewable } : { id: { in: [] } };
}

/** Which result, and whose: what access decisions about a result need without its JSON. */
export interface ResultRef {
  id: string;
  organizationId: string | null;
}

const resultRefSelect = { id: true, assessment: { select: { organizationId: true } } } as const satisfies Prisma.ResultSelect;

/** A result the actor may view, without reading its answers or output; 404 for any other id. */
export async function findViewableResultRef(actor: Actor, resultId: string): Promise<ResultRef> {
  const user = requireUser(actor);
  const row = stillThere(await db.result.findFirst({ where: { AND: [{ id: resultId }, viewableResultWhere(user)] }, select: resultRefSelect }));
  if (!row) throw resultNotFound();
  return { id: row.id, organizationId: row.assessment.organizationId };
}

/** A result inside one of the organizations the actor reviews, without reading its JSON; 404 for any other. */
export async function findReviewableResultRef(actor: Actor, resultId: string): Promise<ResultRef & { organizationId: string }> {
  const user = requireUser(actor);
  const row = stillThere(await db.result.findFirst({ where: { AND: [{ id: resultId }, reviewableResultWhere(user)] }, select: resultRefSelect }));
  const organizationId = row?.assessment.organizationId ?? null;
  if (!row || organizationId === null) throw resultNotFound();
  return { id: row.id, organizationId };
}

/** Whether the actor may still view the result (a share link's creator, say), as a yes or no. */
export async function isResultViewable(actor: UserActor, resultId: string): Promise<boolean> {
  return (await db.result.count({ where: { AND: [{ id: resultId }, viewableResultWhere(actor)] } })) > 0;
}

/** A stored result the actor may view; 404 for any other id, so nothing is confirmed. */
export async function findViewableResult(actor: Actor, resultId: string): Promise<StoredResult> {
  const user = requireUser(actor);
  const row = stillThere(await db.result.findFirst({ where: { AND: [{ id: resultId }, viewableResultWhere(user)] }, select: storedResultSelect }));
  if (!row) throw resultNotFound();
  return readStoredResult(row);
}

/** A result inside one of the organizations the actor reviews; 404 for any other. */
export async function findReviewableResult(actor: Actor, resultId: string): Promise<StoredResult & { organizationId: string }> {
  const user = requireUser(actor);
  const row = stillThere(await db.result.findFirst({ where: { AND: [{ id: resultId }, reviewableResultWhere(user)] }, select: storedResultSelect }));
  const result = row ? readStoredResult(row) : null;
  if (!result || result.organizationId === null) throw resultNotFound();
  return { ...result, organizationId: result.organizationId };
}

/** Several reviewable results in the order given; one the actor may not review refuses them all, as an unknown id would. */
export async function findReviewableResults(actor: Actor, resultIds: readonly string[]): Promise<(StoredResult & { organizationId: string })[]> {
  const user = requireUser(actor);
  const rows = await db.result.findMany({ where: { AND: [{ id: { in: [...resultIds] } }, reviewableResultWhere(user)] }, select: storedResultSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return resultIds.map((id) => {
    const row = stillThere(byId.get(id));
    const result = row ? readStoredResult(row) : null;
    if (!result || result.organizationId === null) throw resultNotFound();
    return { ...result, organizationId: result.organizationId };
  });
}

/**
 * The result of an assessment whose credential (its resume token, or a share link) the caller
 * has already proved; null when it has not been submitted.
 */
export async function findResultOfAssessment(assessmentId: string): Promise<StoredResult | null> {
  const row = stillThere(await db.result.findUnique({ where: { assessmentId }, select: storedResultSelect }));
  return row ? readStoredResult(row) : null;
}

/** A result that a working share link names; the link is the credential, checked by the caller. */
export async function findSharedResult(resultId: string): Promise<StoredResult | null> {
  const row = stillThere(await db.result.findUnique({ where: { id: resultId }, select: storedResultSelect }));
  return row ? readStoredResult(row) : null;
}

export interface FirmBranding {
  consultantFirmName: string | null;
  consultantFirmLogo: Uint8Array | null;
}

/** What an organization's reports carry from it: the consulting firm's name and logo, and the language its reports default to. */
export interface ReportOrganization {
  branding: FirmBranding;
  /** Null for a result outside any organization. */
  language: Locale | null;
}

/** Read only after access to the report was granted. */
export async function findReportOrganization(organizationId: string | null): Promise<ReportOrganization> {
  if (organizationId === null) return { branding: { consultantFirmName: null, consultantFirmLogo: null }, language: null };
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { consultantFirmName: true, language: true, logo: { select: { bytes: true } } },
  });
  return {
    branding: { consultantFirmName: organization?.consultantFirmName ?? null, consultantFirmLogo: organization?.logo?.bytes ?? null },
    language: isLocale(organization?.language) ? organization.language : null,
  };
}
