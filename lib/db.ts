/**
 * The one Prisma client, on the SQLite driver adapter. Server-only: import it from
 * lib/services, never from components.
 */
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { databaseUnavailableReason } from "./database/unavailable";
import { createPrismaClient } from "./db-client";
import { providerOf } from "./database/provider";
import { env } from "./env";
import { logger } from "./log/logger";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pragmasSet?: Promise<void> };

export const db: PrismaClient =
  globalForPrisma.prisma ??
  createPrismaClient(env.DATABASE_URL, {
    // A restart of PostgreSQL closes every pooled connection: one line each, and the pool opens new ones when asked.
    onIdleConnectionError: (error) => logger.warn({ reason: databaseUnavailableReason(error) ?? error.message }, "database connection closed while idle"),
  });
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/** SQLite only: WAL lets readers work during a write; foreign keys are off by default. */
export function ensurePragmas(): Promise<void> {
  globalForPrisma.pragmasSet ??= (async () => {
    if (providerOf(env.DATABASE_URL) !== "sqlite") return;
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  })().catch((error: unknown) => {
    // Not kept: a file locked at the first write would otherwise fail every write until a restart.
    globalForPrisma.pragmasSet = undefined;
    throw error;
  });
  return globalForPrisma.pragmasSet;
}

const writesShareOneConnection = providerOf(env.DATABASE_URL) === "sqlite";
let writeQueue: Promise<unknown> = Promise.resolve();

/**
 * SQLite: runs writes one after another in this process. The adapter shares one connection, so
 * a statement sent while another request's transaction is open runs inside that transaction (and
 * is lost with its rollback), and two interleaved transactions see each other's statements.
 * PostgreSQL: runs `work` at once. Every query and transaction has a pooled connection of its own,
 * and each write already holds against the same write from another instance (unique keys,
 * conditional updates), which no queue inside one process could give; a queue would only cap
 * each instance at one write at a time.
 * Keep CPU work (scoring) outside `work`: on SQLite every other write waits for it.
 */
export function serializeWrite<T>(work: () => Promise<T>): Promise<T> {
  if (!writesShareOneConnection) return work();
  const next = writeQueue.then(async () => {
    await ensurePragmas();
    return work();
  });
  writeQueue = next.catch(() => undefined);
  return next;
}

/**
 * A `contains` filter that ignores case on both databases: SQLite's LIKE already ignores ASCII
 * case (and Prisma refuses `mode` there); PostgreSQL needs `mode: "insensitive"` (ILIKE).
 */
export function containsIgnoringCase(term: string): { contains: string } {
  if (providerOf(env.DATABASE_URL) === "sqlite") return { contains: term };
  return { contains: term, mode: "insensitive" } as { contains: string };
}

/**
 * JSON text as a raw query's value for a Json column: PostgreSQL's column is jsonb, which takes
 * text only through a cast; SQLite keeps Json as the text itself.
 */
export function jsonValue(text: string): Prisma.Sql {
  if (providerOf(env.DATABASE_URL) === "sqlite") return Prisma.sql`${text}`;
  return Prisma.sql`${text}::jsonb`;
}

/** A write refused by a unique key: another request, process or instance wrote the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
