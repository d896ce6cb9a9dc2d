/**
 * Results side by side for the consultant workspace, and the results a consultant may put next
 * to one: any results the actor reviews, from one organization over time or across several.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { isConsultantOf } from "../auth/permissions";
import { db } from "../db";
import { buildComparison, type ComparedOutput, type ResultComparison } from "../portfolio/compare";
import type { TAnswers } from "../questionnaire/schema";
import type { StructureId } from "../scoring/types";
import { ZRecordId } from "../validation/organizations";
import { ZCompareIds } from "../validation/review";
import { DomainError, parseOrThrow } from "../errors";
import { requireUser } from "./organizations";

/** The newest results offered beside one result; older ones can still be named in the address. */
export const COMPARE_CANDIDATE_LIMIT = 50;

export interface ComparedResultDetails {
  resultId: string;
  organizationId: string;
  organizationName: string;
  respondent: string;
  respondentRole: string | null;
  submittedAt: string;
  recommendation: StructureId;
  /** The consultant's recommendation when they overrode the model's. */
  overrideRecommendation: StructureId | null;
}

export interface ResultComparisonView {
  results: ComparedResultDetails[];
  comparison: ResultComparison;
}

export type CompareCandidate = Omit<ComparedResultDetails, "organizationId" | "organizationName" | "overrideRecommendation">;

function resultNotFound(): DomainError {
  return new DomainError("not_found", "result_not_found", "No result matches this link, or it is not one you may see.");
}

const personSelect = { name: true, email: true } as const;

function respondentOf(row: { respondentName: string | null; assessment: { user: { name: string | null; email: string } | null } }): string {
  return row.respondentName ?? row.assessment.user?.name ?? row.assessment.user?.email ?? "Unnamed respondent";
}

/**
 * Results in the order given, the first being the baseline. One result the actor may not review
 * refuses the whole request, with the same answer as for an id that does not exist.
 */
export async function compareResults(actor: Actor, ids: unknown): Promise<ResultComparisonView> {
  requireUser(actor);
  const resultIds = parseOrThrow(ZCompareIds, ids, ["ids"]);
  const rows = await db.result.findMany({
    where: { id: { in: resultIds } },
    select: {
      id: true,
      createdAt: true,
      answers: true,
      output: true,
      organizationName: true,
      respondentName: true,
      respondentRole: true,
      recommendation: true,
      overrideRecommendation: true,
      assessment: { select: { organizationId: true, organization: { select: { name: true } }, user: { select: personSelect } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = resultIds.map((id) => {
    const row = byId.get(id);
    const organizationId = row?.assessment.organizationId ?? null;
    if (!row || organizationId === null || !isConsultantOf(actor, organizationId)) throw resultNotFound();
    return { row, organizationId };
  });
  const results = ordered.map(({ row, organizationId }) => ({
    resultId: row.id,
    organizationId,
    organizationName: row.assessment.organization?.name ?? row.organizationName ?? "Organization",
    respondent: respondentOf(row),
    respondentRole: row.respondentRole,
    submittedAt: row.createdAt.toISOString(),
    recommendation: row.recommendation as StructureId,
    overrideRecommendation: row.overrideRecommendation as StructureId | null,
  }));
  const comparison = buildComparison(
    ordered.map(({ row }, index) => ({
      resultId: row.id,
      label: `${index + 1}. ${respondentOf(row)}`,
      answers: row.answers as TAnswers,
      output: row.output as unknown as ComparedOutput,
    })),
  );
  return { results, comparison };
}

/** The organization's other results, newest first, for the "Compare with…" choice on a result's page. */
export async function listCompareCandidates(actor: Actor, resultId: unknown): Promise<CompareCandidate[]> {
  requireUser(actor);
  const id = parseOrThrow(ZRecordId, resultId, ["resultId"]);
  const result = await db.result.findUnique({ where: { id }, select: { assessment: { select: { organizationId: true } } } });
  const organizationId = result?.assessment.organizationId ?? null;
  if (!result || organizationId === null || !isConsultantOf(actor, organizationId)) throw resultNotFound();
  const rows = await db.result.findMany({
    where: { assessment: { organizationId }, id: { not: id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMPARE_CANDIDATE_LIMIT,
    select: { id: true, createdAt: true, respondentName: true, respondentRole: true, recommendation: true, assessment: { select: { user: { select: personSelect } } } },
  });
  return rows.map((row) => ({
    resultId: row.id,
    respondent: respondentOf(row),
    respondentRole: row.respondentRole,
    submittedAt: row.createdAt.toISOString(),
    recommendation: row.recommendation as StructureId,
  }));
}
