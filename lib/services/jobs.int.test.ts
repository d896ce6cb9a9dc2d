/**
 * The durable job queue against the real database (SQLite, or PostgreSQL with
 * INTEGRATION_PROVIDER=postgresql). "Instances" are separate Prisma clients, each with its own
 * connection (pool), as three servers on one database would have. The clock is the test's: every
 * claim is given its `now`, so leases and backoff are crossed without waiting.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "../db-client";
import { db } from "../db";
import { DEFAULT_BACKOFF } from "../jobs/backoff";
import { periodKey } from "../jobs/period";
import type { JobHandler } from "./job-handlers";
import { runNextJob, startJobRunner } from "./job-runner";
import { appJobStore, claimNextJob, completeJob, enqueueJob, enqueueRecurringJobs, LEASE_MS, type JobStore } from "./jobs";

const INSTANCES = 3;
const clients: PrismaClient[] = Array.from({ length: INSTANCES }, () => createPrismaClient(process.env.DATABASE_URL!));
const instances: JobStore[] = clients.map((client) => ({ client, write: (work) => work() }));
function instance(i: number): JobStore {
  const store = instances[i % INSTANCES];
  if (!store) throw new Error("no such instance");
  return store;
}
const T0 = new Date("2030-01-01T00:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const PAYLOAD = { period: "2030-01-01" };

afterAll(async () => {
  await db.job.deleteMany();
  await Promise.all(clients.map((client) => client.$disconnect()));
  await db.$disconnect();
});

beforeEach(async () => {
  await db.job.deleteMany();
});

describe("claiming", () => {
  it("runs each of 60 jobs exactly once when 3 instances with 8 claimers each race for them", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) ids.add((await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: T0 })).id);
    const runs = new Map<string, number>();
    const handler: JobHandler<"retention.purge"> = async (_payload, { jobId }) => {
      runs.set(jobId, (runs.get(jobId) ?? 0) + 1);
      // Give the other claimers a turn while this job is held.
      await new Promise((resolve) => setImmediate(resolve));
      return { ran: true };
    };
    const claimer = async (store: JobStore, name: string) => {
      while (await runNextJob({ store, handlers: { "retention.purge": handler }, instanceId: name, now: at(1_000) })) {
        // keep claiming until nothing is due
      }
    };
    await Promise.all(instances.flatMap((store, i) => Array.from({ length: 8 }, (_, j) => claimer(store, `instance-${i}-${j}`))));
    // A claimer that lost every candidate to others stops early; one more pass finds anything left.
    await claimer(instance(0), "sweeper");

    expect(new Set(runs.keys())).toEqual(ids);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const rows = await db.job.findMany({ select: { status: true, attempts: true, lockedBy: true, result: true } });
    expect(rows).toHaveLength(60);
    expect(rows.every((row) => row.status === "done" && row.attempts === 1 && row.lockedBy === null)).toBe(true);
    expect(rows[0]?.result).toEqual({ ran: true });
  });

  it("gives a job to exactly one of 30 claimers racing for it at the same moment", async () => {
    await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: T0 });
    const claims = await Promise.all(Array.from({ length: 30 }, (_, i) => claimNextJob(instance(i), `claimer-${i}`, ["retention.purge"], at(1))));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("does not claim a job before its runAt, nor a kind this instance has no handler for", async () => {
    await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: at(60_000) });
    expect(await claimNextJob(instance(0), "early", ["retention.purge"], at(59_999))).toBeNull();
    expect(await claimNextJob(instance(0), "no-handler", [], at(60_000))).toBeNull();
    expect(await claimNextJob(instance(0), "on-time", ["retention.purge"], at(60_000))).not.toBeNull();
  });
});

describe("leases", () => {
  it("runs a job again on another instance once the lease of the instance that died holding it has run out", async () => {
    const { id } = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: T0 });
    const dead = await claimNextJob(instance(0), "dead-instance", ["retention.purge"], at(0));
    expect(dead?.id).toBe(id);

    const handlers = { "retention.purge": (async () => ({ rescued: true })) satisfies JobHandler<"retention.purge"> };
    expect(await runNextJob({ store: instance(1), handlers, instanceId: "survivor", now: at(LEASE_MS - 1) })).toBeNull();
    expect(await runNextJob({ store: instance(1), handlers, instanceId: "survivor", now: at(LEASE_MS + 1) })).toMatchObject({ id, status: "done" });

    const row = await db.job.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "done", attempts: 2, result: { rescued: true } });
    // The first holder coming back to life cannot overwrite the outcome.
    expect(await completeJob(instance(0), id, "dead-instance", { late: true }, at(LEASE_MS + 2))).toBe(false);
    expect((await db.job.findUniqueOrThrow({ where: { id } })).result).toEqual({ rescued: true });
  });

  it("fails a job whose lease ran out on its last try, saying so, instead of leaving it running", async () => {
    const { id } = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: T0, maxAttempts: 1 });
    expect(await claimNextJob(instance(0), "dead-instance", ["retention.purge"], at(0))).not.toBeNull();
    expect(await claimNextJob(instance(1), "survivor", ["retention.purge"], at(LEASE_MS + 1))).toBeNull();
    const row = await db.job.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, lockedBy: null });
    expect(row.lastError).toMatch(/lease ran out/);
  });
});

describe("retries", () => {
  it("tries a failing job again after a doubling wait, then fails it at maxAttempts with the last error kept", async () => {
    const { id } = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: T0, maxAttempts: 3 });
    let tries = 0;
    const handlers = {
      "retention.purge": (async () => {
        tries++;
        throw new Error(`receiver down (try ${tries})`);
      }) satisfies JobHandler<"retention.purge">,
    };
    const run = (now: Date) => runNextJob({ store: instance(tries), handlers, instanceId: `instance-${tries}`, now });
    const first = DEFAULT_BACKOFF.baseMs;

    expect(await run(at(0))).toMatchObject({ id, status: "pending" });
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", attempts: 1, runAt: at(first), lastError: "Error: receiver down (try 1)" });
    expect(await run(at(first - 1))).toBeNull();

    expect(await run(at(first))).toMatchObject({ status: "pending" });
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 2, runAt: at(first + 2 * first) });
    expect(await run(at(first + 2 * first - 1))).toBeNull();

    expect(await run(at(3 * first))).toMatchObject({ status: "failed" });
    const row = await db.job.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 3, lastError: "Error: receiver down (try 3)", lockedBy: null, finishedAt: at(3 * first) });
    expect(await run(at(365 * 24 * 3_600_000))).toBeNull();
    expect(tries).toBe(3);
  });

  it("fails a job whose payload no longer fits its kind at once, without running the handler", async () => {
    const job = await db.job.create({ data: { kind: "retention.purge", payload: { period: "not a day" }, runAt: T0 } });
    let ran = false;
    const handlers = { "retention.purge": (async () => ((ran = true), {})) satisfies JobHandler<"retention.purge"> };
    expect(await runNextJob({ store: instance(0), handlers, instanceId: "one", now: at(0) })).toMatchObject({ id: job.id, status: "failed" });
    expect(ran).toBe(false);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).lastError).toMatch(/payload does not fit retention\.purge/);
  });
});

describe("scheduling", () => {
  it("enqueues one run per period however many instances schedule it at once", async () => {
    const now = new Date("2030-03-04T05:06:07Z");
    await Promise.all(Array.from({ length: 30 }, (_, i) => enqueueRecurringJobs(instance(i), now)));
    const rows = await db.job.findMany({ select: { kind: true, dedupeKey: true, payload: true }, orderBy: { kind: "asc" } });
    expect(rows).toEqual([
      { kind: "engagements.tick", dedupeKey: periodKey("engagements.tick", "hour", now), payload: { period: "2030-03-04T05" } },
      { kind: "retention.purge", dedupeKey: periodKey("retention.purge", "day", now), payload: { period: "2030-03-04" } },
    ]);

    await enqueueRecurringJobs(instance(0), new Date("2030-03-04T05:59:59Z"));
    expect(await db.job.count()).toBe(2);
    await enqueueRecurringJobs(instance(0), new Date("2030-03-05T00:00:00Z"));
    expect(await db.job.count({ where: { kind: "retention.purge" } })).toBe(2);
    expect(await db.job.count({ where: { kind: "engagements.tick" } })).toBe(2);
  });

  it("returns the existing job for a dedupe key already taken", async () => {
    const first = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { dedupeKey: "once" });
    const again = await enqueueJob(instance(1), "retention.purge", PAYLOAD, { dedupeKey: "once" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
  });
});

describe("the runner", () => {
  it("goes on to the next job after a handler throws, and stops cleanly", async () => {
    const failing = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: new Date(Date.now() - 2_000) });
    const next = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: new Date(Date.now() - 1_000) });
    let nextRan!: () => void;
    const nextDone = new Promise<void>((resolve) => (nextRan = resolve));
    const runner = startJobRunner({
      store: instance(0),
      instanceId: "runner",
      pollIntervalMs: 60_000,
      handlers: {
        "retention.purge": async (_payload, { jobId }) => {
          if (jobId === failing.id) throw new Error("a handler bug");
          if (jobId === next.id) nextRan();
          return { ok: true };
        },
      },
    });
    await nextDone;
    await runner.stop();
    expect(await db.job.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({ status: "pending", attempts: 1, lastError: "Error: a handler bug" });
    expect(await db.job.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({ status: "done" });
  });

  it("hands the job in hand back untried when it is stopped", async () => {
    const job = await enqueueJob(appJobStore, "retention.purge", PAYLOAD, { runAt: new Date(Date.now() - 1_000), dedupeKey: "in-hand" });
    // The runner's own schedule would add today's purge: take its key first so only this job is due.
    await enqueueRecurringJobs(appJobStore, new Date());
    await db.job.updateMany({ where: { NOT: { id: job.id } }, data: { status: "done" } });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const runner = startJobRunner({
      store: instance(0),
      instanceId: "stopping",
      pollIntervalMs: 60_000,
      handlers: {
        "retention.purge": (_payload, { signal }) => {
          started();
          return new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error)));
        },
      },
    });
    await running;
    await runner.stop();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "pending", attempts: 0, lockedBy: null, lastError: null });
  });
});
