/**
 * What a consultant learns from several results together: one organization's respondents
 * combined (with role weights and where they disagree), the portfolio's distribution of
 * recommended structures, and a result's organization against its peers.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, UserActor } from "../auth/actor";
import { canUseWorkspace, isConsultantOf, reviewableOrganizationIds } from "../auth/permissions";
import { db, serializeWrite } from "../db";
import { combineRespondents, type OrganizationAggregate, type RespondentResult } from "../portfolio/aggregate";
import { disagreementAgenda, type DisagreementAgenda } from "../portfolio/disagreement";
import { portfolioDistribution, type PortfolioDistribution } from "../portfolio/distribution";
import { MIN_PEER_ORGANIZATIONS, PEER_BENCHMARK_RULE, PEER_RESPONDENTS_PER_ORGANIZATION, meanDimensions, peerBenchmark, type PeerBenchmark } from "../portfolio/peer-benchmark";
import type { TAnswers } from "../questionnaire/schema";
import type { ScoringOutput } from "../scoring/types";
import { ZRoleWeightsUpdate, readRoleWeights, storedRoleWeights, type RoleWeights } from "../validation/aggregation";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS, ZRecordId, labelOf } from "../validation/organizations";
import { recordAudit } from "./audit";
import { DomainError, parseOrThrow } from "../errors";
import { organizationNotFound, parseOrganizationId, requireUser } from "./organizations";

/**
 * The combined view reads at most this many respondents, the most recent first: an executive
 * team is far smaller, and the cap keeps one organization's page from loading thousands of outputs.
 */
export const MAX_COMBINED_RESPONDENTS = 200;

/** SQLite binds at most 999 values per statement, so long lists of ids are queried slice by slice. */
const ID_SLICE = 500;

async function inSlices<T>(ids: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += ID_SLICE) rows.push(...(await query(ids.slice(start, start + ID_SLICE))));
  return rows;
}

export interface OrganizationInsights {
  organization: { id: string; name: string };
  aggregate: OrganizationAggregate;
  agenda: DisagreementAgenda;
  /** Distinct respondents with a submitted result, before the cap. */
  respondentTotal: number;
  respondentLimit: number;
}

export interface ResultPeerBenchmark {
  group: { sizeBand: string | null; sizeBandLabel: string | null; industry: string | null; industryLabel: string | null };
  benchmark: PeerBenchmark;
}

/** Consultants of the organization and administrators; for anyone else it does not exist. */
function assertReviewer(actor: Actor, organizationId: string): UserActor {
  const user = requireUser(actor);
  if (!isConsultantOf(actor, organizationId)) throw organizationNotFound();
  return user;
}

/**
 * Each organization's latest result per respondent, newest first and at most `limit` of them.
 * A respondent is the account that answered; a result without an account counts as its own respondent.
 * Only indexed, narrow columns are read here; outputs are loaded for the chosen ids alone.
 */
async function latestPerRespondent(organizationIds: string[], limit: number): Promise<{ chosen: Map<string, string[]>; totals: Map<string, number> }> {
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

type StoredRespondent = RespondentResult & { organizationId: string | null; output: ScoringOutput };

async function respondentResults(resultIds: string[]): Promise<StoredRespondent[]> {
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
        answers: true,
        output: true,
        assessment: { select: { user: { select: { name: true, email: true } } } },
      },
    }),
  );
  return rows.map((row) => {
    const output = row.output as unknown as ScoringOutput;
    return {
      resultId: row.id,
      organizationId: row.organizationId,
      name: row.respondentName ?? row.assessment.user?.name ?? row.assessment.user?.email ?? null,
      role: row.respondentRole,
      submittedAt: row.createdAt.toISOString(),
      recommended: output.recommended,
      scores: output.scores,
      answers: row.answers as TAnswers,
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

/** What the combined view and the organization's report are built from, for its consultants and administrators only. */
export async function getOrganizationRespondents(actor: Actor, organizationId: unknown): Promise<OrganizationRespondents> {
  const id = parseOrganizationId(organizationId);
  assertReviewer(actor, id);
  const organization = await db.organization.findUnique({ where: { id }, select: { id: true, name: true, consultantFirmName: true, roleWeights: true } });
  if (!organization) throw organizationNotFound();
  const { chosen, totals } = await latestPerRespondent([id], MAX_COMBINED_RESPONDENTS);
  return {
    organization: { id: organization.id, name: organization.name, consultantFirmName: organization.consultantFirmName },
    weights: readRoleWeights(organization.roleWeights),
    respondents: await respondentResults(chosen.get(id) ?? []),
    respondentTotal: totals.get(id) ?? 0,
  };
}

export async function getOrganizationAggregate(actor: Actor, organizationId: unknown): Promise<OrganizationInsights> {
  const { organization, weights, respondents, respondentTotal } = await getOrganizationRespondents(actor, organizationId);
  return {
    organization: { id: organization.id, name: organization.name },
    aggregate: combineRespondents(respondents, weights),
    agenda: disagreementAgenda(respondents),
    respondentTotal,
    respondentLimit: MAX_COMBINED_RESPONDENTS,
  };
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Changes the organization's role weights; the change and its audit record land together. */
export async function setRoleWeights(actor: Actor, input: unknown): Promise<{ organizationId: string; weights: RoleWeights; changed: boolean }> {
  const user = requireUser(actor);
  const { organizationId, ...weights } = parseOrThrow(ZRoleWeightsUpdate, input);
  assertReviewer(actor, organizationId);
  const to = storedRoleWeights(weights);
  return serializeWrite(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { roleWeights: true } });
      if (!organization) throw organizationNotFound();
      const from = storedRoleWeights(readRoleWeights(organization.roleWeights));
      const changed = !sameWeights(from, to);
      if (changed) {
        await tx.organization.update({ where: { id: organizationId }, data: { roleWeights: to } });
        // The detail holds flat values only; the weights go in as the JSON the column stores.
        await recordAudit(tx, user, { action: "weights.changed", organizationId, detail: { from: JSON.stringify(from), to: JSON.stringify(to) } });
      }
      return { organizationId, weights: readRoleWeights(to), changed };
    }),
  );
}

function assertWorkspaceUser(actor: Actor): UserActor {
  const user = requireUser(actor);
  if (canUseWorkspace(actor)) return user;
  if (user.mustEnrollTotp) throw new DomainError("forbidden", "second_factor_required", "Set up two-step verification before you use your consultant rights.");
  throw new DomainError("forbidden", "consultants_only", "Only consultants and administrators can see the portfolio.");
}

/**
 * The distribution of recommended structures over the organizations the actor reviews. The
 * database groups the results by organization and structure, so this reads one small row per
 * pair instead of a row per result, and never a stored output.
 */
export async function getPortfolioDistribution(actor: Actor): Promise<PortfolioDistribution> {
  assertWorkspaceUser(actor);
  const scope = reviewableOrganizationIds(actor);
  if (scope !== null && scope.length === 0) return portfolioDistribution([], []);
  const groupCounts = (where: Prisma.ResultWhereInput) =>
    db.result.groupBy({ by: ["organizationId", "recommendation"], where, _count: { _all: true } });
  const profileSelect = { id: true, sizeBand: true, industry: true } as const;
  const [groups, organizations] =
    scope === null
      ? await Promise.all([groupCounts({ organizationId: { not: null } }), db.organization.findMany({ select: profileSelect })])
      : [
          await inSlices(scope, (slice) => groupCounts({ organizationId: { in: slice } })),
          await inSlices(scope, (slice) => db.organization.findMany({ where: { id: { in: slice } }, select: profileSelect })),
        ];
  const counts = groups.flatMap((group) =>
    group.organizationId === null ? [] : [{ organizationId: group.organizationId, recommendation: group.recommendation, count: group._count._all }],
  );
  return portfolioDistribution(counts, organizations);
}

function resultNotFound(): DomainError {
  return new DomainError("not_found", "result_not_found", "No result matches this link, or it is not one you may see.");
}

/**
 * The result's organization against the other organizations of the actor's portfolio whose
 * profile has the result's size band and industry. Peers without a submitted result do not count.
 */
export async function getPeerBenchmark(actor: Actor, resultId: unknown): Promise<ResultPeerBenchmark> {
  requireUser(actor);
  const id = parseOrThrow(ZRecordId, resultId, ["resultId"]);
  const result = await db.result.findUnique({ where: { id }, select: { organizationId: true, sizeBand: true, industry: true } });
  if (!result || result.organizationId === null || !isConsultantOf(actor, result.organizationId)) throw resultNotFound();
  const { organizationId, sizeBand, industry } = result;
  const group = {
    sizeBand,
    sizeBandLabel: labelOf(ORGANIZATION_SIZE_BANDS, sizeBand),
    industry,
    industryLabel: labelOf(ORGANIZATION_INDUSTRIES, industry),
  };
  const hidden = (reason: "too_few_peers" | "no_profile"): ResultPeerBenchmark => ({
    group,
    benchmark: { status: "hidden", reason, minimum: MIN_PEER_ORGANIZATIONS, rule: PEER_BENCHMARK_RULE },
  });
  if (sizeBand === null || industry === null) return hidden("no_profile");

  const scope = reviewableOrganizationIds(actor);
  const peerWhere = { sizeBand, industry };
  const candidates =
    scope === null
      ? await db.organization.findMany({ where: { ...peerWhere, id: { not: organizationId } }, select: { id: true } })
      : await inSlices(
          scope.filter((candidate) => candidate !== organizationId),
          (slice) => db.organization.findMany({ where: { ...peerWhere, id: { in: slice } }, select: { id: true } }),
        );
  const { chosen } = await latestPerRespondent([organizationId, ...candidates.map((candidate) => candidate.id)], PEER_RESPONDENTS_PER_ORGANIZATION);
  const peerIds = candidates.map((candidate) => candidate.id).filter((candidate) => (chosen.get(candidate)?.length ?? 0) > 0);
  // Decided before any output is read: a small group costs one narrow query.
  if (peerIds.length < MIN_PEER_ORGANIZATIONS) return hidden("too_few_peers");

  const results = await respondentResults([...chosen.values()].flat());
  const dimensionsOf = (organization: string) => meanDimensions(results.filter((row) => row.organizationId === organization).map((row) => row.dimensions));
  return { group, benchmark: peerBenchmark(dimensionsOf(organizationId), peerIds.map(dimensionsOf)) };
}
