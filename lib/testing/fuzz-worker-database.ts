/**
 * Set-up file of the fuzz project: each worker gets its own copy of the migrated SQLite database,
 * so fuzz files run side by side while every case's row counts see only that file's writes.
 * PostgreSQL runs the files one at a time on the one database instead (vitest.config.ts).
 */
import fs from "node:fs";

const url = process.env.DATABASE_URL ?? "";
if (url.startsWith("file:")) {
  const template = url.slice("file:".length);
  const copy = template.replace(/\.db$/, `-worker-${process.env.VITEST_POOL_ID ?? "1"}.db`);
  if (!fs.existsSync(copy)) fs.copyFileSync(template, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
