/**
 * `npm run db:seed:portfolio -- --results 100000 [--database file:.data/portfolio.db] [--seed 1]`:
 * a large synthetic consultant portfolio for the results-table benchmark. About one client
 * organization per 100 results, with varied industries, size bands, respondents, roles, review
 * states and dates over the last two years; answers are random valid answer sets scored with
 * the real model. One consultant, portfolio-consultant@bench.rolefit.test, serves every
 * organization. The same seed gives the same portfolio (except ids and dates, which follow now).
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaClient } from "@/generated/prisma/client";
import { providerOf } from "../lib/database/provider";
import { createPrismaClient } from "../lib/db-client";
import { sqliteFilePath } from "../lib/db-url";
import { parseEnv } from "../lib/env";
import type { TAnswers } from "../lib/questionnaire/schema";
import { answersArbitrary } from "../lib/testing/arbitrary-answers";
import { STRUCTURE_IDS } from "../lib/scoring/types";
import {
  createSyntheticOrganization,
  scoreAnswers,
  syntheticRows,
  type ScoredAnswers,
  type SyntheticOrganization,
  type SyntheticResult,
} from "../lib/testing/synthetic-results";
import { RESPONDENT_ROLES } from "../lib/validation/assessment";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "../lib/validation/organizations";
import type { ReviewStatus } from "../lib/validation/portfolio";
import { migrateDatabase } from "./prepare-database";

export const PORTFOLIO_CONSULTANT_EMAIL = "portfolio-consultant@bench.rolefit.test";

const BATCH_SIZE = 500;
const ANSWER_SETS_PER_PROFILE = 20;
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;

const NAME_PARTS = {
  first: ["Harbor", "Summit", "Northwind", "Blue Ridge", "Crescent", "Meridian", "Oakline", "Silverleaf", "Granite", "Lakeshore", "Redwood", "Evergreen", "Pioneer", "Beacon", "Cobalt", "Alder", "Juniper", "Westfield", "Stonebridge", "Brightwater"],
  second: ["Analytics", "Logistics", "Health", "Bank", "Retail", "Energy", "Foods", "Mutual", "Systems", "Media", "Manufacturing", "Partners", "Insurance", "Labs", "Transit", "Pharma", "Telecom", "Capital", "Works", "Holdings"],
  suffix: ["", " Group", " Inc.", " AG", " plc", " & Co", " SA", " Ltd"],
};
const FIRST_NAMES = ["Ada", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Grace", "Hiro", "Ingrid", "José", "Kavya", "Liam", "Mei", "Nadia", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf", "Zoë"];
const LAST_NAMES = ["Okafor", "Lindqvist", "García", "Nakamura", "Schmidt", "O'Brien", "Kowalski", "Haddad", "Patel", "Rossi", "Dubois", "Chen", "Novak", "Mensah", "Ivanova", "Fernández", "Müller", "Kim", "Andersen", "Costa"];

/** mulberry32: small, fast and repeatable, which is all a synthetic data set needs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Employees within a size band, so the answers agree with the organization's profile. */
const BAND_EMPLOYEES: Record<string, [number, number]> = { "1_49": [5, 49], "50_249": [50, 249], "250_999": [250, 999], "1000_4999": [1000, 4999], "5000_plus": [5000, 60000] };

/** Answer sets for each industry and size band, scored once each; results draw from their organization's. */
function answerPool(next: () => number, seed: number): Map<string, ScoredAnswers[]> {
  const pool = new Map<string, ScoredAnswers[]>();
  let runSeed = seed;
  for (const industry of ORGANIZATION_INDUSTRIES) {
    for (const band of ORGANIZATION_SIZE_BANDS) {
      const [low, high] = BAND_EMPLOYEES[band.id] ?? [1, 10];
      const sets = fc.sample(answersArbitrary({ mode: "complete" }), { numRuns: ANSWER_SETS_PER_PROFILE, seed: (runSeed += 1) });
      pool.set(
        `${industry.id}/${band.id}`,
        sets.map((answers: TAnswers) => scoreAnswers({ ...answers, industry: industry.id, employees: low + Math.floor(next() * (high - low + 1)) })),
      );
    }
  }
  return pool;
}

async function createOrganizations(client: PrismaClient, next: () => number, count: number): Promise<SyntheticOrganization[]> {
  const organizations: SyntheticOrganization[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `${pick(next, NAME_PARTS.first)} ${pick(next, NAME_PARTS.second)}${pick(next, NAME_PARTS.suffix)}`;
    // One in ten organizations has no profile yet: its results take industry and size from the answers.
    const profiled = next() >= 0.1;
    organizations.push(
      await createSyntheticOrganization(client, {
        name,
        industry: profiled ? pick(next, ORGANIZATION_INDUSTRIES).id : null,
        sizeBand: profiled ? pick(next, ORGANIZATION_SIZE_BANDS).id : null,
      }),
    );
  }
  return organizations;
}

async function portfolioConsultant(client: PrismaClient, organizations: SyntheticOrganization[]): Promise<string> {
  const user = await client.user.upsert({
    where: { email: PORTFOLIO_CONSULTANT_EMAIL },
    create: { email: PORTFOLIO_CONSULTANT_EMAIL, name: "Portfolio consultant", totpEnabledAt: new Date() },
    update: {},
    select: { id: true },
  });
  await client.membership.createMany({ data: organizations.map((organization) => ({ userId: user.id, organizationId: organization.id, role: "consultant" })) });
  return user.id;
}

function reviewStatus(next: () => number): ReviewStatus {
  const roll = next();
  return roll < 0.7 ? "new" : roll < 0.9 ? "in_review" : "shared";
}

function syntheticResult(next: () => number, organizations: SyntheticOrganization[], pool: Map<string, ScoredAnswers[]>, consultantId: string, now: number): SyntheticResult {
  // Squaring the draw makes some organizations much larger than others, as in a real portfolio.
  const organization = organizations[Math.floor(next() ** 2 * organizations.length)] ?? organizations[0] ?? null;
  const profile = `${organization?.industry ?? pick(next, ORGANIZATION_INDUSTRIES).id}/${organization?.sizeBand ?? pick(next, ORGANIZATION_SIZE_BANDS).id}`;
  const scored = pick(next, pool.get(profile) ?? []);
  const overridden = next() < 0.04;
  return {
    organization,
    scored,
    respondentName: next() < 0.95 ? `${pick(next, FIRST_NAMES)} ${pick(next, LAST_NAMES)}` : null,
    respondentRole: next() < 0.95 ? pick(next, RESPONDENT_ROLES).id : null,
    createdAt: new Date(now - Math.floor(next() * TWO_YEARS_MS)),
    reviewStatus: reviewStatus(next),
    override: overridden
      ? {
          recommendation: pick(next, STRUCTURE_IDS.filter((id) => id !== scored.output.recommended)),
          justification: "The board has already committed to a different structure for the next two years.",
          byUserId: consultantId,
        }
      : null,
  };
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type ArgType = Parameters<Adapter["executeRaw"]>[0]["argTypes"][number];

/** A value as the adapter binds it: dates go through its own conversion, so they match what Prisma writes. */
function bound(value: unknown): { arg: unknown; type: ArgType } {
  if (value instanceof Date) return { arg: value, type: { scalarType: "datetime", arity: "scalar" } };
  if (value !== null && typeof value === "object") return { arg: JSON.stringify(value), type: { scalarType: "json", arity: "scalar" } };
  if (typeof value === "number") return { arg: value, type: { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" } };
  return { arg: value ?? null, type: { scalarType: typeof value === "string" ? "string" : "unknown", arity: "scalar" } };
}

/**
 * Rows straight through the driver adapter, in one transaction: the Prisma client compiles every
 * large JSON value into its query plan, which makes 100,000 results take most of an hour.
 */
async function insertRows(adapter: Adapter, table: "Assessment" | "Result", rows: object[]): Promise<void> {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const sql = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
  for (const row of rows) {
    const values = columns.map((column) => bound((row as Record<string, unknown>)[column]));
    await adapter.executeRaw({ sql, args: values.map((value) => value.arg), argTypes: values.map((value) => value.type) });
  }
}

async function insertBatch(adapter: Adapter, batch: SyntheticResult[]): Promise<void> {
  const built = batch.map(syntheticRows);
  await adapter.executeScript("BEGIN");
  try {
    await insertRows(adapter, "Assessment", built.map((row) => row.assessment));
    await insertRows(adapter, "Result", built.map((row) => row.result));
    await adapter.executeScript("COMMIT");
  } catch (error) {
    await adapter.executeScript("ROLLBACK");
    throw error;
  }
}

export interface SeedOptions {
  databaseUrl: string;
  results: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Migrates the database if needed, then adds the portfolio. */
export async function seedPortfolio({ databaseUrl, results, seed = 1, log = console.log }: SeedOptions): Promise<void> {
  if (providerOf(databaseUrl) !== "sqlite") throw new Error("The portfolio seed writes SQLite databases only: pass --database file:<path>.");
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  migrateDatabase(databaseUrl);
  const client = createPrismaClient(databaseUrl);
  const adapter = await new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }).connect();
  const started = performance.now();
  try {
    const next = random(seed);
    const pool = answerPool(next, seed);
    log(`Scored ${[...pool.values()].reduce((sum, sets) => sum + sets.length, 0)} answer sets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const organizations = await createOrganizations(client, next, Math.max(1, Math.round(results / 100)));
    const consultantId = await portfolioConsultant(client, organizations);
    const now = Date.now();
    for (let done = 0; done < results; done += BATCH_SIZE) {
      const batch = Array.from({ length: Math.min(BATCH_SIZE, results - done) }, () => syntheticResult(next, organizations, pool, consultantId, now));
      await insertBatch(adapter, batch);
      if ((done + batch.length) % 10_000 === 0 || done + batch.length === results) log(`  ${done + batch.length} results`);
    }
    // Fresh statistics, so the query planner knows the new shape of the data.
    await adapter.executeScript("ANALYZE");
    log(`Seeded ${results} results in ${organizations.length} organizations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await adapter.dispose();
    await client.$disconnect();
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const results = Number(option("results") ?? "1000");
  const seed = Number(option("seed") ?? "1");
  const databaseUrl = option("database") ?? parseEnv(process.env).DATABASE_URL;
  if (!Number.isInteger(results) || results < 1 || !Number.isInteger(seed)) {
    console.error("usage: npm run db:seed:portfolio -- --results <count> [--database <url>] [--seed <integer>]");
    process.exit(2);
  }
  seedPortfolio({ databaseUrl, results, seed }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
