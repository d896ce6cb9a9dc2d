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
import { runPrisma } from "./run-prisma";

async function hasUsers(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl);
  try {
    return (await db.user.count()) > 0;
  } finally {
    await db.$disconnect();
  }
}

export async function prepareDatabase({ seed }: { seed: boolean }): Promise<void> {
  const env = parseEnv(process.env);
  const provider = providerOf(env.DATABASE_URL);
  if (provider === "sqlite") fs.mkdirSync(path.dirname(sqliteFilePath(env.DATABASE_URL)), { recursive: true });
  runPrisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: env.DATABASE_URL });
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
