/**
 * The results table as a file: every row the current filters match (the page position and page
 * size are ignored), read in keyset batches and handed on one result at a time, so memory stays
 * flat however many rows there are. One column per table column, the versions, the three
 * stored scores, then one column per question in questionnaire order.
 *
 * Answers are written as the questionnaire's ids (option ids, numbers, "dont_know"), not as
 * labels: stable codes a BI tool can group and join on; GET /api/v1/questionnaire maps them to
 * labels. A multiple choice is a list in JSON and its ids joined with "; " in CSV.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { providerOf } from "../database/provider";
import { db } from "../db";
import { env } from "../env";
import type { ResultsCursor } from "../portfolio/cursor";
import { CSV_BYTE_ORDER_MARK, csvLine } from "../portfolio/csv";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { allQuestions } from "../questionnaire/skip";
import { readStoredAnswers, readStoredScores } from "../results/read-model";
import { STRUCTURE_IDS, type StructureScores } from "../scoring/types";
import { inIdOrder, orderedResultIds, resolveResultsQuery, resultRowSelect, sortOf, sortValue, type ResolvedResultsQuery } from "./results-table";

export type ExportValue = string | number | string[] | null;

export interface ResultsExport {
  columns: string[];
  /** One array of values per result, in the table's order, aligned with `columns`. */
  rows(): AsyncGenerator<ExportValue[]>;
}

export const EXPORT_BATCH_SIZE = 500;

const QUESTION_IDS = allQuestions(QUESTIONNAIRE).map((question) => question.id);

export const EXPORT_COLUMNS = [
  "id",
  "created_at",
  "organization_id",
  "organization",
  "respondent",
  "respondent_role",
  "recommendation",
  "override_recommendation",
  "recommendation_in_force",
  "override_justification",
  "confidence",
  "margin",
  "industry",
  "size_band",
  "review_status",
  "model_version",
  "questionnaire_version",
  ...STRUCTURE_IDS.map((id) => `score_${id}`),
  ...QUESTION_IDS.map((id) => `answer_${id}`),
];

const exportSelect = { ...resultRowSelect, overrideJustification: true, modelVersion: true, questionnaireVersion: true, answers: true } as const satisfies Prisma.ResultSelect;

type ExportedRow = Prisma.ResultGetPayload<{ select: typeof exportSelect }>;

function answerValue(value: TAnswers[string] | undefined): ExportValue {
  if (value === undefined) return null;
  return Array.isArray(value) ? [...value] : value;
}

function record(row: ExportedRow, scores: StructureScores | undefined): ExportValue[] {
  const answers = readStoredAnswers(row.id, row.answers);
  return [
    row.id,
    row.createdAt.toISOString(),
    row.organizationId,
    row.clientName,
    row.respondentName,
    row.respondentRole,
    row.recommendation,
    row.overrideRecommendation,
    row.overrideRecommendation ?? row.recommendation,
    row.overrideJustification,
    row.confidence,
    row.margin,
    row.industry,
    row.sizeBand,
    row.reviewStatus,
    row.modelVersion,
    row.questionnaireVersion,
    ...STRUCTURE_IDS.map((id) => scores?.[id] ?? null),
    ...QUESTION_IDS.map((id) => answerValue(answers[id])),
  ];
}

/**
 * The three stored scores of each result, read inside the database: loading the whole scoring
 * output (about 60 KB a result) through the client to keep three numbers would make a large
 * export take minutes. JSON access is the one thing SQLite and PostgreSQL spell differently.
 */
async function storedScores(ids: string[]): Promise<Map<string, StructureScores>> {
  const list = Prisma.join(ids);
  const query =
    providerOf(env.DATABASE_URL) === "postgresql"
      ? Prisma.sql`SELECT "id", ("output"->'scores')::text AS "scores" FROM "Result" WHERE "id" IN (${list})`
      : Prisma.sql`SELECT "id", json_extract("output", '$.scores') AS "scores" FROM "Result" WHERE "id" IN (${list})`;
  const rows = await db.$queryRaw<{ id: string; scores: string | null }[]>(query);
  return new Map(rows.map((row) => [row.id, readStoredScores(row.id, row.scores)]));
}

async function* exportRows(resolved: ResolvedResultsQuery, batchSize: number): AsyncGenerator<ExportValue[]> {
  const sort = sortOf(resolved.query);
  let cursor: ResultsCursor | null = null;
  for (;;) {
    const ids = await orderedResultIds(resolved, cursor, batchSize);
    if (ids.length === 0) return;
    const [rows, scores] = await Promise.all([db.result.findMany({ where: { id: { in: ids } }, select: exportSelect }), storedScores(ids)]);
    const ordered = inIdOrder(ids, rows);
    for (const row of ordered) yield record(row, scores.get(row.id));
    const last = ordered.at(-1);
    if (ids.length < batchSize || !last) return;
    cursor = { sort, dir: resolved.query.dir, value: sortValue(last, sort), id: last.id };
  }
}

/** Checks the caller and the filters before anything is sent, so a refusal is an ordinary error response. */
export async function openResultsExport(actor: Actor, input: unknown, { batchSize = EXPORT_BATCH_SIZE }: { batchSize?: number } = {}): Promise<ResultsExport> {
  const resolved = await resolveResultsQuery(actor, input);
  return { columns: EXPORT_COLUMNS, rows: () => exportRows(resolved, batchSize) };
}

/** Rows are sent in groups rather than one by one: fewer, larger writes to the response. */
const ROWS_PER_CHUNK = 200;

export async function* csvChunks(exported: ResultsExport): AsyncGenerator<string> {
  yield CSV_BYTE_ORDER_MARK + csvLine(exported.columns);
  let chunk = "";
  let count = 0;
  for await (const row of exported.rows()) {
    chunk += csvLine(row.map((value) => (Array.isArray(value) ? value.join("; ") : value)));
    count += 1;
    if (count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** A JSON array of objects keyed by the column names, written as it is read. */
export async function* jsonChunks(exported: ResultsExport): AsyncGenerator<string> {
  let chunk = "[";
  let count = 0;
  for await (const row of exported.rows()) {
    const item = Object.fromEntries(exported.columns.map((column, index) => [column, row[index] ?? null]));
    chunk += `${count === 0 ? "\n" : ",\n"}${JSON.stringify(item)}`;
    count += 1;
    if (count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}\n]\n`;
}
