/**
 * `npm run db:backup` and `npm run db:restore` on SQLite, run as the real scripts in processes of
 * their own against real database files: a backup taken while this process keeps submitting
 * assessments, restored into a fresh file, and every refusal the scripts promise.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { sqliteFilePath } from "../db-url";
import { runScript, type ScriptRun } from "../testing/run-script";
import { startSubmissionStream } from "../testing/submission-stream";
import { PROVIDER_FILES, providerOf } from "./provider";
import { backupSqlite, knownMigrations } from "./sqlite-backup";

const databaseUrl = process.env.DATABASE_URL ?? "";
const onSqlite = providerOf(databaseUrl) === "sqlite";
const workDirectory = path.resolve(".data", `backup-test-${process.pid}`);
const migrations = knownMigrations(PROVIDER_FILES.sqlite.migrations);

const backup = (args: string[], database = databaseUrl) => runScript("db-backup.ts", args, { DATABASE_URL: database });
const restore = (file: string, databaseFile: string) => runScript("db-restore.ts", [file], { DATABASE_URL: `file:${databaseFile}` });

function expectRefusal(run: ScriptRun, message: RegExp): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).toBe("");
  // One sentence for the operator, never a stack trace.
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

function open(file: string): Database.Database {
  return new Database(file, { fileMustExist: true });
}

function integrity(file: string): string {
  const database = open(file);
  try {
    return (database.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
  } finally {
    database.close();
  }
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** A directory of its own for each test, so leftovers of one never pass for another's. */
function directory(name: string): string {
  const dir = path.join(workDirectory, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** What the directory holds besides the files named. */
function othersIn(dir: string, ...expected: string[]): string[] {
  return fs.readdirSync(dir).filter((name) => !expected.includes(name));
}

describe.runIf(onSqlite)("npm run db:backup and db:restore on SQLite", () => {
  /** A sound backup of the suite's database, the starting point of the refusal tests. */
  let good = "";

  beforeAll(async () => {
    fs.rmSync(workDirectory, { recursive: true, force: true });
    good = path.join(directory("fixtures"), "good.db");
    await backupSqlite(sqliteFilePath(databaseUrl), good);
  });

  afterAll(() => {
    fs.rmSync(workDirectory, { recursive: true, force: true });
  });

  it("copies every submission acknowledged before the backup began while writes go on, and the copy restores into a sound database", async () => {
    // No checkpoints on the app's connection: every write of this test then lives only in the -wal
    // file, as recent writes do between a server's checkpoints, and a copy of the main file misses them.
    await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
    const stream = startSubmissionStream();
    let written: string[] = [];
    let run: ScriptRun;
    let before: string[];
    let during: number;
    const file = path.join(directory("under-load"), "backup.db");
    try {
      await stream.reached(25);
      before = stream.acknowledged();
      run = await backup([file]);
      during = stream.acknowledged().length - before.length;
    } finally {
      written = await stream.stop();
      await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 1000");
    }
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Backed up the SQLite file .+ to .+backup\.db: [\d.]+ [KMG]?B, [\d,]+ results? and [\d,]+ assessments?, last migration \d{14}_\w+, in \d+(\.\d)? m?s \(integrity check ok\)\.\n$/);
    // The stream kept writing while the backup process started, copied and checked.
    expect(during).toBeGreaterThan(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const [, results, assessments] = /([\d,]+) results? and ([\d,]+) assessments?/.exec(run.stdout) ?? [];
    const copy = open(file);
    const inBackup = new Set(copy.prepare('SELECT id FROM "Result"').pluck().all() as string[]);
    expect(String(inBackup.size)).toBe(results?.replaceAll(",", ""));
    expect(String(copy.prepare('SELECT count(*) FROM "Assessment"').pluck().get())).toBe(assessments?.replaceAll(",", ""));
    copy.close();

    const restored = path.join(directory("restored"), "rolefit.db");
    const restoreRun = await restore(file, restored);
    expect(restoreRun.code, restoreRun.stderr).toBe(0);
    expect(restoreRun.stdout).toContain(`Restored ${file} into the SQLite file ${restored}: ${results} result`);
    expect(restoreRun.stdout).toContain("Migrations: schema up to date.");
    expect(integrity(restored)).toBe("ok");

    const database = open(restored);
    try {
      const ids = new Set(database.prepare('SELECT id FROM "Result"').pluck().all() as string[]);
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
      // A snapshot: the stream's results it holds are the first ones, with no gap after a missing one.
      const kept = written.map((id) => ids.has(id));
      expect(kept.slice(kept.indexOf(false) === -1 ? kept.length : kept.indexOf(false))).not.toContain(true);
      // Each result and the submitted mark on its assessment were written in one transaction.
      const unmarked = database.prepare('SELECT count(*) FROM "Result" r JOIN "Assessment" a ON a.id = r."assessmentId" WHERE a."submittedAt" IS NULL').pluck().get();
      expect(unmarked).toBe(0);
      expect(database.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name").pluck().all()).toEqual(migrations);
      expect(database.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      database.close();
    }
    expect(othersIn(path.dirname(restored), "rolefit.db")).toEqual([]);
  }, 120_000);

  it("refuses to overwrite an existing file", async () => {
    const file = path.join(directory("existing"), "backup.db");
    fs.writeFileSync(file, "an earlier backup");
    expectRefusal(await backup([file]), /already exists: a backup never overwrites a file/);
    expect(fs.readFileSync(file, "utf8")).toBe("an earlier backup");
    expect(othersIn(path.dirname(file), "backup.db")).toEqual([]);
  });

  it("refuses when the database file does not exist, or the destination directory does not", async () => {
    const dir = directory("missing");
    expectRefusal(await backup([path.join(dir, "backup.db")], `file:${path.join(dir, "absent.db")}`), /absent\.db does not exist: check DATABASE_URL/);
    expectRefusal(await backup([path.join(dir, "no-such-directory", "backup.db")]), /no-such-directory does not exist/);
    expect(othersIn(dir)).toEqual([]);
  });

  it("says the database is busy when another process has held it exclusively for the whole wait", async () => {
    const dir = directory("busy");
    const locked = path.join(dir, "locked.db");
    fs.copyFileSync(good, locked);
    const holder = open(locked);
    holder.pragma("locking_mode = EXCLUSIVE");
    holder.exec("BEGIN EXCLUSIVE; COMMIT");
    try {
      await expect(backupSqlite(locked, path.join(dir, "backup.db"), 300)).rejects.toThrow(/locked\.db is busy: another process has held it exclusively/);
    } finally {
      holder.close();
    }
    expect(othersIn(dir, "locked.db")).toEqual([]);
  });

  describe("restore refuses", () => {
    /** A database that must come out of a refused restore byte for byte as it went in. */
    function currentDatabase(name: string): { file: string; unchanged: () => void } {
      const file = path.join(directory(name), "rolefit.db");
      fs.copyFileSync(good, file);
      const hash = sha256(file);
      return {
        file,
        unchanged: () => {
          expect(sha256(file)).toBe(hash);
          expect(othersIn(path.dirname(file), "rolefit.db", "offered.db")).toEqual([]);
        },
      };
    }

    it("a file that is not a SQLite database, and a SQLite database that is not Rolefit's", async () => {
      const current = currentDatabase("not-sqlite");
      const text = path.join(path.dirname(current.file), "offered.db");
      fs.writeFileSync(text, "id,name\n1,not a database\n");
      expectRefusal(await restore(text, current.file), /offered\.db is not a SQLite database\./);
      fs.rmSync(text);
      const other = new Database(text);
      other.exec("CREATE TABLE notes (body TEXT)");
      other.close();
      expectRefusal(await restore(text, current.file), /offered\.db has no _prisma_migrations table, so it is not a migrated Rolefit database: nothing was restored\./);
      current.unchanged();
    });

    it("a damaged backup", async () => {
      const current = currentDatabase("damaged");
      const damaged = path.join(path.dirname(current.file), "offered.db");
      const overwrite = (bytes: Buffer, offset: number) => {
        const descriptor = fs.openSync(damaged, "r+");
        fs.writeSync(descriptor, bytes, 0, bytes.length, offset);
        fs.closeSync(descriptor);
      };

      // A wrong free-page count in the header: every page reads, only the integrity check sees it.
      fs.copyFileSync(good, damaged);
      const count = Buffer.alloc(4);
      count.writeUInt32BE(7);
      overwrite(count, 36);
      expectRefusal(await restore(damaged, current.file), /offered\.db fails SQLite's integrity check \(Freelist: size is \d+ but should be 7\): nothing was restored\./);

      // Garbage over the Result table's root page: the header still says SQLite, the b-tree is broken.
      fs.copyFileSync(good, damaged);
      const database = open(damaged);
      const pageSize = Number(database.pragma("page_size", { simple: true }));
      const rootPage = Number(database.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'Result'").pluck().get());
      database.close();
      overwrite(Buffer.alloc(pageSize, 0xa5), (rootPage - 1) * pageSize);
      expectRefusal(await restore(damaged, current.file), /offered\.db (fails SQLite's integrity check \(.+\)|is damaged \(SQLite says: .+\)): nothing was restored\./);
      current.unchanged();
    });

    it("a backup made by newer code", async () => {
      const current = currentDatabase("newer");
      const newer = path.join(path.dirname(current.file), "offered.db");
      fs.copyFileSync(good, newer);
      const database = open(newer);
      database
        .prepare("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)")
        .run("future", "0".repeat(64), Date.now(), "29991231000000_from_the_future", Date.now());
      database.close();
      expectRefusal(await restore(newer, current.file), /offered\.db was made by newer or different code: .*\(29991231000000_from_the_future\)/);
      current.unchanged();
    });

    it("while another process uses the database, and once it has stopped restores and keeps the old database aside, WAL included", async () => {
      const dir = directory("in-use");
      const goodHash = sha256(good);
      const file = path.join(dir, "rolefit.db");
      fs.copyFileSync(good, file);
      // As a service account's database would be: the restored file must keep its owner and mode.
      const asRoot = process.getuid?.() === 0;
      fs.chmodSync(file, 0o640);
      if (asRoot) fs.chownSync(file, 65534, 65534);
      // A server stand-in: WAL mode, a change that lives only in the -wal file, the connection kept open.
      const server = spawn(
        process.execPath,
        [
          "-e",
          `const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
           db.pragma("journal_mode = WAL");
           db.pragma("wal_autocheckpoint = 0");
           db.pragma("user_version = 4242");
           console.log("ready");
           setInterval(() => {}, 1000);`,
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const exited = new Promise((resolve) => server.on("exit", resolve));
      try {
        await new Promise<void>((resolve) => server.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve()));
        expectRefusal(await restore(good, file), /rolefit\.db is in use by another process .*: stop the server\(s\) first, then run the restore again\. Nothing was changed\./);
        expect(othersIn(dir, "rolefit.db", "rolefit.db-wal", "rolefit.db-shm")).toEqual([]);
      } finally {
        // Killed, not closed: its change stays in the -wal file, as after a crash.
        server.kill("SIGKILL");
        await exited;
      }
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

      const run = await restore(good, file);
      expect(run.code, run.stderr).toBe(0);
      const aside = /The database it replaced is kept at (\S+)\.\n/.exec(run.stdout)?.[1] ?? "";
      expect(aside).toMatch(/rolefit\.db\.before-restore-\d{8}-\d{6}Z$/);
      expect(othersIn(dir, "rolefit.db", path.basename(aside))).toEqual([]);
      const old = open(aside);
      expect(old.pragma("user_version", { simple: true })).toBe(4242);
      old.close();
      expect(integrity(aside)).toBe("ok");
      const restored = open(file);
      expect(restored.pragma("user_version", { simple: true })).toBe(0);
      restored.close();
      expect(integrity(file)).toBe("ok");
      expect(fs.statSync(file).mode & 0o777).toBe(0o640);
      if (asRoot) expect(fs.statSync(file).uid).toBe(65534);
      expect(sha256(good)).toBe(goodHash);
    });
  });

  it("restores over a database that can no longer be opened, keeping that file aside as it was", async () => {
    const dir = directory("unreadable");
    const file = path.join(dir, "rolefit.db");
    fs.writeFileSync(file, "overwritten by accident ".repeat(200));
    const run = await restore(good, file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/The database it replaced is kept at .+\. It could not be opened \(file is not a database\), so nothing could check whether a server was using it: restart any server that was\./);
    const aside = /kept at (\S+)\. /.exec(run.stdout)?.[1] ?? "";
    expect(fs.readFileSync(aside, "utf8")).toBe("overwritten by accident ".repeat(200));
    expect(integrity(file)).toBe("ok");
  });

  it("applies the committed migrations an older backup predates", async () => {
    const dir = directory("older");
    const old = path.join(dir, "old.db");
    const latest = migrations.at(-1) ?? "";
    // The database as the code one migration ago left it, made by Prisma from those migrations alone.
    const oldMigrations = path.join(dir, "migrations");
    fs.cpSync(PROVIDER_FILES.sqlite.migrations, oldMigrations, { recursive: true, filter: (source) => path.basename(source) !== latest });
    const config = path.join(dir, "prisma.config.mjs");
    fs.writeFileSync(
      config,
      `import { defineConfig } from "prisma/config";
       import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
       export default defineConfig({
         experimental: { adapter: true },
         engine: "js",
         schema: ${JSON.stringify(path.resolve(PROVIDER_FILES.sqlite.schema))},
         migrations: { path: ${JSON.stringify(oldMigrations)} },
         async adapter() { return new PrismaBetterSQLite3({ url: ${JSON.stringify(`file:${old}`)} }); },
       });`,
    );
    const migrate = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy", "--config", config], { stdio: "ignore" });
      child.on("close", resolve);
    });
    expect(migrate).toBe(0);

    const target = path.join(dir, "rolefit.db");
    const run = await restore(old, target);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`last migration ${migrations.at(-2)}`);
    expect(run.stdout).toContain(`Migrations: applied 1 migration (${latest}).`);
    const database = open(target);
    expect(database.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name").pluck().all()).toEqual(migrations);
    database.close();
  }, 60_000);
});
