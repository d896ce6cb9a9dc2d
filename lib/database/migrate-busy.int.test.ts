/**
 * `npm run db:migrate` (and the migration step of `npm start`), run as the real script: a clean
 * first screen on success, and one sentence when another process holds the SQLite file, instead
 * of Prisma's "WASM_ERROR: unknown variant 'SocketTimeout'" (issue #14).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { providerOf } from "./provider";
import { runScript } from "../testing/run-script";
import { removeSqliteFiles } from "../testing/scratch-database";
import { holdSqliteWriteLock } from "../testing/sqlite-lock";

const onSqlite = providerOf(process.env.DATABASE_URL ?? "") === "sqlite";
const file = path.resolve(".data", `migrate-busy-${process.pid}.db`);
const migrate = () => runScript("prepare-database.ts", ["--no-seed"], { DATABASE_URL: `file:${file}` });

afterAll(() => removeSqliteFiles(file));

describe.runIf(onSqlite)("migrating the embedded database", () => {
  it("says which database it migrated and what it did, without Prisma's own output", async () => {
    removeSqliteFiles(file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const first = await migrate();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim()).toMatch(new RegExp(`^Database: SQLite file ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(applied \\d+ migrations\\)$`));
    expect(first.stdout + first.stderr).not.toMatch(/WARNING|dev\.db|Prisma schema loaded/);
    const again = await migrate();
    expect(again.stdout.trim()).toMatch(/\(schema up to date\)$/);
  }, 60_000);

  it("says in one sentence that the file is busy when another process holds it, and works once it is free", async () => {
    const lock = await holdSqliteWriteLock(file);
    let busy;
    try {
      busy = await migrate();
    } finally {
      await lock.release();
    }
    expect(busy.code).toBe(1);
    expect(busy.stdout).toBe("");
    expect(busy.stderr.trim().split("\n")).toHaveLength(1);
    expect(busy.stderr).toMatch(/^The SQLite file .* is busy: another process holds its write lock .* Nothing was changed/);
    expect(busy.stderr).not.toMatch(/WASM_ERROR|SocketTimeout/);
    expect((await migrate()).code).toBe(0);
  }, 90_000);
});
