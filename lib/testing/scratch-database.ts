/**
 * Databases of their own for the test suites, the load test and the end-to-end specs that start a
 * server: a scratch database on the PostgreSQL server TEST_POSTGRES_URL names, or a SQLite file.
 * No server-only import, since scripts and Playwright specs use it outside Next.
 */
import fs from "node:fs";
import pg from "pg";

export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server that `adminUrl` (any database on it) names. */
function postgresDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates database `name` empty, replacing one a crashed run may have left; drop() removes it even
 * while a server still holds connections to it.
 */
export async function createScratchPostgres(adminUrl: string, name: string): Promise<ScratchDatabase> {
  const drop = () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await drop();
  await onServer(adminUrl, `CREATE DATABASE "${name}"`);
  return { url: postgresDatabaseUrl(adminUrl, name), drop };
}

/** Removes a SQLite database with the journal files WAL mode leaves beside it. */
export function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
