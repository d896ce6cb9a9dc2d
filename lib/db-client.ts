import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { providerOf } from "./database/provider";
import { sqliteAdapter } from "./database/sqlite-adapter";
import { sqliteFilePath } from "./db-url";

/**
 * SQLite: how long a write waits for a write lock another process holds before it fails (and the
 * request is answered 503). The wait does not block the process; see lib/database/sqlite-adapter.ts.
 */
export const SQLITE_WRITE_LOCK_WAIT_MS = 5_000;
/**
 * PostgreSQL: how long opening a connection (or waiting for a free one in the pool) may take. Without
 * it, a server that accepts TCP but does not answer (restarting, overloaded, a dropped network path)
 * would hold requests for as long as the operating system keeps trying.
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;

export interface PrismaClientOptions {
  /**
   * PostgreSQL: called when a pooled connection fails while idle (the server shut down or was
   * restarted). The pool has already dropped it; the next query opens a new one.
   */
  onIdleConnectionError?: (error: Error) => void;
}

// Which clients are on SQLite, with their write probe, for checkDatabase.
const writeChecks = new WeakMap<object, () => Promise<void>>();

/**
 * A Prisma client for DATABASE_URL: SQLite through better-sqlite3 with immediate transactions
 * (a write waits up to SQLITE_WRITE_LOCK_WAIT_MS for another process's write lock), or PostgreSQL
 * through a pg pool of 10 with a connection timeout. Both clients are generated from one model, so
 * their APIs match; the rest of the app types against the SQLite client.
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  if (providerOf(databaseUrl) === "sqlite") {
    const adapter = sqliteAdapter(`file:${sqliteFilePath(databaseUrl)}`, SQLITE_WRITE_LOCK_WAIT_MS);
    // Starting a transaction includes the wait for the lock: Prisma's default of 2 s would cut it short with P2028.
    const client = new PrismaClient({ adapter, transactionOptions: { maxWait: SQLITE_WRITE_LOCK_WAIT_MS + 2_000 } });
    writeChecks.set(client, () => adapter.checkWritable());
    return client;
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS, keepAlive: true });
  // pg's pool emits 'error' when an idle connection fails (a server shutdown terminates every
  // session); an 'error' event nobody listens to would end the process. @prisma/adapter-pg listens
  // too, but only once connected and only while it holds the pool: this listener is ours, for good.
  pool.on("error", (error) => options.onIdleConnectionError?.(error));
  const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return client as unknown as PrismaClient;
}

/**
 * Resolves when the database answers and, on SQLite, would take a write now: in WAL mode a read
 * succeeds while another process holds the write lock, so the check also takes that lock for a
 * moment (BEGIN IMMEDIATE, ROLLBACK). Rejects with the database's error otherwise.
 */
export async function checkDatabase(client: PrismaClient): Promise<void> {
  await client.$queryRaw`SELECT 1`;
  await writeChecks.get(client)?.();
}
