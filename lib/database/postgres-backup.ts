/**
 * `npm run db:backup` on PostgreSQL: pg_dump in its custom format, when the client tools are on
 * PATH. No Next.js imports. Restoring is pg_restore's job (see the README), since replacing a
 * shared production database is the operator's decision, not a script's.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupError, partialPath, publish } from "./backup-files";
import type { DatabaseContents } from "./sqlite-backup";

export interface PostgresBackupSummary extends DatabaseContents {
  file: string;
  bytes: number;
  durationMs: number;
  serverVersion: string;
}

/** The absolute path of `command` on PATH, or null. */
export function onPath(command: string): string | null {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(directory, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Dumps the database to `destination` (which must not exist). The counts come from the very
 * snapshot pg_dump reads (exported from a repeatable-read transaction), so the line printed
 * describes the file exactly even while servers write.
 */
export async function backupPostgres(databaseUrl: string, destination: string, tools: { pgDump: string; pgRestore: string }): Promise<PostgresBackupSummary> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Connecting to PostgreSQL failed (${(error as Error).message}): check that the server is running and that DATABASE_URL names it with the right user and password.`);
  }
  const partial = partialPath(destination);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id ?? "";
    const serverVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version.split(" ")[0] ?? "unknown";
    const contents = await readContents(client);
    await runPgDump(tools.pgDump, databaseUrl, snapshot, partial, serverVersion);
    await client.query("COMMIT");
    const listing = await run(tools.pgRestore, ["--list", partial], process.env);
    if (listing.code !== 0 || !/ TABLE DATA \S+ _prisma_migrations /.test(listing.output)) {
      throw new BackupError(`pg_restore cannot read back the dump pg_dump wrote${listing.code !== 0 ? ` (${firstLine(listing.output)})` : ", or it lacks the _prisma_migrations table"}; it was discarded.`);
    }
    publish(partial, destination);
    return { file: destination, bytes: fs.statSync(destination).size, durationMs: performance.now() - started, serverVersion, ...contents };
  } finally {
    fs.rmSync(partial, { force: true });
    await client.end().catch(() => undefined);
  }
}

async function readContents(client: pg.Client): Promise<DatabaseContents> {
  const present = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('_prisma_migrations', 'Result', 'Assessment')",
  );
  const tables = new Set(present.rows.map((row) => row.name));
  if (!tables.has("_prisma_migrations")) throw new BackupError("The database DATABASE_URL names has no _prisma_migrations table, so it is not a migrated Rolefit database: nothing was written.");
  if (!tables.has("Result") || !tables.has("Assessment")) throw new BackupError("The database DATABASE_URL names has no Result or Assessment table, so it is not a Rolefit database: nothing was written.");
  const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
  const migrations = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return { results: await count("Result"), assessments: await count("Assessment"), migrations: migrations.rows.map((row) => row.name) };
}

/** The password goes through the environment, where other users' `ps` cannot read it. */
async function runPgDump(pgDump: string, databaseUrl: string, snapshot: string, file: string, serverVersion: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const dump = await run(pgDump, ["--format=custom", `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url.toString()}`], env);
  if (dump.code === 0) return;
  if (/server version mismatch/.test(dump.output)) {
    throw new BackupError(`${pgDump} is older than the server (PostgreSQL ${serverVersion}) and cannot dump it: install the client tools of the server's major version or newer, or use your provider's point-in-time recovery.`);
  }
  if (/No space left on device/.test(dump.output)) throw new BackupError(`The disk holding ${path.dirname(file)} is full: nothing was written.`);
  throw new BackupError(`pg_dump failed: ${firstLine(dump.output)}.`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ code: 1, output: error.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function firstLine(output: string): string {
  return (output.trim().split("\n")[0] ?? "no output").replace(/^pg_(dump|restore): (error: )?/, "");
}
