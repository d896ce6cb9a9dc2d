/**
 * What a consultant learns from several results together: one organization's respondents
 * combined (with role weights and where they disagree), the portfolio's distribution of
 * recommended structures, and a result's organization against its peers.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, UserActor } from "../auth/actor";
import { isConsultantOf, reviewableOrganizationIds } from "../auth/permissions";
import { db, serializeWrite } from "../db";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { combineRespondents, type OrganizationAggregate, type RespondentResult } from "../portfolio/aggregate";
import { disagreementAgenda, type DisagreementAgenda } from "../portfolio/disagreement";
import type { ReportStructureChart } from "../report/model";
import { organizationStructureChart } from "../report/structure-sections";
import { portfolioDistribution, type PortfolioDistribution } from "../portfolio/distribution";
import { resultCountGroups, type ResultCountGroup, type ResultCountRow } from "../portfolio/result-counts";
import { MIN_PEER_ORGANIZATIONS, PEER_RESPONDENTS_PER_ORGANIZATION, meanDimensions, peerBenchmark, peerBenchmarkRuleIn, type PeerBenchmark } from "../portfolio/peer-benchmark";
import { industryOptionsIn, sizeBandOptionsIn } from "../portfolio/profile-labels";
import { readRoleWeights, storedRoleWeights, type RoleWeights, type TRoleWeightsUpdate } from "../validation/aggregation";
import { reviewableResultWhere } from "../results/queries";
import { MAX_COMBINED_RESPONDENTS, findOrganizationRespondents, inSlices, latestPerRespondent, respondentResults, type RespondentScope } from "../results/respondents";
import { recordAudit } from "./audit";
import { assertWorkspaceUser, organizationNotFound, requireUser, resultNotFound } from "../auth/access";

export interface OrganizationInsights {
  organization: { id: string; name: string };
  aggregate: OrganizationAggregate;
  agenda: DisagreementAgenda;
  /** The combined recommendation as an org chart beside today's roles; null when nothing is combined. */
  structureChart: ReportStructureChart | null;
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

/** The combined recommendation drawn against the respondents' account of today's roles; combineRespondents keeps its input's order. */
function structureChartOf(aggregate: OrganizationAggregate, respondents: readonly RespondentResult[], locale: Locale): ReportStructureChart | null {
  if (!aggregate.combined) return null;
  const members = respondents.flatMap((result, index) => {
    const counted = aggregate.respondents[index];
    return counted ? [{ result, label: counted.label, weight: counted.weight }] : [];
  });
  return organizationStructureChart(aggregate.combined.recommendation, members, locale);
}

/** The combined view, its agenda and its chart, written in the reader's language. */
export async function getOrganizationAggregate(actor: Actor, organizationId: string, scope: RespondentScope = {}, locale: Locale = DEFAULT_LOCALE): Promise<OrganizationInsights> {
  const { organization, weights, respondents, respondentTotal } = await findOrganizationRespondents(actor, organizationId, scope);
  const aggregate = combineRespondents(respondents, weights, { locale });
  return {
    organization: { id: organization.id, name: organization.name },
    aggregate,
    agenda: disagreementAgenda(respondents, undefined, locale),
    structureChart: structureChartOf(aggregate, respondents, locale),
    respondentTotal,
    respondentLimit: MAX_COMBINED_RESPONDENTS,
  };
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Changes the organization's role weights; the change and its audit record land together. */
export async function setRoleWeights(actor: Actor, { organizationId, ...weights }: TRoleWeightsUpdate): Promise<{ organizationId: string; weights: RoleWeights; changed: boolean }> {
  const user = requireUser(actor);
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

/**
 * The distribution of recommended structures over the organizations the actor reviews. The
 * database groups the results by organization and structure, so this reads one small row per
 * pair instead of a row per result, and never a stored output.
 */
export async function getPortfolioDistribution(actor: Actor, locale: Locale = DEFAULT_LOCALE): Promise<PortfolioDistribution> {
  assertWorkspaceUser(actor, "Only consultants and administrators can see the portfolio.");
  const scope = reviewableOrganizationIds(actor);
  if (scope !== null && scope.length === 0) return portfolioDistribution([], [], locale);
  const groupCounts = (where: Prisma.ResultWhereInput) =>
    db.result.groupBy({ by: ["organizationId", "recommendationInForce"], where, _count: { _all: true } });
  const profileSelect = { id: true, sizeBand: true, industry: true } as const;
  const [groups, organizations] =
    scope === null
      ? await Promise.all([groupCounts({ organizationId: { not: null } }), db.organization.findMany({ select: profileSelect })])
      : [
          await inSlices(scope, (slice) => groupCounts({ organizationId: { in: slice } })),
          await inSlices(scope, (slice) => db.organization.findMany({ where: { id: { in: slice } }, select: profileSelect })),
        ];
  const counts = groups.flatMap((group) =>
    group.organizationId === null ? [] : [{ organizationId: group.organizationId, recommendation: group.recommendationInForce, count: group._count._all }],
  );
  return portfolioDistribution(counts, organizations, locale);
}

export interface PortfolioResultCounts {
  bySizeBand: ResultCountGroup[];
  byIndustry: ResultCountGroup[];
}

/**
 * The actor's submitted results by the structure in force, per size band and per industry, grouped
 * on the columns the results table filters on, so each count links to exactly those results.
 */
export async function getPortfolioResultCounts(actor: Actor, locale: Locale = DEFAULT_LOCALE): Promise<PortfolioResultCounts> {
  assertWorkspaceUser(actor, "Only consultants and administrators can see the portfolio.");
  const scope = reviewableOrganizationIds(actor);
  const count = async (column: "sizeBand" | "industry"): Promise<ResultCountRow[]> => {
    const groupBy = (where: Prisma.ResultWhereInput) => db.result.groupBy({ by: [column, "recommendationInForce"], where, _count: { _all: true } });
    const groups =
      scope === null ? await groupBy({ organizationId: { not: null } }) : await inSlices(scope, (slice) => groupBy({ organizationId: { in: slice } }));
    // Slices of a large scope group separately; the pure function sums rows with the same key.
    return groups.map((group) => ({ key: group[column], recommendation: group.recommendationInForce, count: group._count._all }));
  };
  if (scope !== null && scope.length === 0) return { bySizeBand: [], byIndustry: [] };
  const [sizes, industries] = await Promise.all([count("sizeBand"), count("industry")]);
  return {
    bySizeBand: resultCountGroups(sizes, sizeBandOptionsIn(locale), translator(locale, "Portfolio")("sizeBandNotGiven")),
    byIndustry: resultCountGroups(industries, industryOptionsIn(locale), translator(locale, "Portfolio")("industryNotGiven")),
  };
}

/**
 * The result's organization against the other organizations of the actor's portfolio whose
 * profile has the result's size band and industry. Peers without a submitted result do not count.
 */
export async function getPeerBenchmark(actor: Actor, resultId: string, locale: Locale = DEFAULT_LOCALE): Promise<ResultPeerBenchmark> {
  const user = requireUser(actor);
  const result = await db.result.findFirst({ where: { AND: [{ id: resultId }, reviewableResultWhere(user)] }, select: { organizationId: true, sizeBand: true, industry: true } });
  if (!result || result.organizationId === null) throw resultNotFound();
  const { organizationId, sizeBand, industry } = result;
  const group = {
    sizeBand,
    sizeBandLabel: sizeBandOptionsIn(locale).find((band) => band.id === sizeBand)?.label ?? null,
    industry,
    industryLabel: industryOptionsIn(locale).find((option) => option.id === industry)?.label ?? null,
  };
  const hidden = (reason: "too_few_peers" | "no_profile"): ResultPeerBenchmark => ({
    group,
    benchmark: { status: "hidden", reason, minimum: MIN_PEER_ORGANIZATIONS, rule: peerBenchmarkRuleIn(locale) },
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
  return { group, benchmark: peerBenchmark(dimensionsOf(organizationId), peerIds.map(dimensionsOf), locale) };
}
