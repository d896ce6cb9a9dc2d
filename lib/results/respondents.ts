/**
 * Results read several at a time for what consultants learn from them together: an
 * organization's respondents for its combined view and report, and the respondents of peer
 * organizations. A respondent is the account that answered; a result without an account counts
 * as its own respondent, and only their latest result counts.
 */
import "server-only";
import { organizationNotFound, requireUser } from "../auth/access";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { DomainError } from "../errors";
import type { RespondentResult } from "../portfolio/aggregate";
import type { ScoringOutput } from "../scoring/types";
import { readRoleWeights, type RoleWeights } from "../validation/aggregation";
import { reviewableOrganizationWhere } from "./queries";
import { readRecommendation, readStoredAnswers, readStoredOutput } from "./read-model";

/**
 * The combined view reads at most this many respondents, the most recent first: an executive
 * team is far smaller, and the cap keeps one organization's page from loading thousands of outputs.
 */
export const MAX_COMBINED_RESPONDENTS = 200;

/** SQLite binds at most 999 values per statement, so long lists of ids are queried slice by slice. */
const ID_SLICE = 500;

export async function inSlices<T>(ids: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += ID_SLICE) rows.push(...(await query(ids.slice(start, start + ID_SLICE))));
  return rows;
}

/**
 * Each organization's latest result per respondent, newest first and at most `limit` of them.
 * Only indexed, narrow columns are read here; outputs are loaded for the chosen ids alone.
 * The caller has checked that the actor reviews these organizations.
 */
export async function latestPerRespondent(organizationIds: string[], limit: number): Promise<{ chosen: Map<string, string[]>; totals: Map<string, number> }> {
  const rows = await inSlices(organizationIds, (slice) =>
    db.result.findMany({
      where: { organizationId: { in: slice } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, organizationId: true, assessment: { select: { userId: true } } },
    }),
  );
  const seen = new Map<string, Set<string>>();
  const chosen = new Map<string, string[]>();
  for (const row of rows) {
    if (row.organizationId === null) continue;
    const respondents = seen.get(row.organizationId) ?? new Set<string>();
    seen.set(row.organizationId, respondents);
    const key = row.assessment.userId ?? `result:${row.id}`;
    if (respondents.has(key)) continue;
    respondents.add(key);
    const ids = chosen.get(row.organizationId) ?? [];
    if (ids.length < limit) ids.push(row.id);
    chosen.set(row.organizationId, ids);
  }
  return { chosen, totals: new Map([...seen].map(([id, respondents]) => [id, respondents.size])) };
}

export type StoredRespondent = RespondentResult & { organizationId: string | null; output: ScoringOutput };

/** The chosen results with their parsed answers and outputs, in submission order. */
export async function respondentResults(resultIds: string[]): Promise<StoredRespondent[]> {
  const rows = await inSlices(resultIds, (slice) =>
    db.result.findMany({
      where: { id: { in: slice } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        organizationId: true,
        createdAt: true,
        respondentName: true,
        respondentRole: true,
        recommendation: true,
        recommendationInForce: true,
        answers: true,
        output: true,
        assessment: { select: { user: { select: { name: true, email: true } } } },
      },
    }),
  );
  return rows.map((row) => {
    const output = readStoredOutput(row.id, row.output);
    return {
      resultId: row.id,
      organizationId: row.organizationId,
      name: row.respondentName ?? row.assessment.user?.name ?? row.assessment.user?.email ?? null,
      role: row.respondentRole,
      submittedAt: row.createdAt.toISOString(),
      recommended: output.recommended,
      override: row.recommendationInForce === row.recommendation ? null : readRecommendation(row.id, row.recommendationInForce),
      scores: output.scores,
      answers: readStoredAnswers(row.id, row.answers),
      dimensions: output.dimensions,
      modelVersion: output.modelVersion,
      output,
    };
  });
}

export interface OrganizationRespondents {
  organization: { id: string; name: string; consultantFirmName: string | null };
  weights: RoleWeights;
  /** The respondents the combined view counts, in submission order, with their full stored outputs. */
  respondents: StoredRespondent[];
  respondentTotal: number;
}

/** Which respondents count: the organization's latest result per person, or one engagement's team. */
export interface RespondentScope {
  engagementId?: string;
}

/** The submitted results of one engagement's team, oldest first, up to the combined view's limit. */
async function engagementResultIds(organizationId: string, engagementId: string): Promise<{ chosen: string[]; total: number }> {
  if ((await db.engagement.count({ where: { id: engagementId, organizationId } })) === 0) {
    throw new DomainError("not_found", "engagement_not_found", "No engagement of this organization matches this link.");
  }
  const where = { organizationId, assessment: { engagementRespondent: { engagementId } } };
  const [rows, total] = await Promise.all([
    db.result.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: MAX_COMBINED_RESPONDENTS, select: { id: true } }),
    db.result.count({ where }),
  ]);
  return { chosen: rows.map((row) => row.id), total };
}

const organizationSelect = { id: true, name: true, consultantFirmName: true, roleWeights: true } as const;

async function teamOfEngagement(
  organization: { id: string; name: string; consultantFirmName: string | null; roleWeights: unknown },
  engagementId: string,
): Promise<OrganizationRespondents> {
  const { chosen, total } = await engagementResultIds(organization.id, engagementId);
  return {
    organization: { id: organization.id, name: organization.name, consultantFirmName: organization.consultantFirmName },
    weights: readRoleWeights(organization.roleWeights),
    respondents: await respondentResults(chosen),
    respondentTotal: total,
  };
}

/** What the combined view and the organization's report are built from, for its consultants and administrators only. */
export async function findOrganizationRespondents(actor: Actor, organizationId: string, scope: RespondentScope = {}): Promise<OrganizationRespondents> {
  const user = requireUser(actor);
  // Anyone but its consultants and administrators, executives of it included, learns nothing (404).
  const organization = await db.organization.findFirst({
    where: { AND: [{ id: organizationId }, reviewableOrganizationWhere(user)] },
    select: organizationSelect,
  });
  if (!organization) throw organizationNotFound();
  if (scope.engagementId) return teamOfEngagement(organization, scope.engagementId);
  const { chosen, totals } = await latestPerRespondent([organization.id], MAX_COMBINED_RESPONDENTS);
  return {
    organization: { id: organization.id, name: organization.name, consultantFirmName: organization.consultantFirmName },
    weights: readRoleWeights(organization.roleWeights),
    respondents: await respondentResults(chosen.get(organization.id) ?? []),
    respondentTotal: totals.get(organization.id) ?? 0,
  };
}

/**
 * One engagement's team, for a share link to its report: no account is asked for, the link is the
 * credential, and its caller (openSharedReport) has checked it and its creator. Null when gone.
 */
export async function findSharedEngagementRespondents(organizationId: string, engagementId: string): Promise<OrganizationRespondents | null> {
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: organizationSelect });
  if (!organization) return null;
  return teamOfEngagement(organization, engagementId);
}
