/**
 * Integration tests run against a real database: created fresh and migrated with the committed
 * migrations before the suite, exactly as `npm start` would, and removed after.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { integrationDatabase, type IntegrationDatabase } from "./integration-database";
import { createScratchPostgres, removeSqliteFiles } from "./scratch-database";

function migrate(url: string): void {
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** Creates the database afresh and migrates it; the function returned removes it. */
export async function prepareDatabase(database: IntegrationDatabase): Promise<() => Promise<void>> {
  if (database.postgres) {
    const scratch = await createScratchPostgres(database.postgres.adminUrl, database.postgres.name);
    migrate(scratch.url);
    return scratch.drop;
  }
  const file = database.sqliteFile ?? "";
  removeSqliteFiles(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  migrate(database.url);
  return async () => removeSqliteFiles(file);
}

export default function setup(): Promise<() => Promise<void>> {
  return prepareDatabase(integrationDatabase(process.env, runPid()));
}

export function runPid(): number {
  const pid = Number(process.env.INTEGRATION_RUN_PID);
  if (!pid) throw new Error("vitest.config.ts sets INTEGRATION_RUN_PID");
  return pid;
}
