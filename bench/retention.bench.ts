/**
 * The retention purge on a large backlog: 100,000 anonymous drafts past their period, deleted in
 * batches. Prints the whole purge's time and the median and longest delete batch: the longest is
 * how long the purge holds SQLite's one write lock at a time, so how long it can delay a request's
 * write. SQLite always (a fresh .data/bench-retention.db); PostgreSQL too when TEST_POSTGRES_URL is set.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createScratchPostgres, removeSqliteFiles } from "../lib/testing/scratch-database";

export const RETENTION_BACKLOG = 100_000;

export interface RetentionBenchResult {
  provider: string;
  drafts: number;
  totalMs: number;
  batches: number;
  medianBatchMs: number;
  maxBatchMs: number;
}

function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [path.resolve("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

function measureIn(databaseUrl: string): RetentionBenchResult {
  // The react-server condition is how Next loads server code: it turns the "server-only" guard into a no-op.
  const output = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", __filename, "--measure"], {
    encoding: "utf8",
    // Production mode on PostgreSQL would demand the instances' shared secrets, which the purge never reads.
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as RetentionBenchResult;
}

export async function runRetentionBench(): Promise<RetentionBenchResult[]> {
  const results: RetentionBenchResult[] = [];
  const file = path.resolve(".data", "bench-retention.db");
  removeSqliteFiles(file);
  try {
    migrate(`file:${file}`);
    results.push(measureIn(`file:${file}`));
  } finally {
    removeSqliteFiles(file);
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (adminUrl) {
    const scratch = await createScratchPostgres(adminUrl, `rolefit_bench_retention_${process.pid}`);
    try {
      migrate(scratch.url);
      results.push(measureIn(scratch.url));
    } finally {
      await scratch.drop();
    }
  }
  return results;
}

export function formatRetentionBench(results: RetentionBenchResult[]): string[] {
  return results.map(
    (result) =>
      `retention purge, ${result.provider}: ${result.drafts.toLocaleString("en-US")} drafts in ${(result.totalMs / 1000).toFixed(1)} s, ` +
      `${result.batches} delete batches, median ${result.medianBatchMs.toFixed(0)} ms, longest ${result.maxBatchMs.toFixed(0)} ms`,
  );
}

async function measure(): Promise<void> {
  const { db, serializeWrite } = await import("../lib/db");
  const { purgeExpiredData } = await import("../lib/services/retention-purge");
  const { DAY_MS } = await import("../lib/jobs/retention");
  const now = new Date();
  const old = new Date(now.getTime() - 90 * DAY_MS);
  for (let seeded = 0; seeded < RETENTION_BACKLOG; seeded += 1_000) {
    await db.assessment.createMany({
      data: Array.from({ length: 1_000 }, () => ({ resumeTokenHash: randomUUID(), questionnaireVersion: "bench", answers: { employees: 500 }, createdAt: old, updatedAt: old })),
    });
  }
  const batchMs: number[] = [];
  const timedWrite = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await serializeWrite(work);
    } finally {
      batchMs.push(performance.now() - started);
    }
  };
  const started = performance.now();
  const counts = await purgeExpiredData({ client: db, write: timedWrite }, now, { draftDays: 30 });
  const totalMs = performance.now() - started;
  await db.$disconnect();
  batchMs.sort((a, b) => a - b);
  const result: RetentionBenchResult = {
    provider: process.env.DATABASE_URL?.startsWith("file:") ? "SQLite" : "PostgreSQL",
    drafts: counts.drafts,
    totalMs,
    batches: batchMs.length,
    medianBatchMs: batchMs[Math.floor(batchMs.length / 2)] ?? 0,
    maxBatchMs: batchMs.at(-1) ?? 0,
  };
  console.log(JSON.stringify(result));
}

if (process.argv.includes("--measure")) {
  measure().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
