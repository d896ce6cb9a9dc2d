/**
 * The durable job queue: rows of the Job table that any instance may claim. Written for Prisma
 * rather than taken from a library because no maintained job library serves both SQLite and
 * PostgreSQL from the app's own connection (README, "Jobs"): one implementation, tested on both.
 *
 * Claiming is one conditional UPDATE (`updateMany` whose `where` holds the job's claimable state
 * and the try count that was read), so of any number of instances racing for a job, exactly one
 * changes the row and runs it. A claim carries a lease: past `lockedUntil`, an instance that died
 * mid-job has lost it and another claims it again, so a job's handler must be safe to run twice.
 */
import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { retryDelayMs, type BackoffRule, DEFAULT_BACKOFF } from "../jobs/backoff";
import { JOB_PAYLOADS, RECURRING_JOBS, type JobKind, type JobPayload } from "../jobs/kinds";
import { periodKey, periodOf } from "../jobs/period";
import { db, isUniqueViolation, serializeWrite } from "../db";

/**
 * The database the queue works on, and how its writes are run (serialized on SQLite's one
 * connection): a client, or an open transaction whose writes already hold their turn.
 */
export interface JobStore {
  client: Prisma.TransactionClient;
  write<T>(work: () => Promise<T>): Promise<T>;
}

export const appJobStore: JobStore = { client: db, write: serializeWrite };

/**
 * Jobs (and webhook deliveries) written inside `tx`: stored with the change it makes, or not at
 * all. Only for rows no unique key can refuse: PostgreSQL aborts a transaction at its first error,
 * so a dedupe key's "already queued" could not be caught inside one.
 */
export function jobStoreIn(tx: Prisma.TransactionClient): JobStore {
  return { client: tx, write: (work) => work() };
}

/** How long a claim holds before another instance may take the job; the runner renews it while the handler works. */
export const LEASE_MS = 2 * 60_000;
/** Due jobs looked at per claim round: enough that racing instances each find one they can win. */
const CLAIM_CANDIDATES = 10;
const CLAIM_ROUNDS = 5;

export type JobStatus = "pending" | "running" | "done" | "failed";

/** A name for this process in `lockedBy`, unique even for two processes on one host. */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** A job with this key is enqueued once: later enqueues with the same key return the first job. */
  dedupeKey?: string;
}

/**
 * A job's row, its payload checked against its kind: for enqueueJob, and for a caller that writes
 * the job in the same transaction as the change it follows (so neither is stored without the other).
 */
export function newJobRow<K extends JobKind>(kind: K, payload: JobPayload<K>, options: EnqueueOptions = {}): Prisma.JobCreateInput {
  return {
    kind,
    payload: JOB_PAYLOADS[kind].parse(payload) as Prisma.InputJsonObject,
    dedupeKey: options.dedupeKey,
    runAt: options.runAt ?? new Date(),
    maxAttempts: options.maxAttempts ?? 5,
  };
}

/** Adds a job; with a dedupe key already taken, returns the existing job's id and `created: false`. */
export async function enqueueJob<K extends JobKind>(
  store: JobStore,
  kind: K,
  payload: JobPayload<K>,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const data = newJobRow(kind, payload, options);
  const { dedupeKey } = options;
  if (dedupeKey) {
    const existing = await store.client.job.findUnique({ where: { dedupeKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  try {
    const job = await store.write(() => store.client.job.create({ data, select: { id: true } }));
    return { id: job.id, created: true };
  } catch (error) {
    // Another instance enqueued the same key between the look-up and the insert.
    if (!dedupeKey || !isUniqueViolation(error)) throw error;
    const existing = await store.client.job.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
    return { id: existing.id, created: false };
  }
}

/** Enqueues this period's run of every recurring job; every instance calls it, one row per period results. */
export async function enqueueRecurringJobs(store: JobStore, now: Date): Promise<void> {
  for (const recurring of RECURRING_JOBS) {
    const period = periodOf(recurring.period, now);
    await enqueueJob(store, recurring.kind, recurring.payload(period), { dedupeKey: periodKey(recurring.kind, recurring.period, now), runAt: now });
  }
}

export interface ClaimedJob {
  id: string;
  kind: JobKind;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** A job that may be claimed at `now`: due and waiting, or held by an instance whose lease ran out. */
function claimable(client: Prisma.TransactionClient, kinds: readonly string[], now: Date): Prisma.JobWhereInput {
  return {
    kind: { in: [...kinds] },
    OR: [
      { status: "pending", runAt: { lte: now } },
      { status: "running", lockedUntil: { lt: now }, attempts: { lt: client.job.fields.maxAttempts } },
    ],
  };
}

/**
 * A job whose lease ran out on its last try will not be tried again: it fails, saying so. Without
 * this it would stay "running" for ever, since no claim takes a job that has no tries left.
 */
async function failAbandonedJobs(store: JobStore, now: Date): Promise<void> {
  const abandoned: Prisma.JobWhereInput = { status: "running", lockedUntil: { lt: now }, attempts: { gte: store.client.job.fields.maxAttempts } };
  // Every poll of every instance comes here: a read first keeps an idle poll from taking SQLite's write lock.
  if (!(await store.client.job.findFirst({ where: abandoned, select: { id: true } }))) return;
  await store.write(() =>
    store.client.job.updateMany({
      where: abandoned,
      data: { status: "failed", lockedBy: null, lockedUntil: null, finishedAt: now, lastError: "The instance running its last try stopped before it finished (its lease ran out)." },
    }),
  );
}

/**
 * Claims the next due job of one of `kinds` for `instanceId` until `now + LEASE_MS`, or returns
 * null when none is due. Each candidate is taken with one conditional update; a candidate another
 * instance took first changes no row, and the next one is tried.
 */
export async function claimNextJob(store: JobStore, instanceId: string, kinds: readonly JobKind[], now: Date = new Date()): Promise<ClaimedJob | null> {
  await failAbandonedJobs(store, now);
  for (let round = 0; round < CLAIM_ROUNDS; round++) {
    const candidates = await store.client.job.findMany({
      where: claimable(store.client, kinds, now),
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      take: CLAIM_CANDIDATES,
      select: { id: true, attempts: true },
    });
    if (candidates.length === 0) return null;
    for (const candidate of candidates) {
      const { count } = await store.write(() =>
        store.client.job.updateMany({
          where: { AND: [{ id: candidate.id, attempts: candidate.attempts }, claimable(store.client, kinds, now)] },
          data: { status: "running", lockedBy: instanceId, lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
        }),
      );
      if (count === 1) {
        const job = await store.client.job.findUniqueOrThrow({ where: { id: candidate.id }, select: { id: true, kind: true, payload: true, attempts: true, maxAttempts: true } });
        return { ...job, kind: job.kind as JobKind };
      }
    }
  }
  // Every candidate went to another instance, round after round: look again at the next poll.
  return null;
}

/** Renews the lease of a job this instance holds; false when it no longer holds it. */
export async function extendLease(store: JobStore, jobId: string, instanceId: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await store.write(() =>
    store.client.job.updateMany({ where: { id: jobId, lockedBy: instanceId, status: "running" }, data: { lockedUntil: new Date(now.getTime() + LEASE_MS) } }),
  );
  return count === 1;
}

/** Marks a held job done with its result; false when the lease was lost meanwhile (another instance owns it now). */
export async function completeJob(store: JobStore, jobId: string, instanceId: string, result: Prisma.InputJsonValue, now: Date = new Date()): Promise<boolean> {
  const { count } = await store.write(() =>
    store.client.job.updateMany({
      where: { id: jobId, lockedBy: instanceId, status: "running" },
      data: { status: "done", result, lockedBy: null, lockedUntil: null, finishedAt: now },
    }),
  );
  return count === 1;
}

/**
 * Records a failed try of a held job: it waits its backoff and is tried again, or fails for good
 * when it has no tries left or `permanent` (input it can never accept). The error is kept.
 */
export async function failJob(
  store: JobStore,
  job: Pick<ClaimedJob, "id" | "attempts" | "maxAttempts">,
  instanceId: string,
  error: string,
  options: { now?: Date; permanent?: boolean; backoff?: BackoffRule } = {},
): Promise<JobStatus | null> {
  const now = options.now ?? new Date();
  const giveUp = options.permanent || job.attempts >= job.maxAttempts;
  const lastError = error.slice(0, 2_000);
  const { count } = await store.write(() =>
    store.client.job.updateMany({
      where: { id: job.id, lockedBy: instanceId, status: "running" },
      data: giveUp
        ? { status: "failed", lastError, lockedBy: null, lockedUntil: null, finishedAt: now }
        : { status: "pending", lastError, lockedBy: null, lockedUntil: null, runAt: new Date(now.getTime() + retryDelayMs(job.attempts, options.backoff ?? DEFAULT_BACKOFF)) },
    }),
  );
  if (count === 0) return null;
  return giveUp ? "failed" : "pending";
}

/** Hands a held job back untried (the server is stopping): due at once for any instance, the try not counted. */
export async function releaseJob(store: JobStore, jobId: string, instanceId: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await store.write(() =>
    store.client.job.updateMany({
      where: { id: jobId, lockedBy: instanceId, status: "running" },
      data: { status: "pending", lockedBy: null, lockedUntil: null, runAt: now, attempts: { decrement: 1 } },
    }),
  );
  return count === 1;
}
