/**
 * `npm run db:backup` on PostgreSQL (the suite's PostgreSQL run): the real script runs pg_dump
 * while this process keeps submitting assessments, and the dump, restored with the pg_restore
 * command the README gives, holds every submission acknowledged before the backup began.
 */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runScript, type ScriptRun } from "../testing/run-script";
import { createScratchPostgres, type ScratchDatabase } from "../testing/scratch-database";
import { startSubmissionStream } from "../testing/submission-stream";
import { onPath } from "./postgres-backup";
import { providerOf } from "./provider";

const databaseUrl = process.env.DATABASE_URL ?? "";
const adminUrl = process.env.TEST_POSTGRES_URL ?? "";
const onPostgres = providerOf(databaseUrl) === "postgresql";
const workDirectory = path.resolve(".data", `pg-backup-test-${process.pid}`);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The README's restore command, with the password in the environment as pg_dump got it. */
function pgRestore(file: string, url: string): void {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = "";
  const run = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--dbname", target.toString(), file], { encoding: "utf8", env: { ...process.env, PGPASSWORD: password } });
  expect(run.status, run.stderr).toBe(0);
}

describe.runIf(onPostgres && onPath("pg_dump") && onPath("pg_restore"))("npm run db:backup on PostgreSQL", () => {
  let scratch: ScratchDatabase | undefined;

  afterAll(async () => {
    await scratch?.drop();
    fs.rmSync(workDirectory, { recursive: true, force: true });
  });

  it("dumps every submission acknowledged before the backup began while writes go on, and counts what the dump holds", async () => {
    fs.mkdirSync(workDirectory, { recursive: true });
    const file = path.join(workDirectory, "backup.dump");
    const stream = startSubmissionStream();
    let before: string[];
    let during: number;
    let run: ScriptRun;
    try {
      await stream.reached(25);
      before = stream.acknowledged();
      run = await runScript("db-backup.ts", [file], { DATABASE_URL: databaseUrl });
      during = stream.acknowledged().length - before.length;
    } finally {
      await stream.stop();
    }
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Backed up the PostgreSQL database ".+" on .+ \(PostgreSQL [\d.]+\) with pg_dump to .+backup\.dump: [\d.]+ [KMG]?B, [\d,]+ results? and [\d,]+ assessments?, last migration \d{14}_\w+, in \d/);
    expect(during).toBeGreaterThan(0);

    // Restored twice: into an empty database, then over itself, as the README's --clean command does.
    scratch = await createScratchPostgres(adminUrl, `rolefit_restore_${process.pid}`);
    pgRestore(file, scratch.url);
    pgRestore(file, scratch.url);
    const ids = new Set((await query<{ id: string }>(scratch.url, 'SELECT id FROM "Result"')).map((row) => row.id));
    expect(before.filter((id) => !ids.has(id))).toEqual([]);
    // The counts printed were read in the snapshot pg_dump used, so they match the dump exactly.
    const [, results, assessments] = /([\d,]+) results? and ([\d,]+) assessments?/.exec(run.stdout) ?? [];
    expect(String(ids.size)).toBe(results?.replaceAll(",", ""));
    const [assessmentCount] = await query<{ n: string }>(scratch.url, 'SELECT count(*) AS n FROM "Assessment"');
    expect(assessmentCount?.n).toBe(assessments?.replaceAll(",", ""));
  }, 120_000);

  it("refuses to overwrite an existing file", async () => {
    fs.mkdirSync(workDirectory, { recursive: true });
    const file = path.join(workDirectory, "existing.dump");
    fs.writeFileSync(file, "an earlier dump");
    const run = await runScript("db-backup.ts", [file], { DATABASE_URL: databaseUrl });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([`${file} already exists: a backup never overwrites a file. Name another file, or move that one away first.`]);
    expect(fs.readFileSync(file, "utf8")).toBe("an earlier dump");
  });

  it("says what to use instead when pg_dump is not on PATH", async () => {
    // Node itself is started by its full path, so an empty PATH hides only the client tools.
    const run = await runScript("db-backup.ts", [], { DATABASE_URL: databaseUrl, PATH: "/nonexistent" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pg_dump is not on PATH: use your provider's point-in-time recovery, or install the PostgreSQL client tools/);
  });
});
