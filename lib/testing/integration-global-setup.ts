/**
 * Integration tests run against a real SQLite file: created fresh and migrated with the
 * committed migrations before the suite, exactly as `npm start` would.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const INTEGRATION_DATABASE = path.resolve(".data", "integration.db");

export default function setup(): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(INTEGRATION_DATABASE + suffix, { force: true });
  fs.mkdirSync(path.dirname(INTEGRATION_DATABASE), { recursive: true });
  const url = `file:${INTEGRATION_DATABASE}`;
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: url },
  });
}
