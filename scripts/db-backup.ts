/**
 * `npm run db:backup [-- <file or directory>]`: a consistent copy of the database DATABASE_URL
 * names, taken while servers keep running. SQLite goes through SQLite's online backup API,
 * PostgreSQL through pg_dump when it is on PATH. Prints one line; a failure is one sentence and
 * exit code 1.
 */
import fs from "node:fs";
import path from "node:path";
import { BackupError, formatBytes, formatCount, formatDuration, resolveBackupDestination } from "../lib/database/backup-files";
import { backupPostgres, onPath } from "../lib/database/postgres-backup";
import { DEFAULT_DATABASE_URL, providerOf } from "../lib/database/provider";
import { backupSqlite, type DatabaseContents } from "../lib/database/sqlite-backup";
import { sqliteFilePath } from "../lib/db-url";

async function main(): Promise<void> {
  // Like the Prisma CLI (prisma.config.ts): a variable set in the environment wins over .env.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const [requested, ...extra] = process.argv.slice(2);
  if (extra.length > 0 || requested?.startsWith("-")) throw new BackupError("Usage: npm run db:backup [-- <file or directory>]");
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const { describeDatabase } = await import("./prepare-database");
  const where = describeDatabase(databaseUrl);
  const now = new Date();

  if (providerOf(databaseUrl) === "sqlite") {
    const databaseFile = sqliteFilePath(databaseUrl);
    const destination = resolveBackupDestination(requested, path.basename(databaseFile, path.extname(databaseFile)), ".db", now);
    const summary = await backupSqlite(databaseFile, destination);
    console.log(`Backed up the ${where} to ${summary.file}: ${formatBytes(summary.bytes)}, ${holding(summary)}, in ${formatDuration(summary.durationMs)} (integrity check ok).`);
    return;
  }

  const pgDump = onPath("pg_dump");
  const pgRestore = onPath("pg_restore");
  if (!pgDump || !pgRestore) {
    throw new BackupError(
      `DATABASE_URL names the ${where}, and pg_dump is not on PATH: use your provider's point-in-time recovery, or install the PostgreSQL client tools of the server's major version or newer (apt-get install postgresql-client) and run this again to get a pg_dump file.`,
    );
  }
  const destination = resolveBackupDestination(requested, "rolefit", ".dump", now);
  const summary = await backupPostgres(databaseUrl, destination, { pgDump, pgRestore });
  console.log(
    `Backed up the ${where} (PostgreSQL ${summary.serverVersion}) with pg_dump to ${summary.file}: ${formatBytes(summary.bytes)}, ${holding(summary)}, in ${formatDuration(summary.durationMs)}. Restore it with pg_restore (see the README).`,
  );
}

function holding(contents: DatabaseContents): string {
  return `${formatCount(contents.results, "result")} and ${formatCount(contents.assessments, "assessment")}, last migration ${contents.migrations.at(-1) ?? "none"}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : `The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
