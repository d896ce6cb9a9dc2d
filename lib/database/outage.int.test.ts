/**
 * The database goes away, for real: route handlers answer 503 database_unavailable with
 * Retry-After, promptly, while it is away, and 2xx again after it comes back, with no restart.
 * - SQLite: another process holds the file's write lock (BEGIN EXCLUSIVE), on the suite's own file.
 * - PostgreSQL: a throwaway server of the test's own (the shared one must never stop) is stopped
 *   with a request in flight and started again; the app's modules are loaded afresh against it.
 */
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { providerOf } from "./provider";
import { sqliteFilePath } from "../db-url";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../testing/fixtures";
import { holdSqliteWriteLock } from "../testing/sqlite-lock";
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from "../testing/throwaway-postgres";

const BASE = "http://127.0.0.1:3000";
const databaseUrl = process.env.DATABASE_URL ?? "";

function request(method: string, path: string, body?: unknown): Request {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { host: "127.0.0.1:3000", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

/** The route handlers this test drives, loaded from whichever module graph is current. */
async function loadRoutes() {
  const [health, assessments, draft, submit, logger] = await Promise.all([
    import("@/app/api/health/route"),
    import("@/app/api/v1/assessments/route"),
    import("@/app/api/v1/assessments/[token]/route"),
    import("@/app/api/v1/assessments/[token]/submit/route"),
    import("@/lib/log/logger"),
  ]);
  const timed = async (work: Promise<Response>) => {
    const started = performance.now();
    const response = await work;
    return { response, ms: performance.now() - started };
  };
  return {
    logger: logger.logger,
    health: () => timed(health.GET(request("GET", "/api/health"), params({}))),
    newDraft: async () => {
      const created = await assessments.POST(request("POST", "/api/v1/assessments"), params({}));
      expect(created.status).toBe(201);
      const { token } = (await created.json()) as { token: string };
      expect((await draft.PUT(request("PUT", `/api/v1/assessments/${token}`, draftBody()), params({ token }))).status).toBe(200);
      return token;
    },
    readDraft: (token: string) => timed(draft.GET(request("GET", `/api/v1/assessments/${token}`), params({ token }))),
    submit: (token: string, key: string) => timed(submit.POST(request("POST", `/api/v1/assessments/${token}/submit`, submissionBody(COMPLETE_ANSWERS, key)), params({ token }))),
  };
}

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  const body = (await response.json()) as { error: { code: string; message: string; issues: unknown[] } };
  expect(body.error).toMatchObject({ code: "database_unavailable", issues: [] });
  expect(body.error.message).toMatch(/nothing was saved/);
}

describe.runIf(providerOf(databaseUrl) === "sqlite")("a SQLite file locked by another process", () => {
  it("answers 503 with Retry-After after a bounded wait (serving other requests meanwhile), health 503, and 2xx once the lock is released", async () => {
    const routes = await loadRoutes();
    const warn = vi.spyOn(routes.logger, "warn").mockImplementation(() => undefined);
    const tokens = [await routes.newDraft(), await routes.newDraft()];
    const keys = [randomUUID(), randomUUID()];
    expect((await routes.health()).response.status).toBe(200);

    const lock = await holdSqliteWriteLock(sqliteFilePath(databaseUrl));
    try {
      // The process keeps serving while a write waits for the lock: health and a read are answered
      // before the waiting write gives up. (Order, not milliseconds: timings belong to the load test.)
      const finished: string[] = [];
      const waiting = routes.submit(tokens[0]!, keys[0]!).then((outcome) => (finished.push("write"), outcome));
      const health = await routes.health().then((outcome) => (finished.push("health"), outcome));
      const read = await routes.readDraft(tokens[0]!).then((outcome) => (finished.push("read"), outcome));
      const first = await waiting;

      expect(health.response.status).toBe(503);
      expect(await health.response.json()).toEqual({ status: "unavailable" });
      // In WAL mode reads go on while another process holds the write lock.
      expect(read.response.status).toBe(200);
      expect(finished).toEqual(["health", "read", "write"]);
      await expectUnavailable(first.response);
      // Bounded: the write waited for SQLITE_WRITE_LOCK_WAIT_MS (5 s) for the lock, then gave up.
      expect(first.ms).toBeGreaterThan(4_000);
      // Once the lock has outlasted the wait, later writes fail without waiting again.
      const second = await routes.submit(tokens[1]!, keys[1]!);
      await expectUnavailable(second.response);
      expect(second.ms).toBeLessThan(first.ms / 2);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reason: expect.stringMatching(/SQLITE_BUSY|P1008/) }), "database unavailable");
    } finally {
      await lock.release();
    }

    expect((await routes.health()).response.status).toBe(200);
    const retried = await Promise.all(tokens.map((token, index) => routes.submit(token, keys[index]!)));
    expect(retried.map(({ response }) => response.status)).toEqual([201, 201]);
  }, 30_000);
});

describe.skipIf(!postgresBinaries())("PostgreSQL stopped and started again", () => {
  let server: ThrowawayPostgres | undefined;
  const saved = { url: process.env.DATABASE_URL, prisma: (globalThis as { prisma?: unknown }).prisma };

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
      stdio: "pipe",
      env: { ...process.env, DATABASE_URL: server.url },
    });
    // The app's modules, loaded afresh, read DATABASE_URL when they load.
    process.env.DATABASE_URL = server.url;
    delete (globalThis as { prisma?: unknown }).prisma;
    vi.resetModules();
  }, 120_000);

  afterAll(async () => {
    const app = (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma;
    await app?.$disconnect().catch(() => undefined);
    process.env.DATABASE_URL = saved.url;
    (globalThis as { prisma?: unknown }).prisma = saved.prisma;
    vi.resetModules();
    server?.destroy();
  });

  it("answers 503 with Retry-After at once while the server is down (a request in flight included), health 503, and 2xx after it is back", async () => {
    const routes = await loadRoutes();
    const warn = vi.spyOn(routes.logger, "warn").mockImplementation(() => undefined);
    const tokens = [await routes.newDraft(), await routes.newDraft()];
    const keys = [randomUUID(), randomUUID()];
    expect((await routes.health()).response.status).toBe(200);

    // Hold a submission in flight: another session locks the results table until the server stops.
    const locker = new pg.Client({ connectionString: server!.url });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE "Result" IN ACCESS EXCLUSIVE MODE');
    const inFlight = routes.submit(tokens[0]!, keys[0]!);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server!.stop();
    await locker.end().catch(() => undefined);

    const terminated = await inFlight;
    await expectUnavailable(terminated.response);
    const health = await routes.health();
    expect(health.response.status).toBe(503);
    const refused = await routes.submit(tokens[1]!, keys[1]!);
    await expectUnavailable(refused.response);
    // The idle pooled connections the shutdown closed were reported, not thrown: this process lives on.
    expect(warn).toHaveBeenCalledWith(expect.anything(), "database connection closed while idle");
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reason: expect.stringMatching(/57P01|terminating connection/) }), "database unavailable");
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reason: expect.stringMatching(/P1001|ECONNREFUSED|DatabaseNotReachable/) }), "database unavailable");

    await server!.start();
    expect((await routes.health()).response.status).toBe(200);
    const retried = await Promise.all(tokens.map((token, index) => routes.submit(token, keys[index]!)));
    expect(retried.map(({ response }) => response.status)).toEqual([201, 201]);
  }, 60_000);
});
