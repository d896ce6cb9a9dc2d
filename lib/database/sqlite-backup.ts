/**
 * Backup and restore of the embedded SQLite database, used by `npm run db:backup` and
 * `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts). No Next.js imports.
 *
 * Both copy through SQLite's online backup API, never the file: a server in WAL mode keeps
 * committed transactions in the -wal file for a while, and a byte copy of the main file taken
 * meanwhile misses them or catches a page half written.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BackupError, describeFileError, errnoCode, fileTimestamp, partialPath, publish } from "./backup-files";

/** What a Rolefit database holds, as the operator wants to hear it. */
export interface DatabaseContents {
  results: number;
  assessments: number;
  /** Applied migrations, oldest first. */
  migrations: string[];
}

export interface SqliteBackupSummary extends DatabaseContents {
  file: string;
  bytes: number;
  durationMs: number;
}

export interface SqliteRestoreSummary extends DatabaseContents {
  backupFile: string;
  databaseFile: string;
  /** Where the database that was replaced now is; null when there was none. */
  keptAside: string | null;
  /** Set when the replaced database could not be opened, so nothing could tell whether a process was using it. */
  previousUnreadable: string | null;
  /** Committed migrations the backup predates: `npm run db:migrate` applies them next. */
  pendingMigrations: string[];
}

/**
 * A server waits up to 10 s for SQLite's lock and a migration 15 s; a backup waits as long as a
 * migration, since both only need a moment between a server's writes.
 */
const BACKUP_BUSY_TIMEOUT_MS = 15_000;

/**
 * A running server holds its connection open, and with it a shared lock on the file, all the
 * time: an exclusive lock that is not granted within this time means someone is using the file.
 */
const RESTORE_LOCK_TIMEOUT_MS = 2_000;

/** backup_step's page count for "all of them": better-sqlite3 clamps negative counts to 0. */
const ALL_PAGES = 0x7fffffff;

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** Folder names under the migrations directory: the migrations this code knows. */
export function knownMigrations(migrationsDirectory: string): string[] {
  return fs
    .readdirSync(migrationsDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDirectory, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Writes a consistent copy of `databaseFile` to `destination` (which must not exist) while
 * servers keep writing, checks the copy, and only then gives it its name.
 */
export async function backupSqlite(databaseFile: string, destination: string, busyTimeoutMs = BACKUP_BUSY_TIMEOUT_MS): Promise<SqliteBackupSummary> {
  const started = performance.now();
  if (!fs.existsSync(databaseFile)) {
    throw new BackupError(`The SQLite file ${databaseFile} does not exist: check DATABASE_URL (file:./.data/rolefit.db by default); npm start or npm run db:migrate creates it.`);
  }
  assertSqliteHeader(databaseFile, `The file ${databaseFile} that DATABASE_URL names`);
  const partial = partialPath(destination);
  try {
    await copyDatabase(databaseFile, partial, busyTimeoutMs);
    const contents = openAndInspect(partial, (database) => {
      // One self-contained file: a copy in WAL mode grows -wal and -shm files whenever it is opened.
      database.pragma("journal_mode = DELETE");
    }, (problem) => `The copy of ${databaseFile} ${problem}; it was discarded. The database itself is probably damaged: check it with sqlite3 ${databaseFile} "PRAGMA integrity_check".`);
    publish(partial, destination);
    return { file: destination, bytes: fs.statSync(destination).size, durationMs: performance.now() - started, ...contents };
  } finally {
    removeWithSidecars(partial);
  }
}

/**
 * Replaces `databaseFile` with the backup in `backupFile`, after checking that the backup is a
 * sound Rolefit database this code can run, and that no process is using `databaseFile`. The
 * replaced database is renamed `<database>.before-restore-<timestamp>`, never deleted.
 */
export async function restoreSqlite({ backupFile, databaseFile, migrationsDirectory }: { backupFile: string; databaseFile: string; migrationsDirectory: string }): Promise<SqliteRestoreSummary> {
  const known = knownMigrations(migrationsDirectory);
  checkBackupFile(backupFile, databaseFile);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });

  // Staged beside the database, so the final step is a rename within one directory.
  const staging = `${databaseFile}.restoring-${process.pid}`;
  removeWithSidecars(staging);
  try {
    await copyDatabase(backupFile, staging, BACKUP_BUSY_TIMEOUT_MS);
    const contents = openAndInspect(staging, (database, found) => {
      if (found.unfinished.length > 0) throw new BackupError(`${backupFile} records a migration that never finished (${found.unfinished.join(", ")}): nothing was restored.`);
      const unknown = found.migrations.filter((name) => !known.includes(name));
      if (unknown.length > 0) {
        throw new BackupError(
          `${backupFile} was made by newer or different code: it has ${unknown.length === 1 ? "a migration" : "migrations"} this version does not know (${unknown.join(", ")}). Restore it with the version of Rolefit that made it.`,
        );
      }
      database.pragma("journal_mode = WAL");
    }, (problem) => `${backupFile} ${problem}: nothing was restored.`);
    const replaced = replaceDatabase(databaseFile, staging);
    return {
      backupFile,
      databaseFile,
      ...replaced,
      ...contents,
      pendingMigrations: known.filter((name) => !contents.migrations.includes(name)),
    };
  } finally {
    removeWithSidecars(staging);
  }
}

function checkBackupFile(backupFile: string, databaseFile: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(backupFile);
  } catch (error) {
    throw new BackupError(errnoCode(error) === "ENOENT" ? `${backupFile} does not exist.` : `${backupFile} cannot be read: ${describeFileError(error)}.`);
  }
  if (!stat.isFile()) throw new BackupError(`${backupFile} is not a file: name a backup file that npm run db:backup wrote.`);
  const target = fs.statSync(databaseFile, { throwIfNoEntry: false });
  if (target && target.ino === stat.ino && target.dev === stat.dev) throw new BackupError(`${backupFile} is the database DATABASE_URL names: name a backup file.`);
  assertSqliteHeader(backupFile, backupFile);
}

function assertSqliteHeader(file: string, label: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let read: number;
  try {
    const descriptor = fs.openSync(file, "r");
    try {
      read = fs.readSync(descriptor, header, 0, header.length, 0);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    throw new BackupError(`${label} cannot be read: ${describeFileError(error)}.`);
  }
  if (read < header.length || !header.equals(SQLITE_HEADER)) throw new BackupError(`${label} is not a SQLite database.`);
}

/**
 * Copies `source` into the new file `target` through the backup API. The copy runs as one step,
 * inside one read transaction: a snapshot that writers in WAL mode do not wait for. In small
 * steps, every write another process commits in between restarts the copy, and under steady
 * traffic it might never finish.
 */
async function copyDatabase(source: string, target: string, busyTimeoutMs: number): Promise<void> {
  const refused = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
  let database: Database.Database | undefined;
  try {
    database = new Database(source, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    let steps = 0;
    await database.backup(target, {
      // Called after the first step, which only measures the source; the second copies every page,
      // so a further call means the second waited out the busy timeout without getting the lock.
      progress: () => {
        steps += 1;
        if (steps > 1) throw refused();
        return ALL_PAGES;
      },
    });
    // better-sqlite3 reports a first step refused the lock as a finished copy of nothing, and deletes the file.
    if (!fs.existsSync(target)) throw refused();
  } catch (error) {
    throw explainCopyFailure(error, source, target, busyTimeoutMs);
  } finally {
    database?.close();
  }
}

function explainCopyFailure(error: unknown, source: string, target: string, busyTimeoutMs: number): BackupError {
  const code = errnoCode(error) ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new BackupError(
      `${source} is busy: another process has held it exclusively for ${busyTimeoutMs / 1000} s (a restore, or a database tool in exclusive mode). Nothing was written; try again when it has finished.`,
    );
  }
  if (code === "SQLITE_NOTADB") return new BackupError(`${source} is not a SQLite database.`);
  if (code.startsWith("SQLITE_CORRUPT")) return new BackupError(`${source} is damaged (SQLite says: ${message}).`);
  if (code === "SQLITE_FULL" || code === "ENOSPC") return new BackupError(`The disk holding ${path.dirname(target)} is full: nothing was written.`);
  return new BackupError(`Copying ${source} to ${path.dirname(target)} failed: ${code ? `${message} (${code})` : message}.`);
}

interface Inspection extends DatabaseContents {
  /** Migrations that started and neither finished nor were rolled back. */
  unfinished: string[];
}

/**
 * Opens a freshly copied file, checks it is a sound, migrated Rolefit database, runs `prepare`
 * on it, and says what it holds. A failed check throws `explain(problem)`.
 */
function openAndInspect(
  file: string,
  prepare: (database: Database.Database, found: Inspection) => void,
  explain: (problem: string) => string,
): DatabaseContents {
  const database = new Database(file, { fileMustExist: true });
  try {
    const found = inspect(database);
    if ("problem" in found) throw new BackupError(explain(found.problem));
    prepare(database, found);
    const { unfinished: _unfinished, ...contents } = found;
    return contents;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = errnoCode(error) ?? "";
    if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) throw new BackupError(explain(`is damaged (SQLite says: ${(error as Error).message})`));
    throw error;
  } finally {
    database.close();
  }
}

function inspect(database: Database.Database): Inspection | { problem: string } {
  const integrity = database.pragma("integrity_check") as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
    const first = (integrity[0]?.integrity_check ?? "no answer").replace("*** in database main ***", "").replace(/\s+/g, " ").trim();
    // integrity_check stops listing at 100 problems.
    const problems = integrity.length === 1 ? first : `${integrity.length >= 100 ? "100 or more" : integrity.length} problems, the first: ${first}`;
    return { problem: `fails SQLite's integrity check (${problems})` };
  }
  const tables = new Set(database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (!tables.has("_prisma_migrations")) return { problem: "has no _prisma_migrations table, so it is not a migrated Rolefit database" };
  const missing = ["Assessment", "Result"].filter((table) => !tables.has(table));
  if (missing.length > 0) return { problem: `has no ${missing.join(" or ")} table, so it is not a Rolefit database` };
  const rows = database.prepare("SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations").all() as {
    name: string;
    finished: unknown;
    rolledBack: unknown;
  }[];
  const count = (table: string) => Number(database.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  return {
    results: count("Result"),
    assessments: count("Assessment"),
    migrations: rows.filter((row) => row.finished !== null && row.rolledBack === null).map((row) => row.name).sort(),
    unfinished: rows.filter((row) => row.finished === null && row.rolledBack === null).map((row) => row.name).sort(),
  };
}

/**
 * Puts `staging` in the place of `databaseFile`, keeping the current database aside. A running
 * server keeps its connection, and with it a shared lock, open all the time, so an exclusive lock
 * that is refused within RESTORE_LOCK_TIMEOUT_MS means the file is in use; the lock is held until
 * the new file is in place.
 */
function replaceDatabase(databaseFile: string, staging: string): { keptAside: string | null; previousUnreadable: string | null } {
  if (!fs.existsSync(databaseFile)) {
    // SQLite would apply a journal left behind by a deleted database to the new file.
    const strays = ["-wal", "-journal"].map((suffix) => databaseFile + suffix).filter((file) => fs.existsSync(file));
    if (strays.length > 0) throw new BackupError(`${strays.join(" and ")} ${strays.length === 1 ? "is" : "are"} left over from a database that no longer exists: move ${strays.length === 1 ? "it" : "them"} away first. Nothing was changed.`);
    fs.rmSync(`${databaseFile}-shm`, { force: true });
    fs.renameSync(staging, databaseFile);
    return { keptAside: null, previousUnreadable: null };
  }
  const aside = `${databaseFile}.before-restore-${fileTimestamp(new Date())}`;
  if (fs.existsSync(aside)) throw new BackupError(`${aside} already exists: wait a second and run the restore again.`);
  // The server may run as another user than this command: the new file gets the old one's owner and mode.
  const previous = fs.statSync(databaseFile);
  fs.chmodSync(staging, previous.mode & 0o7777);
  if (process.getuid?.() === 0) fs.chownSync(staging, previous.uid, previous.gid);

  const current = new Database(databaseFile, { fileMustExist: true, timeout: RESTORE_LOCK_TIMEOUT_MS });
  try {
    // In exclusive locking mode the first access takes an exclusive lock on the file and keeps
    // it; in WAL mode that is refused while any other connection has the database open.
    current.pragma("locking_mode = EXCLUSIVE");
    current.exec("BEGIN EXCLUSIVE; COMMIT");
  } catch (error) {
    current.close();
    const code = errnoCode(error) ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new BackupError(`${databaseFile} is in use by another process (a Rolefit server, a migration, a backup or a database tool): stop the server(s) first, then run the restore again. Nothing was changed.`);
    }
    if (code !== "SQLITE_NOTADB" && !code.startsWith("SQLITE_CORRUPT")) throw error;
    // A damaged database is what a restore is for: move it aside as it is, with its journals.
    moveWithSidecars(databaseFile, aside);
    fs.renameSync(staging, databaseFile);
    return { keptAside: aside, previousUnreadable: (error as Error).message };
  }
  try {
    // Fold the WAL into the file and leave WAL mode, so the file kept aside is complete on its own.
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.pragma("journal_mode = DELETE");
    fs.renameSync(databaseFile, aside);
    try {
      // Its wal-index: the next connection to the new file must build its own.
      fs.rmSync(`${databaseFile}-shm`, { force: true });
      fs.renameSync(staging, databaseFile);
    } catch (error) {
      fs.renameSync(aside, databaseFile);
      throw new BackupError(`Putting the restored database in place failed (${describeFileError(error)}); the current database was left where it was.`);
    }
    return { keptAside: aside, previousUnreadable: null };
  } finally {
    // Closing also deletes the rollback journal the change of journal mode left at `${databaseFile}-journal`.
    current.close();
  }
}

function moveWithSidecars(databaseFile: string, destination: string): void {
  for (const suffix of ["", "-wal", "-journal"]) {
    if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, destination + suffix);
  }
  fs.rmSync(`${databaseFile}-shm`, { force: true });
}

function removeWithSidecars(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
