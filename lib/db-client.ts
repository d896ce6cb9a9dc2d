import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { providerOf } from "./database/provider";
import { sqliteAdapter } from "./database/sqlite-adapter";
import { sqliteFilePath } from "./db-url";

/**
 * A Prisma client for DATABASE_URL: SQLite through better-sqlite3 with immediate transactions (a
 * busy connection waits up to 10 s for the write lock), or PostgreSQL through pg. Both clients are generated from one model, so their
 * APIs match; the rest of the app types against the SQLite client.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  if (providerOf(databaseUrl) === "sqlite") {
    return new PrismaClient({ adapter: sqliteAdapter(`file:${sqliteFilePath(databaseUrl)}`, 10_000) });
  }
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
  return client as unknown as PrismaClient;
}
