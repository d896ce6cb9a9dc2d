/**
 * Integration tests run against a real SQLite file: created fresh and migrated with the
 * committed migrations before the suite, exactly as `npm start` would, and removed after.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function remove(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export default function setup(): () => void {
  const file = process.env.INTEGRATION_DATABASE_FILE;
  if (!file) throw new Error("vitest.config.ts sets INTEGRATION_DATABASE_FILE");
  remove(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  return () => remove(file);
}
