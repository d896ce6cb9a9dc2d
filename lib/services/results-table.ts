/**
 * The consultant's results table: every result of the organizations the caller reviews, filtered,
 * searched and sorted on the indexed columns copied at submission, one keyset page at a time
 * (never OFFSET, so a deep page costs what the first one does). The export walks the same query.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, UserActor } from "../auth/actor";
import { reviewableOrganizationIds } from "../auth/permissions";
import { db } from "../db";
import { decodeCursor, encodeCursor, type ResultsCursor, type SortDirection } from "../portfolio/cursor";
import { foldForSearch } from "../portfolio/result-columns";
import type { ConfidenceLevel, StructureId } from "../scoring/types";
import { RESULTS_COUNT_LIMIT, ZResultsQuery, type ResultSort, type ReviewStatus, type TResultsQuery } from "../validation/portfolio";
import { DomainError, parseOrThrow } from "../errors";
import { assertWorkspaceUser, organizationNotFound } from "../auth/access";

export interface ResultRow {
  id: string;
  organizationId: string | null;
  clientName: string;
  respondentName: string | null;
  respondentRole: string | null;
  recommendation: StructureId;
  overrideRecommendation: StructureId | null;
  confidence: ConfidenceLevel;
  margin: number;
  industry: string | null;
  sizeBand: string | null;
  reviewStatus: ReviewStatus;
  /** ISO 8601, UTC. */
  createdAt: string;
}

export interface ResultsPage {
  rows: ResultRow[];
  /** The position after the last row, when more rows follow. */
  nextCursor: string | null;
  query: TResultsQuery;
}

export interface ResultsCount {
  /** The rows the filters match over all pages, counted up to RESULTS_COUNT_LIMIT. */
  total: number;
  /** True when more rows than `total` match: the count stopped at its limit. */
  capped: boolean;
}

/** A validated, authorized query: what both the table and the export run. */
export interface ResolvedResultsQuery {
  query: TResultsQuery;
  where: Prisma.ResultWhereInput;
  orderBy: Prisma.ResultOrderByWithRelationInput[];
}

export const resultRowSelect = {
  id: true,
  organizationId: true,
  clientName: true,
  respondentName: true,
  respondentRole: true,
  recommendation: true,
  overrideRecommendation: true,
  confidence: true,
  margin: true,
  industry: true,
  sizeBand: true,
  reviewStatus: true,
  createdAt: true,
} as const satisfies Prisma.ResultSelect;

type SelectedRow = Prisma.ResultGetPayload<{ select: typeof resultRowSelect }>;

export function toResultRow(row: SelectedRow): ResultRow {
  return {
    ...row,
    recommendation: row.recommendation as StructureId,
    overrideRecommendation: row.overrideRecommendation as StructureId | null,
    confidence: row.confidence as ConfidenceLevel,
    reviewStatus: row.reviewStatus as ReviewStatus,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The organizations whose results the caller may list: null means all of them (administrators). */
function reviewScope(actor: Actor): { user: UserActor; scope: string[] | null } {
  const user = assertWorkspaceUser(actor, "Only consultants and administrators can review results.");
  return { user, scope: reviewableOrganizationIds(user) };
}

/** Ids per IN list: far below SQLite's limit on query parameters, with room for the filters. */
const IN_LIST_SIZE = 500;

/**
 * The scope as a condition on the indexed organization column. A consultant of more
 * organizations than one list of parameters holds is checked against their memberships row by
 * row, which the database does only for rows that pass the other filters.
 */
async function organizationScope(actor: UserActor, scope: string[] | null, organization: string | undefined): Promise<Prisma.ResultWhereInput> {
  if (organization !== undefined) {
    const visible = scope === null ? (await db.organization.count({ where: { id: organization } })) > 0 : scope.includes(organization);
    if (!visible) throw organizationNotFound();
    return { organizationId: organization };
  }
  if (scope === null) return { organizationId: { not: null } };
  if (scope.length <= IN_LIST_SIZE) return { organizationId: { in: scope } };
  return { organization: { memberships: { some: { userId: actor.userId, role: "consultant" } } } };
}

const DAY_MS = 24 * 3600 * 1000;

function dateRange(from: string | undefined, to: string | undefined): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00.000Z`) } : {}),
    ...(to ? { lt: new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) } : {}),
  };
}

const SORT_COLUMNS = { date: "createdAt", organization: "clientName", margin: "margin" } as const satisfies Record<ResultSort, keyof SelectedRow>;

function orderBy(sort: ResultSort, dir: SortDirection): Prisma.ResultOrderByWithRelationInput[] {
  return [{ [SORT_COLUMNS[sort]]: dir }, { id: dir }];
}

/** The row's value in the sort column, as the cursor carries it. */
export function sortValue(row: Pick<SelectedRow, "createdAt" | "clientName" | "margin">, sort: ResultSort): string | number {
  switch (sort) {
    case "date":
      return row.createdAt.toISOString();
    case "organization":
      return row.clientName;
    case "margin":
      return row.margin;
  }
}

/**
 * Rows strictly after the cursor in (sort column, id) order: (column beyond value) OR (column
 * equal AND id beyond id). The redundant outer bound on the column lets the database seek in
 * the (column, id) index instead of testing the OR on every row.
 */
export function afterCursor(cursor: ResultsCursor): Prisma.ResultWhereInput {
  const ascending = cursor.dir === "asc";
  const beyond = <T>(value: T) => (ascending ? { gt: value } : { lt: value });
  const reaching = <T>(value: T) => (ascending ? { gte: value } : { lte: value });
  const id = beyond(cursor.id);
  switch (cursor.sort) {
    case "date": {
      const value = new Date(String(cursor.value));
      return { createdAt: reaching(value), OR: [{ createdAt: beyond(value) }, { createdAt: value, id }] };
    }
    case "organization": {
      const value = String(cursor.value);
      return { clientName: reaching(value), OR: [{ clientName: beyond(value) }, { clientName: value, id }] };
    }
    case "margin": {
      const value = Number(cursor.value);
      return { margin: reaching(value), OR: [{ margin: beyond(value) }, { margin: value, id }] };
    }
  }
}

/**
 * searchText is stored folded, so a substring test ignores case the same way on every database.
 * Prisma hands the term to LIKE unescaped, SQLite has no escape character and PostgreSQL's is
 * the backslash, so %, _ and \ cannot be searched for literally on both: the text between them
 * must all appear instead.
 */
function searchConditions(q: string): Prisma.ResultWhereInput[] {
  const parts = foldForSearch(q)
    .split(/[%_\\]+/)
    .filter((part) => part.trim() !== "");
  if (parts.length === 0) {
    const message = "Search for at least one letter or digit; %, _ and \\ are not searched for.";
    throw new DomainError("invalid", "invalid_request", `q: ${message}`, [{ path: "q", message }]);
  }
  return parts.map((part) => ({ searchText: { contains: part } }));
}

/** ZResultsQuery checked the sort against RESULT_SORTS; its inferred type is only widened to string. */
export function sortOf(query: TResultsQuery): ResultSort {
  return query.sort as ResultSort;
}

/** Checks the caller and the query, and builds the filters; the cursor and page size are the caller's to apply. */
export async function resolveResultsQuery(actor: Actor, input: unknown): Promise<ResolvedResultsQuery> {
  const { user, scope } = reviewScope(actor);
  const query = parseOrThrow(ZResultsQuery, input);
  const inScope = await organizationScope(user, scope, query.organization);
  const filters: Prisma.ResultWhereInput = {};
  // The structure in force: a consultant's override counts as what the client was advised.
  if (query.recommendation) filters.recommendationInForce = query.recommendation;
  if (query.confidence) filters.confidence = query.confidence;
  if (query.industry) filters.industry = query.industry;
  if (query.size) filters.sizeBand = query.size;
  if (query.role) filters.respondentRole = query.role;
  if (query.status) filters.reviewStatus = query.status;
  const createdAt = dateRange(query.from, query.to);
  if (createdAt) filters.createdAt = createdAt;
  if (query.q) filters.AND = searchConditions(query.q);
  return {
    query,
    where: { ...filters, ...inScope },
    orderBy: orderBy(sortOf(query), query.dir),
  };
}

/**
 * The ids of up to `take` rows after the cursor, in table order. Only ids are read here, so the
 * database can order and filter from its indexes without loading the wide stored answers and
 * scoring output of rows that do not make the page; callers load the rows by id.
 */
export async function orderedResultIds(resolved: ResolvedResultsQuery, cursor: ResultsCursor | null, take: number): Promise<string[]> {
  const where = cursor ? { AND: [resolved.where, afterCursor(cursor)] } : resolved.where;
  const keys = await db.result.findMany({ where, orderBy: resolved.orderBy, take, select: { id: true } });
  return keys.map((key) => key.id);
}

/** Rows loaded by id, put back in the order of the ids; a row deleted in between is left out. */
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the table and the position of the next one. The count is separate, so the page
 * can show its rows before the count is done.
 */
export async function listResults(actor: Actor, input: unknown): Promise<ResultsPage> {
  const resolved = await resolveResultsQuery(actor, input);
  const { query } = resolved;
  const sort = sortOf(query);
  const cursor = query.after ? decodeCursor(query.after, { sort, dir: query.dir }) : null;
  const ids = await orderedResultIds(resolved, cursor, query.limit + 1);
  // One id beyond the page tells whether another page follows.
  const pageIds = ids.slice(0, query.limit);
  const rows = pageIds.length === 0 ? [] : inIdOrder(pageIds, await db.result.findMany({ where: { id: { in: pageIds } }, select: resultRowSelect }));
  const last = rows.at(-1);
  const nextCursor = ids.length > query.limit && last ? encodeCursor({ sort, dir: query.dir, value: sortValue(last, sort), id: last.id }) : null;
  return { rows: rows.map(toResultRow), nextCursor, query };
}

/** How many rows the table's filters match over all pages, up to RESULTS_COUNT_LIMIT; the page position is ignored. */
export async function countResults(actor: Actor, input: unknown): Promise<ResultsCount> {
  const resolved = await resolveResultsQuery(actor, input);
  // One row beyond the limit tells whether more match. Without the table's order Prisma counts
  // in id order, which walks the rows themselves instead of the covering index.
  const counted = await db.result.count({ where: resolved.where, orderBy: resolved.orderBy, take: RESULTS_COUNT_LIMIT + 1 });
  return { total: Math.min(counted, RESULTS_COUNT_LIMIT), capped: counted > RESULTS_COUNT_LIMIT };
}

/** The organizations the filter form offers: those whose results the caller reviews, by name. */
export async function listResultOrganizations(actor: Actor): Promise<{ id: string; name: string }[]> {
  const { user, scope } = reviewScope(actor);
  return db.organization.findMany({
    where: scope === null ? {} : { memberships: { some: { userId: user.userId, role: "consultant" } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
