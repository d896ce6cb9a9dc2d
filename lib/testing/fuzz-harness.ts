/**
 * Runs the fuzz suite's properties (issue #7) against the real database: each generated request
 * is sent in-process, its answer checked, and the row count of every table (and on SQLite every
 * row changed) compared before and after, so a malformed request that writes anything fails with
 * the request that did it. FUZZ_RUNS sets the requests per endpoint (5,000 by default and at
 * least that in CI); FUZZ_SEED replays a run.
 */
import fc from "fast-check";
import { vi } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { providerOf } from "../database/provider";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../log/logger";
import { preview } from "./fuzz/hostile";

const DEFAULT_FUZZ_RUNS = 5_000;

export function fuzzRuns(environment: NodeJS.ProcessEnv = process.env): number {
  const raw = environment.FUZZ_RUNS?.trim();
  const runs = raw ? Number(raw) : DEFAULT_FUZZ_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of requests, not ${JSON.stringify(raw)}`);
  if (environment.CI && runs < DEFAULT_FUZZ_RUNS) throw new Error(`FUZZ_RUNS=${runs}: CI runs at least ${DEFAULT_FUZZ_RUNS} requests per endpoint (issue #7)`);
  return runs;
}

function fuzzSeed(environment: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = environment.FUZZ_SEED?.trim();
  if (!raw) return undefined;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, not ${JSON.stringify(raw)}`);
  return seed;
}

const TABLES = Object.values(Prisma.ModelName);
const COUNTS = TABLES.map((table) => `(SELECT COUNT(*) FROM "${table}") AS "${table}"`).join(", ");

export interface Snapshot {
  rows: Record<string, number>;
  /** SQLite's count of rows inserted, updated or deleted on the connection; PostgreSQL has no cheap equivalent. */
  changes: number | null;
}

/** One query for every table, so the check costs a fraction of the request it guards. */
export async function snapshot(): Promise<Snapshot> {
  const sqlite = providerOf(env.DATABASE_URL) === "sqlite";
  const [row] = await db.$queryRawUnsafe<Record<string, bigint | number>[]>(`SELECT ${COUNTS}${sqlite ? ', total_changes() AS "changes"' : ""}`);
  if (!row) throw new Error("The row count query returned nothing");
  const rows = Object.fromEntries(TABLES.map((table) => [table, Number(row[table])]));
  return { rows, changes: sqlite ? Number(row.changes) : null };
}

/** A generated case with a short description, which fast-check prints instead of megabytes of input. */
export class FuzzCase<C> {
  constructor(
    readonly value: C,
    readonly summary: string,
  ) {}

  [fc.toStringMethod](): string {
    return this.summary;
  }
}

type Table = (typeof TABLES)[number];

/** What a case did wrong, and the rows it may add (none unless the endpoint creates something whatever it is sent). */
export interface Verdict {
  problems: string[];
  writes?: Partial<Record<Table, number>>;
}

/** Differences from the rows a case was allowed to add. */
export function unexpectedWrites(before: Snapshot, after: Snapshot, allowed: Partial<Record<Table, number>> = {}): string[] {
  const writes = TABLES.filter((table) => (after.rows[table] ?? 0) - (before.rows[table] ?? 0) !== (allowed[table] ?? 0)).map(
    (table) => `${table}: ${before.rows[table]} -> ${after.rows[table]} rows${allowed[table] ? ` (${allowed[table]} expected)` : ""}`,
  );
  const expectedChanges = Object.values(allowed).reduce((sum, count) => sum + (count ?? 0), 0);
  if (before.changes !== null && after.changes !== null && after.changes - before.changes !== expectedChanges) {
    writes.push(`${after.changes - before.changes} row(s) inserted, updated or deleted${expectedChanges ? ` (${expectedChanges} expected)` : ""}`);
  }
  return writes;
}

/**
 * Sends the generated cases through `check`, which returns what was wrong with the answer
 * (nothing when it was a proper refusal). A case fails when it had problems, wrote a row it was
 * not allowed to, or made the code log an unexpected error; fast-check then shrinks it and
 * reports it with its seed.
 */
export async function fuzz<C>(name: string, cases: fc.Arbitrary<FuzzCase<C>>, check: (value: C) => Promise<string[] | Verdict>): Promise<void> {
  // Captured rather than printed: the failing case's report names the error.
  const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
  const runs = fuzzRuns();
  let sent = 0;
  // Cases run one after another, so one case's "after" is the next one's "before"; a write that
  // lands after a case has answered is then still caught, on the case that follows it.
  let last: Snapshot | undefined;
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(cases, async (fuzzCase) => {
        errors.mockClear();
        const before = last ?? (await snapshot());
        last = undefined;
        const outcome = await check(fuzzCase.value);
        const after = await snapshot();
        last = after;
        sent += 1;
        const { problems, writes } = Array.isArray(outcome) ? { problems: outcome, writes: {} } : outcome;
        problems.push(...unexpectedWrites(before, after, writes).map((write) => `wrote: ${write}`));
        for (const call of errors.mock.calls) problems.push(`logged an error: ${loggedError(call)}`);
        if (problems.length > 0) throw new Error(`${name}\n  ${problems.join("\n  ")}`);
      }),
      { numRuns: runs, seed: fuzzSeed() },
    );
  } finally {
    errors.mockRestore();
  }
  console.log(`fuzz: ${name}: ${sent} requests in ${Math.round((performance.now() - started) / 100) / 10} s`);
}

/** The message and first stack frames of what the code logged at error level. */
function loggedError(call: unknown[]): string {
  const [fields, message] = call;
  const error = (fields as { err?: unknown } | undefined)?.err;
  const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split("\n").slice(1, 4).join("\n")}` : JSON.stringify(fields);
  return `${String(message)}: ${preview(detail, 600)}`;
}

/** A clear message: present, short, without a stack trace or an echo of a long input. */
export function messageProblems(message: unknown, where: string): string[] {
  if (typeof message !== "string" || message.trim() === "") return [`${where} has no message`];
  const problems: string[] = [];
  if (message.length > 600) problems.push(`${where} is ${message.length} characters long: ${preview(message)}`);
  if (/\n\s+at |\.[cm]?[jt]sx?:\d+|\b(TypeError|RangeError|SyntaxError|PrismaClient\w*Error)\b|\[object Object\]/.test(message)) {
    problems.push(`${where} reads like an internal error: ${preview(message, 200)}`);
  }
  return problems;
}
