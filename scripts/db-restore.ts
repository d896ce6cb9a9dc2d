/**
 * `npm run db:restore -- <file>`: replaces the SQLite database DATABASE_URL names with a backup
 * that `npm run db:backup` wrote, after checking the backup and that no process uses the database;
 * keeps the replaced database aside, then applies the committed migrations the backup predates.
 * PostgreSQL is restored with pg_restore or the provider's point-in-time recovery (see the README).
 */
import fs from "node:fs";
import path from "node:path";
import { BackupError, formatCount } from "../lib/database/backup-files";
import { DEFAULT_DATABASE_URL, PROVIDER_FILES, providerOf } from "../lib/database/provider";
import { restoreSqlite } from "../lib/database/sqlite-backup";
import { sqliteFilePath } from "../lib/db-url";

async function main(): Promise<void> {
  // Like the Prisma CLI (prisma.config.ts): a variable set in the environment wins over .env.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const [backupFile, ...extra] = process.argv.slice(2);
  if (!backupFile || extra.length > 0 || backupFile.startsWith("-")) throw new BackupError("Usage: npm run db:restore -- <backup file>");
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (providerOf(databaseUrl) !== "sqlite") {
    throw new BackupError(
      "db:restore restores the embedded SQLite database. For PostgreSQL, stop the servers, run pg_restore --clean --if-exists --no-owner --dbname <database URL> <file>, then npm run db:migrate; or use your provider's point-in-time recovery.",
    );
  }
  const { describeDatabase, migrateDatabase } = await import("./prepare-database");
  const summary = await restoreSqlite({
    backupFile: path.resolve(backupFile),
    databaseFile: sqliteFilePath(databaseUrl),
    migrationsDirectory: PROVIDER_FILES.sqlite.migrations,
  });
  console.log(
    `Restored ${summary.backupFile} into the ${describeDatabase(databaseUrl)}: ${formatCount(summary.results, "result")} and ${formatCount(summary.assessments, "assessment")}, last migration ${summary.migrations.at(-1) ?? "none"} (integrity check ok).`,
  );
  if (summary.keptAside) {
    const unreadable = summary.previousUnreadable ? ` It could not be opened (${summary.previousUnreadable}), so nothing could check whether a server was using it: restart any server that was.` : "";
    console.log(`The database it replaced is kept at ${summary.keptAside}.${unreadable}`);
  }
  try {
    const migrated = migrateDatabase(databaseUrl);
    console.log(summary.pendingMigrations.length > 0 ? `Migrations: ${migrated} (${summary.pendingMigrations.join(", ")}).` : `Migrations: ${migrated}.`);
  } catch (error) {
    throw new BackupError(`The backup is in place, but migrating it failed: ${(error as Error).message}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : `The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
