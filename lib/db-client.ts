import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { sqliteFilePath } from "./db-url";

/** A Prisma client on the SQLite driver adapter; a busy connection waits up to 10 s for a lock. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(databaseUrl)}`, timeout: 10_000 });
  return new PrismaClient({ adapter });
}
