/**
 * Results side by side for the consultant workspace, and the results a consultant may put next
 * to one: any results the actor reviews, from one organization over time or across several.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { buildComparison, type ResultComparison } from "../portfolio/compare";
import type { StructureId } from "../scoring/types";
import type { TCompareIds } from "../validation/review";
import { findReviewableResultRef, findReviewableResults } from "../results/queries";
import { readRecommendation } from "../results/read-model";
import { outputIn } from "../scoring/translations/output";

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

const personSelect = { name: true, email: true } as const;

function respondentOf(respondentName: string | null | undefined, account: { name: string | null; email: string } | null): string {
  return respondentName ?? account?.name ?? account?.email ?? "Unnamed respondent";
}

/**
 * Results in the order given, the first being the baseline. One result the actor may not review
 * refuses the whole request, with the same answer as for an id that does not exist.
 */
export async function compareResults(actor: Actor, resultIds: TCompareIds, locale: Locale = DEFAULT_LOCALE): Promise<ResultComparisonView> {
  const ordered = await findReviewableResults(actor, resultIds);
  const results = ordered.map((result) => ({
    resultId: result.id,
    organizationId: result.organizationId,
    organizationName: result.details.organizationName ?? "Organization",
    respondent: respondentOf(result.details.respondentName, result.respondentAccount),
    respondentRole: result.details.respondentRole ?? null,
    submittedAt: result.createdAt,
    recommendation: result.output.recommended,
    overrideRecommendation: result.review.override?.recommendation ?? null,
  }));
  const comparison = buildComparison(
    ordered.map((result, index) => ({
      resultId: result.id,
      label: `${index + 1}. ${respondentOf(result.details.respondentName, result.respondentAccount)}`,
      answers: result.answers,
      // Drivers' answers as the reader's language writes them, as on each result's own page.
      output: outputIn({ output: result.output, answers: result.answers }, locale),
    })),
    locale,
  );
  return { results, comparison };
}

/** The organization's other results, newest first, for the "Compare with…" choice on a result's page. */
export async function listCompareCandidates(actor: Actor, resultId: string): Promise<CompareCandidate[]> {
  const { id, organizationId } = await findReviewableResultRef(actor, resultId);
  const rows = await db.result.findMany({
    where: { assessment: { organizationId }, id: { not: id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMPARE_CANDIDATE_LIMIT,
    select: { id: true, createdAt: true, respondentName: true, respondentRole: true, recommendation: true, assessment: { select: { user: { select: personSelect } } } },
  });
  return rows.map((row) => ({
    resultId: row.id,
    respondent: respondentOf(row.respondentName, row.assessment.user),
    respondentRole: row.respondentRole,
    submittedAt: row.createdAt.toISOString(),
    recommendation: readRecommendation(row.id, row.recommendation),
  }));
}
