/**
 * Runs due jobs in this process: started once per server process (instrumentation.ts), stopped on
 * SIGTERM. One job at a time, awaited between polls, so it never holds the event loop longer than
 * a handler's own statements do; a handler that throws fails that try (retried with backoff) and
 * the runner goes on.
 */
import "server-only";
import { JOB_BACKOFF, JOB_PAYLOADS, JOB_KINDS, type JobKind } from "../jobs/kinds";
import { logger } from "../log/logger";
import { env } from "../env";
import { onShutdown } from "../process-shutdown";
import { JOB_HANDLERS, type JobContext, type JobHandler, type JobHandlers } from "./job-handlers";
import { appJobStore, claimNextJob, completeJob, enqueueRecurringJobs, extendLease, failJob, LEASE_MS, newInstanceId, releaseJob, type JobStatus, type JobStore } from "./jobs";

export interface RunOptions {
  store: JobStore;
  handlers: Partial<JobHandlers>;
  instanceId: string;
  /** Defaults to the time of the claim; tests pass their own clock. */
  now?: Date;
  /** Stops the handler at its next safe point (the runner is stopping). */
  signal?: AbortSignal;
}

export interface RunOutcome {
  id: string;
  kind: JobKind;
  status: JobStatus | "lease_lost";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Claims one due job that `handlers` can run, runs it and records the outcome; null when none is
 * due. While the handler works its lease is renewed, and a lost lease aborts the handler's signal.
 */
export async function runNextJob(options: RunOptions): Promise<RunOutcome | null> {
  const { store, handlers, instanceId } = options;
  const kinds = JOB_KINDS.filter((kind) => handlers[kind]);
  const now = options.now ?? new Date();
  const job = await claimNextJob(store, instanceId, kinds, now);
  if (!job) return null;

  const parsed = JOB_PAYLOADS[job.kind].safeParse(job.payload);
  if (!parsed.success) {
    const status = await failJob(store, job, instanceId, `The payload does not fit ${job.kind}: ${parsed.error.message}`, { now, permanent: true });
    logger.error({ jobId: job.id, kind: job.kind }, "job payload is invalid");
    return { id: job.id, kind: job.kind, status: status ?? "lease_lost" };
  }

  const lease = new AbortController();
  const abort = () => lease.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", abort, { once: true });
  const heartbeat = setInterval(() => {
    extendLease(store, job.id, instanceId).then(
      (held) => held || lease.abort(new Error("lease lost")),
      (error: unknown) => logger.warn({ jobId: job.id, err: error }, "could not renew a job's lease"),
    );
  }, LEASE_MS / 3);
  heartbeat.unref();

  try {
    const handler = handlers[job.kind] as JobHandler<typeof job.kind>;
    const context: JobContext = { store, jobId: job.id, now, signal: lease.signal };
    const result = await handler(parsed.data, context);
    const done = await completeJob(store, job.id, instanceId, result, options.now ?? new Date());
    if (!done) logger.warn({ jobId: job.id, kind: job.kind }, "job finished after its lease was lost; another instance holds it");
    return { id: job.id, kind: job.kind, status: done ? "done" : "lease_lost" };
  } catch (error) {
    if (options.signal?.aborted) {
      const released = await releaseJob(store, job.id, instanceId);
      logger.info({ jobId: job.id, kind: job.kind }, "job handed back: the server is stopping");
      return { id: job.id, kind: job.kind, status: released ? "pending" : "lease_lost" };
    }
    const status = await failJob(store, job, instanceId, messageOf(error), { now: options.now ?? new Date(), backoff: JOB_BACKOFF[job.kind] });
    logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, maxAttempts: job.maxAttempts, status, err: error }, "job failed");
    return { id: job.id, kind: job.kind, status: status ?? "lease_lost" };
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", abort);
  }
}

export interface JobRunner {
  /** Stops polling and waits for the job in hand to finish or stop at its next safe point. */
  stop(): Promise<void>;
}

/** How often each instance enqueues this period's recurring jobs (a look-up once the period's row exists). */
const SCHEDULE_EVERY_MS = 60_000;

/** Runs the kinds `handlers` has (tests and tools run a few; the server passes them all). */
export function startJobRunner(options: { store: JobStore; handlers: Partial<JobHandlers>; instanceId: string; pollIntervalMs: number }): JobRunner {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let lastScheduled = 0;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      if (Date.now() - lastScheduled >= SCHEDULE_EVERY_MS) {
        await enqueueRecurringJobs(options.store, new Date());
        lastScheduled = Date.now();
      }
      while (!stopping.signal.aborted && (await runNextJob({ ...options, signal: stopping.signal }))) {
        // Another job may be due right away: drain before sleeping.
      }
    } catch (error) {
      // The database may be away for a while; the next poll tries again.
      logger.warn({ err: error }, "job runner could not poll");
    }
  };
  const schedule = () => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, options.pollIntervalMs);
    timer.unref();
  };
  current = tick().finally(schedule);
  logger.info({ instanceId: options.instanceId, pollIntervalMs: options.pollIntervalMs }, "job runner started");

  return {
    async stop() {
      stopping.abort(new Error("the server is stopping"));
      clearTimeout(timer);
      await current;
    },
  };
}

/** The server's runner: on unless JOBS_ENABLED=false, stopped by scripts/serve.ts on SIGTERM before the process exits. */
export function startJobsInThisProcess(): void {
  if (!env.JOBS_ENABLED) {
    logger.info("jobs are off on this instance (JOBS_ENABLED=false)");
    return;
  }
  const runner = startJobRunner({ store: appJobStore, handlers: JOB_HANDLERS, instanceId: newInstanceId(), pollIntervalMs: env.JOBS_POLL_INTERVAL_MS });
  onShutdown(() => runner.stop());
}
