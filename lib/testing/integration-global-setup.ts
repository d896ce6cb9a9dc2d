/**
 * Integration tests run against a real database: created fresh and migrated with the committed
 * migrations before the suite, exactly as `npm start` would, and removed after.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { integrationDatabase, type IntegrationDatabase } from "./integration-database";

function removeSqlite(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

async function onPostgresServer(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function migrate(url: string): void {
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** Creates the database afresh and migrates it; the function returned removes it. */
export async function prepareDatabase(database: IntegrationDatabase): Promise<() => Promise<void>> {
  if (database.postgres) {
    const { name, adminUrl } = database.postgres;
    await onPostgresServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await onPostgresServer(adminUrl, `CREATE DATABASE "${name}"`);
    migrate(database.url);
    return () => onPostgresServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const file = database.sqliteFile ?? "";
  removeSqlite(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  migrate(database.url);
  return async () => removeSqlite(file);
}

export default function setup(): Promise<() => Promise<void>> {
  return prepareDatabase(integrationDatabase(process.env, runPid()));
}

export function runPid(): number {
  const pid = Number(process.env.INTEGRATION_RUN_PID);
  if (!pid) throw new Error("vitest.config.ts sets INTEGRATION_RUN_PID");
  return pid;
}
