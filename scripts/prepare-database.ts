/**
 * Applies the committed migrations of the database DATABASE_URL names (creating the SQLite file
 * when missing), then seeds the demo data into a database that has no users yet. Demo data
 * (accounts with published passwords) is on by default only for the embedded SQLite database;
 * SEED_DEMO_DATA=true or false overrides, and --no-seed skips it.
 */
import fs from "node:fs";
import path from "node:path";
import { providerOf } from "../lib/database/provider";
import { createPrismaClient } from "../lib/db-client";
import { sqliteFilePath } from "../lib/db-url";
import { parseEnv } from "../lib/env";
import { PrismaCommandError, runPrisma } from "./run-prisma";

async function hasUsers(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl);
  try {
    return (await db.user.count()) > 0;
  } finally {
    await db.$disconnect();
  }
}

/** Where the database is, in words a person can act on, without the password. */
export function describeDatabase(databaseUrl: string): string {
  if (providerOf(databaseUrl) === "sqlite") return `SQLite file ${sqliteFilePath(databaseUrl)}`;
  const url = new URL(databaseUrl);
  return `PostgreSQL database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || "5432"}`;
}

/** SQLite's lock, as the migration engine reports it when the busy timeout runs out. */
const SQLITE_BUSY = /SocketTimeout|database is locked|SQLITE_BUSY|P1008/;
const UNREACHABLE = /P1001|ECONNREFUSED|Can't reach database server|ENOTFOUND|EAI_AGAIN/;

/** One sentence for a failed migration that a person can act on, or null for one we cannot explain better than Prisma. */
export function explainMigrationFailure(databaseUrl: string, output: string): string | null {
  const where = describeDatabase(databaseUrl);
  if (providerOf(databaseUrl) === "sqlite" && SQLITE_BUSY.test(output)) {
    return `The ${where} is busy: another process holds its write lock (a Rolefit server under load, a migration or a backup running, or a database tool with a transaction open). Nothing was changed; wait for that process to finish or stop it, then run this again. A server already running on this file is unaffected.`;
  }
  if (UNREACHABLE.test(output)) return `The ${where} does not answer: check that the server is running and that DATABASE_URL names it.`;
  return null;
}

/** Applies pending migrations and says what it did in one line; on failure throws an error that says what to do. */
export function migrateDatabase(databaseUrl: string): string {
  try {
    const output = runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
    const applied = [...output.matchAll(/└─ (\d{14}_[\w-]+)\//g)].length;
    return applied === 0 ? "schema up to date" : `applied ${applied} migration${applied === 1 ? "" : "s"}`;
  } catch (error) {
    if (!(error instanceof PrismaCommandError)) throw error;
    throw new Error(explainMigrationFailure(databaseUrl, error.output) ?? `Migrating the ${describeDatabase(databaseUrl)} failed. Prisma said:\n${error.output.trim()}`);
  }
}

export async function prepareDatabase({ seed }: { seed: boolean }): Promise<void> {
  const env = parseEnv(process.env);
  const provider = providerOf(env.DATABASE_URL);
  if (provider === "sqlite") fs.mkdirSync(path.dirname(sqliteFilePath(env.DATABASE_URL)), { recursive: true });
  const migrated = migrateDatabase(env.DATABASE_URL);
  console.log(`Database: ${describeDatabase(env.DATABASE_URL)} (${migrated})`);
  const seedDemo = (env.SEED_DEMO_DATA ?? (provider === "sqlite" ? "true" : "false")) === "true";
  if (seed && seedDemo && !(await hasUsers(env.DATABASE_URL))) {
    const { seedDemoData } = await import("../prisma/seed");
    await seedDemoData();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  prepareDatabase({ seed: !process.argv.includes("--no-seed") }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
