/**
 * `npm run loadtest [-- --postgres] [-- --crash | --db-outage]`: drives a production build on a loopback port
 * with a fresh database (SQLite, or a scratch database on TEST_POSTGRES_URL's server):
 * 2,000 submissions of 200 drafts (each draft's ten replays share one idempotency key and are
 * sent back to back, so they race) at 50 connections, while two tabs autosave one draft five
 * times a second each for 60 s. It prints requests per second and latency percentiles, then
 * checks the database holds exactly what was acknowledged: no 5xx, nothing lost, nothing
 * duplicated. With --crash the server is killed with SIGKILL halfway through the submissions and
 * restarted, and every acknowledged submission and the last acknowledged autosave must survive.
 * With --db-outage the database goes away for 20 s halfway through the submissions (paced at
 * 30/s so the load runs before, during and after it): on PostgreSQL a throwaway server the script
 * starts itself is stopped (pg_ctl stop -m fast) and started again; on SQLite another process
 * holds the file's write lock (BEGIN EXCLUSIVE). Requests must then be answered 503
 * database_unavailable with Retry-After, promptly (no other status, no socket error or timeout),
 * /api/health must answer 503, the app must recover by itself, and every submission answered 503
 * must succeed when retried with its key afterwards.
 * With --compare: that run on SQLite with --health (the health route's rate first) and --reports (PDF
 * downloads after, scripts/loadtest-reports.ts), then on PostgreSQL, and the ratios of the targets.
 * Bounded: a fixed number of submissions, 60 s of autosaves, loopback only.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "../lib/db-client";
import { summarizeLatencies, type LatencySummary } from "../lib/loadtest/latency";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../lib/testing/fixtures";
import { createScratchPostgres, removeSqliteFiles, type ScratchDatabase } from "../lib/testing/scratch-database";
import { holdSqliteWriteLock, type HeldLock } from "../lib/testing/sqlite-lock";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../lib/testing/throwaway-postgres";
import { waitForHealth } from "../lib/testing/wait-for-health";
import { RESULTS_FOR_REPORTS, healthRate, measureReports, serverPeakMb, waitForQuietServer, type ReportFigures } from "./loadtest-reports";

const PORT = Number(process.env.LOADTEST_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DRAFTS = 200;
const SUBMISSIONS = 2000;
const CONNECTIONS = 50;
const AUTOSAVE_SECONDS = 60;
const AUTOSAVES_PER_TAB_PER_SECOND = 5;
const TABS = 2;
const OUTAGE_SECONDS = 20;
/** With --db-outage, 2,000 submissions at 30/s last about 67 s: the outage starts near 33 s and leaves about 12 s of load after it. */
const OUTAGE_SUBMISSION_RATE = 30;
/** Fail fast: no request may take longer while the database is away (a SQLite write waits up to 5 s for the lock). */
const OUTAGE_LONGEST_REQUEST_MS = 10_000;
/** Recovery by itself: the first success after the database is back must come within this. */
const RECOVERY_LIMIT_MS = 10_000;
/** Health may still answer 200 this long into the outage (the SQLite probe waits up to 1 s for the lock). */
const HEALTH_GRACE_MS = 1_500;
const HEALTH_POLL_MS = 250;

interface Phase {
  name: string;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  seconds: number;
  /** performance.now() at the phase's latest answer: the phase ends there, not at autocannon's next one-second tick. */
  lastAnswerAt: number | null;
}

function newPhase(name: string): Phase {
  return { name, latencies: [], statuses: new Map(), errors: 0, seconds: 0, lastAnswerAt: null };
}

/** What the --db-outage run watches: when the database was away, and how requests and health fared around it. */
interface OutageWatch {
  /** performance.now() once the database is away (stopped, or the lock held), and once it is back. */
  start?: number;
  end?: number;
  /** The longest request that was in flight at any moment of the outage. */
  longestMs: number;
  /** From the end of the outage to the first 2xx answer. */
  firstSuccessMs?: number;
  /** 503 answers without the database_unavailable body or Retry-After: counted as other statuses. */
  malformed503: number;
  health: { sentAt: number; ms: number; status: number | "error" }[];
  /** Drafts with a submission answered 503, to retry with their keys afterwards. */
  unavailableDrafts: Set<number>;
}

let outage: OutageWatch | null = null;

function record(phase: Phase, status: number, sentAt: number, body = "", headers: Record<string, unknown> = {}): void {
  const now = performance.now();
  phase.lastAnswerAt = now;
  phase.latencies.push(now - sentAt);
  if (status === 503 && outage && !isDatabaseUnavailableAnswer(body, headers)) {
    outage.malformed503 += 1;
    status = -503;
  }
  phase.statuses.set(status, (phase.statuses.get(status) ?? 0) + 1);
  if (!outage || outage.start === undefined) return;
  if (now >= outage.start && (outage.end === undefined || sentAt <= outage.end)) outage.longestMs = Math.max(outage.longestMs, now - sentAt);
  if (status >= 200 && status < 300 && outage.end !== undefined && outage.firstSuccessMs === undefined) outage.firstSuccessMs = now - outage.end;
}

/** The answer the app must give while the database is away: 503, database_unavailable, Retry-After. */
function isDatabaseUnavailableAnswer(body: string, headers: Record<string, unknown>): boolean {
  const retryAfter = Object.entries(headers).find(([name]) => name.toLowerCase() === "retry-after")?.[1];
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code === "database_unavailable" && Number(retryAfter) > 0;
  } catch {
    return false;
  }
}

async function freshDatabase(postgres: boolean): Promise<ScratchDatabase> {
  if (!postgres) {
    const file = path.resolve(".data", "loadtest.db");
    removeSqliteFiles(file);
    return { url: `file:${file}`, drop: async () => removeSqliteFiles(file) };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("--postgres needs TEST_POSTGRES_URL (see README, Testing against PostgreSQL).");
  return createScratchPostgres(adminUrl, `rolefit_load_${process.pid}`);
}

/** `npm start` in its own process group, so a crash can take down the Next server under it too. */
function startServer(databaseUrl: string, secrets: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "start.ts")], {
    env: { ...process.env, ...secrets, DATABASE_URL: databaseUrl, PORT: String(PORT), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "false", LOG_LEVEL: "warn", TRUSTED_PROXIES: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

function stopGroup(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    try {
      process.kill(-(server.pid ?? 0), signal);
    } catch {
      resolve();
    }
  });
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Each draft comes from an address of its own, as respondents behind a load balancer would (the
 * server trusts 127.0.0.1 as that proxy): the per-address limit on new assessments is not what this
 * test measures.
 */
function respondentAddress(index: number): string {
  return `198.51.100.${(index % 250) + 1}`;
}

async function createDraft(index: number): Promise<string> {
  const created = await fetch(`${BASE}/api/v1/assessments`, { method: "POST", headers: { "x-forwarded-for": respondentAddress(index) } });
  const { token } = await json<{ token: string }>(created, "creating a draft");
  await json(await fetch(`${BASE}/api/v1/assessments/${token}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(draftBody()) }), "saving a draft");
  return token;
}

interface Acknowledged {
  /** Result id per draft index, from every 2xx response; replays must agree. */
  results: Map<number, Set<string>>;
  /** Each acknowledged autosave's marker by the revision the server gave it. */
  autosaves: Map<number, string>;
  /** Every autosave's marker, answered or not: the run's end can cut off a save the server made. */
  sent: Set<string>;
}

type Context = Record<string, unknown>;

/** One autocannon run; requests that get no reply (refused, reset, timed out) are counted on the phase. */
function run(options: autocannon.Options, phase: Phase): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
    instance.on("reqError", () => {
      phase.errors += 1;
    });
  });
}

function runSubmissions(tokens: string[], keys: string[], phase: Phase, acknowledged: Acknowledged, onHalfway: () => void, paced: boolean): Promise<unknown> {
  const replays = SUBMISSIONS / tokens.length;
  let sent = 0;
  let answered = 0;
  return run({
    url: BASE,
    connections: CONNECTIONS,
    amount: SUBMISSIONS,
    ...(paced ? { overallRate: OUTAGE_SUBMISSION_RATE } : {}),
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (request, raw: object) => {
          const context = raw as Context;
          // Ten requests in a row for one draft: its replays race each other on the connections.
          const draft = Math.floor(sent / replays) % tokens.length;
          sent += 1;
          context.draft = draft;
          context.sentAt = performance.now();
          return { ...request, path: `/api/v1/assessments/${tokens[draft]}/submit`, headers: { "content-type": "application/json" }, body: JSON.stringify(submissionBody(COMPLETE_ANSWERS, keys[draft])) };
        },
        onResponse: (status, body, raw: object, headers) => {
          const context = raw as Context;
          record(phase, status, Number(context.sentAt), body, headers);
          answered += 1;
          if (answered >= SUBMISSIONS / 2) onHalfway();
          if (status === 503) outage?.unavailableDrafts.add(Number(context.draft));
          if (status >= 200 && status < 300) {
            const draft = Number(context.draft);
            const ids = acknowledged.results.get(draft) ?? new Set<string>();
            ids.add((JSON.parse(body) as { resultId: string }).resultId);
            acknowledged.results.set(draft, ids);
          }
        },
      },
    ],
  }, phase);
}

function runAutosaves(token: string, phase: Phase, acknowledged: Acknowledged): Promise<unknown> {
  let saves = 0;
  return run({
    url: BASE,
    connections: TABS,
    overallRate: TABS * AUTOSAVES_PER_TAB_PER_SECOND,
    duration: AUTOSAVE_SECONDS,
    timeout: 30,
    requests: [
      {
        method: "PUT",
        setupRequest: (request, raw: object) => {
          const context = raw as Context;
          // Numbered across both tabs (connections): autocannon starts each request with a fresh context.
          saves += 1;
          context.marker = `Autosave ${saves}`;
          acknowledged.sent.add(String(context.marker));
          context.sentAt = performance.now();
          return {
            ...request,
            path: `/api/v1/assessments/${token}`,
            headers: { "content-type": "application/json" },
            body: JSON.stringify(draftBody(COMPLETE_ANSWERS, { respondentName: String(context.marker) })),
          };
        },
        onResponse: (status, body, raw: object, headers) => {
          const context = raw as Context;
          record(phase, status, Number(context.sentAt), body, headers);
          if (status >= 200 && status < 300) acknowledged.autosaves.set((JSON.parse(body) as { revision: number }).revision, String(context.marker));
        },
      },
    ],
  }, phase);
}

/**
 * The phase's duration, from its start to its last answer. autocannon calls a run with a fixed
 * number of requests done at its next one-second tick, which rounded every figure up to whole
 * seconds: up to a second too long, on runs of 7 to 18 s.
 */
async function timed(phase: Phase, work: Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work;
  phase.seconds = ((phase.lastAnswerAt ?? performance.now()) - start) / 1000;
}

function count(phase: Phase, test: (status: number) => boolean): number {
  return [...phase.statuses].filter(([status]) => test(status)).reduce((sum, [, n]) => sum + n, 0);
}

function formatRow(phase: Phase, latency: LatencySummary): string {
  const cells = [
    phase.name.padEnd(34),
    String(latency.requests).padStart(8),
    (latency.requests / phase.seconds).toFixed(1).padStart(8),
    `${latency.p50Ms.toFixed(1)}`.padStart(8),
    `${latency.p95Ms.toFixed(1)}`.padStart(8),
    `${latency.p99Ms.toFixed(1)}`.padStart(8),
    String(count(phase, (status) => status >= 200 && status < 300)).padStart(6),
    String(count(phase, (status) => status >= 400 && status < 500)).padStart(6),
    String(count(phase, (status) => status >= 500)).padStart(6),
    String(phase.errors).padStart(7),
  ];
  return cells.join(" ");
}

async function verify(databaseUrl: string, acknowledged: Acknowledged, autosaveToken: string): Promise<string[]> {
  const problems: string[] = [];
  const db = createPrismaClient(databaseUrl);
  try {
    for (const [draft, ids] of acknowledged.results) {
      if (ids.size !== 1) problems.push(`draft ${draft}: replays were acknowledged with ${ids.size} different result ids`);
    }
    const acknowledgedIds = [...acknowledged.results.values()].flatMap((ids) => [...ids]);
    const stored = await db.result.findMany({ where: { id: { in: acknowledgedIds } }, select: { id: true, answers: true } });
    const lost = acknowledgedIds.length - stored.length;
    if (lost > 0) problems.push(`${lost} acknowledged submission(s) are missing from the database`);
    const unreadable = stored.filter((row) => !isDeepStrictEqual(row.answers, COMPLETE_ANSWERS)).length;
    if (unreadable > 0) problems.push(`${unreadable} stored submission(s) do not hold the answers that were sent`);
    const total = await db.result.count();
    if (total !== acknowledged.results.size) problems.push(`the database holds ${total} results for ${acknowledged.results.size} acknowledged drafts (duplicates or unacknowledged writes)`);
  } finally {
    await db.$disconnect();
  }
  const draft = await json<{ details?: { respondentName?: string }; answers?: unknown; revision?: number }>(
    await fetch(`${BASE}/api/v1/assessments/${autosaveToken}`),
    "reading the autosaved draft",
  );
  // The newest acknowledged save is the one the server numbered highest. Only a save still in
  // flight when the run stopped (sent, never answered) may be newer.
  const revisions = [...acknowledged.autosaves.keys()];
  const newest = Math.max(...revisions);
  const stored = { revision: draft.revision ?? 0, marker: draft.details?.respondentName ?? "" };
  const answeredMarkers = new Set(acknowledged.autosaves.values());
  if (revisions.length === 0) problems.push("no autosave was acknowledged");
  else if (stored.revision < newest) problems.push(`the autosaved draft is revision ${stored.revision}, older than the newest acknowledged save (revision ${newest}): an acknowledged save was lost`);
  else if (stored.revision === newest && stored.marker !== acknowledged.autosaves.get(newest)) problems.push(`revision ${newest} holds "${stored.marker}", not the acknowledged "${acknowledged.autosaves.get(newest)}"`);
  else if (stored.revision > newest && (!acknowledged.sent.has(stored.marker) || answeredMarkers.has(stored.marker))) {
    problems.push(`the autosaved draft holds "${stored.marker}" at revision ${stored.revision}, which no unanswered save sent`);
  }
  // Compared as values: PostgreSQL's jsonb does not keep the order of keys.
  if (!isDeepStrictEqual(draft.answers, COMPLETE_ANSWERS)) problems.push("the autosaved draft's answers are not the ones saved");
  return problems;
}

/** What --db-outage takes away and gives back: a throwaway PostgreSQL server, or a SQLite file's write lock. */
interface OutageTarget {
  description: string;
  takeDown: () => Promise<void>;
  bringBack: () => Promise<void>;
  /** Gives back whatever is still taken when the run ends early. */
  cleanup: () => Promise<void>;
}

function postgresOutage(server: ThrowawayPostgres): OutageTarget {
  let down = false;
  return {
    description: `PostgreSQL (throwaway server on port ${server.port}) stopped with pg_ctl stop -m fast`,
    takeDown: async () => {
      down = true;
      await server.stop();
    },
    bringBack: async () => {
      await server.start();
      down = false;
    },
    cleanup: async () => {
      if (down) await server.start().catch(() => undefined);
    },
  };
}

function sqliteOutage(file: string): OutageTarget {
  let lock: HeldLock | null = null;
  return {
    description: "SQLite file locked by another process (better-sqlite3, BEGIN EXCLUSIVE)",
    takeDown: async () => {
      lock = await holdSqliteWriteLock(file);
    },
    bringBack: async () => {
      await lock?.release();
      lock = null;
    },
    cleanup: async () => {
      await lock?.release();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls /api/health from the start of the outage until it answers 200 after the end (or 30 s after it). */
async function pollHealth(watch: OutageWatch): Promise<void> {
  for (;;) {
    const sentAt = performance.now();
    let status: number | "error" = "error";
    try {
      const response = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      // Counted as an error: the health check must always answer.
    }
    watch.health.push({ sentAt, ms: performance.now() - sentAt, status });
    if (watch.end !== undefined && ((status === 200 && sentAt >= watch.end) || performance.now() - watch.end > 30_000)) return;
    await sleep(HEALTH_POLL_MS);
  }
}

async function runOutage(target: OutageTarget, watch: OutageWatch): Promise<void> {
  await target.takeDown();
  watch.start = performance.now();
  console.log(`${target.description} halfway through the submissions; back in ${OUTAGE_SECONDS} s.`);
  const polling = pollHealth(watch);
  await sleep(OUTAGE_SECONDS * 1000);
  await target.bringBack();
  watch.end = performance.now();
  console.log(`The database is back after ${((watch.end - watch.start) / 1000).toFixed(1)} s.`);
  await polling;
}

/** Submits each draft again with its key, as a client told to retry would; returns the failures. */
async function retrySubmissions(tokens: string[], keys: string[], drafts: number[], acknowledged: Acknowledged): Promise<string[]> {
  const failures: string[] = [];
  for (let start = 0; start < drafts.length; start += 10) {
    await Promise.all(
      drafts.slice(start, start + 10).map(async (draft) => {
        const response = await fetch(`${BASE}/api/v1/assessments/${tokens[draft]}/submit`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(submissionBody(COMPLETE_ANSWERS, keys[draft])),
        }).catch((error: unknown) => {
          failures.push(`draft ${draft}: no answer (${error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)})`);
          return null;
        });
        if (!response) return;
        if (!response.ok) {
          failures.push(`draft ${draft}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
          return;
        }
        const { resultId } = (await response.json()) as { resultId: string };
        const ids = acknowledged.results.get(draft) ?? new Set<string>();
        ids.add(resultId);
        acknowledged.results.set(draft, ids);
      }),
    );
  }
  return failures;
}

function totalCount(phases: Phase[], test: (status: number) => boolean): number {
  return phases.reduce((sum, phase) => sum + count(phase, test), 0);
}

/** Prints the outage's counts and returns what failed. */
function reportOutage(target: OutageTarget, watch: OutageWatch, phases: Phase[], retried: number, retryFailures: string[]): string[] {
  const problems: string[] = [];
  const ok = totalCount(phases, (status) => status >= 200 && status < 300);
  const unavailable = totalCount(phases, (status) => status === 503) - watch.malformed503;
  const other = totalCount(phases, (status) => !(status >= 200 && status < 300) && status !== 503) + watch.malformed503;
  const socketErrors = phases.reduce((sum, phase) => sum + phase.errors, 0);
  const start = watch.start ?? 0;
  const end = watch.end ?? Infinity;
  const during = watch.health.filter((poll) => poll.sentAt >= start && poll.sentAt + poll.ms <= end);
  const steady = during.filter((poll) => poll.sentAt >= start + HEALTH_GRACE_MS);
  const health503 = during.filter((poll) => poll.status === 503).length;
  const steadyOk = steady.filter((poll) => poll.status === 200).length;
  const healthErrors = watch.health.filter((poll) => poll.status === "error").length;
  const healthLongest = Math.max(0, ...during.map((poll) => poll.ms));
  const healthBack = watch.health.find((poll) => poll.status === 200 && poll.sentAt >= end);
  const healthBackMs = healthBack ? healthBack.sentAt + healthBack.ms - end : undefined;

  console.log(`\nDatabase outage: ${target.description} for ${OUTAGE_SECONDS} s, halfway through the submissions`);
  console.log(`  requests: ${ok} acknowledged (2xx), ${unavailable} answered 503 database_unavailable with Retry-After, ${other} other statuses, ${socketErrors} socket errors or timeouts`);
  console.log(`  longest request in flight during the outage: ${Math.round(watch.longestMs)} ms (limit ${OUTAGE_LONGEST_REQUEST_MS} ms)`);
  console.log(
    `  /api/health during the outage: ${during.length} answers, ${health503} of them 503, ${steadyOk} answered 200 after the first ${HEALTH_GRACE_MS} ms, longest ${Math.round(healthLongest)} ms; ${healthErrors} without an answer; 200 again ${healthBackMs === undefined ? "never" : `${Math.round(healthBackMs)} ms`} after the database was back`,
  );
  console.log(`  first success after the database was back: ${watch.firstSuccessMs === undefined ? "none" : `${Math.round(watch.firstSuccessMs)} ms`} (limit ${RECOVERY_LIMIT_MS} ms)`);
  console.log(`  retried after recovery with their idempotency keys: ${retried} drafts that got a 503 or no acknowledgement, ${retried - retryFailures.length} succeeded`);

  if (unavailable === 0) problems.push("no request was answered 503 during the outage: did the database really go away?");
  if (other > 0) problems.push(`${other} responses had a status other than 2xx or 503 database_unavailable with Retry-After`);
  if (socketErrors > 0) problems.push(`${socketErrors} requests got no answer (socket error or timeout)`);
  if (watch.longestMs > OUTAGE_LONGEST_REQUEST_MS) problems.push(`a request took ${Math.round(watch.longestMs)} ms during the outage, longer than ${OUTAGE_LONGEST_REQUEST_MS} ms`);
  if (health503 === 0) problems.push("/api/health never answered 503 during the outage");
  if (steadyOk > 0) problems.push(`/api/health answered 200 ${steadyOk} times while the database was away`);
  if (healthErrors > 0) problems.push(`/api/health gave no answer ${healthErrors} times`);
  if (healthBackMs === undefined) problems.push("/api/health did not answer 200 again after the database came back");
  if (watch.firstSuccessMs === undefined || watch.firstSuccessMs > RECOVERY_LIMIT_MS) problems.push("the app did not answer a request with success within the recovery limit after the database came back");
  for (const failure of retryFailures) problems.push(`retrying a submission after recovery failed: ${failure}`);
  return problems;
}

/** What one run measured, for --figures and --compare. */
interface RunFigures {
  database: "SQLite" | "PostgreSQL";
  submissionsPerSecond: number;
  healthPerSecond: number | null;
  reports: ReportFigures | null;
  serverPeakMb: number | null;
  /** The same peak taken before the PDF downloads (with --reports): what the submissions alone cost, apart from the render workers. */
  serverPeakBeforeReportsMb: number | null;
  /** The machine's one-minute load average at the end of the run: on a shared machine, what the figures were measured under. */
  loadAverage: number;
}

function argumentAfter(flag: string): string | null {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? (process.argv[index + 1] ?? null) : null;
}

async function main(): Promise<void> {
  if (process.argv.includes("--compare")) return compare();
  const postgres = process.argv.includes("--postgres");
  const measureHealth = process.argv.includes("--health");
  const measurePdfs = process.argv.includes("--reports");
  const figuresFile = argumentAfter("--figures");
  const crash = process.argv.includes("--crash");
  const outageMode = process.argv.includes("--db-outage");
  if (crash && outageMode) throw new Error("Choose one of --crash and --db-outage.");
  let database: ScratchDatabase;
  let target: OutageTarget | null = null;
  if (outageMode && postgres) {
    // The shared server must never be stopped: this run starts a PostgreSQL of its own to stop.
    const server = await startThrowawayPostgres("rolefit_load");
    console.log(`PostgreSQL for the outage: a throwaway server on 127.0.0.1:${server.port}, in a temporary directory.`);
    database = { url: server.url, drop: async () => server.destroy() };
    target = postgresOutage(server);
  } else {
    database = await freshDatabase(postgres);
    if (outageMode) target = sqliteOutage(path.resolve(".data", "loadtest.db"));
  }
  // Production on PostgreSQL requires both secrets; every instance of a real deployment shares them.
  const secrets: Record<string, string> = postgres || measurePdfs ? { AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") } : {};
  let server = startServer(database.url, secrets);
  // Interrupted (Ctrl-C): still stop the server and remove the database, the throwaway PostgreSQL included.
  const interrupted = (signal: NodeJS.Signals) => {
    void (async () => {
      await target?.cleanup();
      await stopGroup(server, "SIGTERM");
      await database.drop();
      process.exit(signal === "SIGINT" ? 130 : 143);
    })();
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  let crashed: Promise<void> | null = null;
  let outageRun: Promise<void> | null = null;
  const watch: OutageWatch = { longestMs: 0, malformed503: 0, health: [], unavailableDrafts: new Set() };
  try {
    await waitForHealth(BASE, 300_000);
    if (server.pid !== undefined) await waitForQuietServer(server.pid);
    const tokens: string[] = [];
    for (let batch = 0; batch < DRAFTS; batch += 10) tokens.push(...(await Promise.all(Array.from({ length: 10 }, (_unused, offset) => createDraft(batch + offset)))));
    const autosaveToken = await createDraft(DRAFTS);
    const healthPerSecond = measureHealth ? await measureHealthRate() : null;

    const acknowledged: Acknowledged = { results: new Map(), autosaves: new Map(), sent: new Set() };
    const submissions = newPhase(`submit: ${DRAFTS} drafts x ${SUBMISSIONS / DRAFTS} replays${target ? ` at ${OUTAGE_SUBMISSION_RATE}/s` : ""}`);
    const autosaves = newPhase(`autosave: ${TABS} tabs x ${AUTOSAVES_PER_TAB_PER_SECOND}/s`);
    if (target) outage = watch;
    const halfway = () => {
      if (target && !outageRun) outageRun = runOutage(target, watch);
      if (!crash || crashed) return;
      crashed = (async () => {
        await stopGroup(server, "SIGKILL");
        console.log("Killed the server (SIGKILL) halfway through the submissions; restarting it.");
        server = startServer(database.url, secrets);
        await waitForHealth(BASE, 120_000);
      })();
    };
    const keys = tokens.map(() => randomUUID());
    await Promise.all([
      timed(submissions, runSubmissions(tokens, keys, submissions, acknowledged, halfway, target !== null)),
      timed(autosaves, runAutosaves(autosaveToken, autosaves, acknowledged)),
    ]);
    if (crashed) {
      await crashed;
      // After the restart every client retries its submission with its key: the ones acknowledged
      // before the crash must come back with the same result, the others be created once.
      const before = acknowledged.results.size;
      let retried = 0;
      for (let start = 0; start < tokens.length; start += 10) {
        await Promise.all(
          tokens.slice(start, start + 10).map(async (token, offset) => {
            const draft = start + offset;
            const response = await fetch(`${BASE}/api/v1/assessments/${token}/submit`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify(submissionBody(COMPLETE_ANSWERS, keys[draft])),
            });
            const { resultId } = await json<{ resultId: string }>(response, "retrying a submission after the restart");
            const ids = acknowledged.results.get(draft) ?? new Set<string>();
            ids.add(resultId);
            acknowledged.results.set(draft, ids);
            retried += 1;
          }),
        );
      }
      console.log(`After the restart: ${retried} submissions retried with their keys; ${before} drafts had been acknowledged before the crash.`);
    }
    let outageProblems: string[] = [];
    if (target) {
      if (!outageRun) {
        throw new Error(`The submissions never reached halfway, so the outage never started: answers ${JSON.stringify(Object.fromEntries(submissions.statuses))}, ${submissions.errors} without an answer.`);
      }
      await outageRun;
      outage = null;
      // Clients told "try again" retry with the same key: every draft that got a 503 (or was never acknowledged) must now succeed once.
      const toRetry = tokens.map((_token, draft) => draft).filter((draft) => watch.unavailableDrafts.has(draft) || !acknowledged.results.has(draft));
      const retryFailures = await retrySubmissions(tokens, keys, toRetry, acknowledged);
      outageProblems = reportOutage(target, watch, [submissions, autosaves], toRetry.length, retryFailures);
    }

    const mode = crash ? ", with a SIGKILL halfway" : target ? `, with the database away for ${OUTAGE_SECONDS} s halfway` : "";
    console.log(`\nLoad test on ${postgres ? "PostgreSQL" : "SQLite"}${mode} (latencies in ms)`);
    console.log(`${"phase".padEnd(34)} ${"requests".padStart(8)} ${"req/s".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"2xx".padStart(6)} ${"4xx".padStart(6)} ${"5xx".padStart(6)} ${"no reply".padStart(7)}`);
    for (const phase of [submissions, autosaves]) console.log(formatRow(phase, summarizeLatencies(phase.latencies)));
    const problems = [...outageProblems, ...(await verify(database.url, acknowledged, autosaveToken))];
    const serverPeakBeforeReportsMb = measurePdfs && server.pid !== undefined ? serverPeakMb(server.pid) : null;
    const reports = measurePdfs ? await measureReports(BASE, database.url, secrets.AUTH_SECRET ?? "", [...acknowledged.results.values()].flatMap((ids) => [...ids].slice(0, 1)).slice(0, RESULTS_FOR_REPORTS)) : null;
    const figures: RunFigures = {
      database: postgres ? "PostgreSQL" : "SQLite",
      submissionsPerSecond: submissions.latencies.length / submissions.seconds,
      healthPerSecond,
      reports,
      serverPeakMb: server.pid === undefined ? null : serverPeakMb(server.pid),
      serverPeakBeforeReportsMb,
      loadAverage: os.loadavg()[0] ?? 0,
    };
    printFigures(figures);
    if (figuresFile) fs.writeFileSync(figuresFile, JSON.stringify(figures));
    // During an outage, 503 database_unavailable is the expected answer (checked above); any other 5xx is not.
    const fiveHundreds = count(submissions, (status) => status >= 500 && !(target && status === 503)) + count(autosaves, (status) => status >= 500 && !(target && status === 503));
    if (fiveHundreds > 0) problems.push(`${fiveHundreds} responses were 5xx${target ? " other than 503" : ""}`);
    console.log(
      `Acknowledged: ${acknowledged.results.size} of ${DRAFTS} drafts submitted, ${acknowledged.autosaves.size} autosaves; stored: checked above.`,
    );
    if (problems.length > 0) {
      for (const problem of problems) console.error(`  FAILED: ${problem}`);
      process.exitCode = 1;
    } else {
      console.log(
        `Integrity: every acknowledged submission stored exactly once with its answers, no acknowledged autosave lost (the draft holds the newest one, or a newer save cut off by the end of the run), no ${target ? "5xx other than 503 during the outage" : "5xx"}.`,
      );
    }
  } finally {
    await target?.cleanup();
    await stopGroup(server, "SIGTERM");
    await database.drop();
  }
}

/** GET /api/health at the submissions' concurrency, before them: the ceiling a request that does nothing reaches. */
async function measureHealthRate(): Promise<number> {
  const { perSecond, non2xx } = await healthRate(BASE, CONNECTIONS, 3_000);
  if (non2xx > 0) throw new Error(`/api/health answered ${non2xx} times without a 2xx under load`);
  return perSecond;
}

const ms = (value: number) => `${Math.round(value)} ms`;

function printFigures(figures: RunFigures): void {
  console.log(`\nFigures on ${figures.database}:`);
  console.log(`  submissions: ${figures.submissionsPerSecond.toFixed(1)} req/s at ${CONNECTIONS} connections`);
  if (figures.healthPerSecond !== null) console.log(`  /api/health alone: ${figures.healthPerSecond.toFixed(1)} req/s at ${CONNECTIONS} connections`);
  const { reports } = figures;
  if (reports) {
    console.log(`  PDF, first download of a result: median ${ms(reports.firstPdfMedianMs)} (in order: ${reports.firstPdfMs.map((each) => each.toFixed(0)).join(", ")} ms); the same again (cached): median ${reports.cachedPdfMedianMs.toFixed(1)} ms`);
    console.log(
      `  ${reports.parallelRenders} PDFs at once: done in ${reports.parallelRendersSeconds.toFixed(1)} s, answers ${JSON.stringify(reports.parallelStatuses)}; ` +
        `/api/health meanwhile: ${reports.healthChecksDuringRenders} checks, p99 ${ms(reports.healthDuringRendersP99Ms)}, longest ${ms(reports.healthDuringRendersMaxMs)}`,
    );
  }
  if (figures.serverPeakMb !== null) {
    const before = figures.serverPeakBeforeReportsMb === null ? "" : ` (${figures.serverPeakBeforeReportsMb.toFixed(0)} MB before the PDF downloads)`;
    console.log(`  server process peak resident memory over the run: ${figures.serverPeakMb.toFixed(0)} MB${before}`);
  }
  console.log(`  machine load average (1 min) at the end: ${figures.loadAverage.toFixed(1)} on ${os.availableParallelism()} cores`);
}

/** A full run on SQLite (with the health route and PDFs) and one on PostgreSQL, one after the other, then the ratios the performance targets name. */
async function compare(): Promise<void> {
  if (!process.env.TEST_POSTGRES_URL) throw new Error("--compare needs TEST_POSTGRES_URL (see README, Testing against PostgreSQL).");
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-loadtest-"));
  try {
    const runs: RunFigures[] = [];
    for (const args of [["--health", "--reports"], ["--postgres"]]) {
      const file = path.join(directory, `${runs.length}.json`);
      const child = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts", "loadtest.ts"), ...args, "--figures", file], { stdio: "inherit" });
      if (child.status !== 0) throw new Error(`The run with ${args.join(" ")} failed (exit ${child.status ?? child.signal}).`);
      runs.push(JSON.parse(fs.readFileSync(file, "utf8")) as RunFigures);
    }
    const [sqlite, postgres] = runs;
    if (!sqlite?.healthPerSecond || !sqlite.reports || !postgres) throw new Error("A run gave no figures.");
    const { reports } = sqlite;
    const line = (label: string, value: string, target: string, met: boolean) => console.log(`  ${label.padEnd(58)} ${value.padStart(26)}   target ${target.padEnd(9)} ${met ? "met" : "MISSED"}`);
    const submitRatio = sqlite.submissionsPerSecond / sqlite.healthPerSecond;
    const postgresRatio = postgres.submissionsPerSecond / sqlite.submissionsPerSecond;
    console.log(`\nPerformance targets (issue #16), from this one run (load average ${sqlite.loadAverage.toFixed(1)} after SQLite, ${postgres.loadAverage.toFixed(1)} after PostgreSQL, on ${os.availableParallelism()} cores):`);
    line("SQLite submissions/s ÷ /api/health/s", `${sqlite.submissionsPerSecond.toFixed(1)} / ${sqlite.healthPerSecond.toFixed(1)} = ${submitRatio.toFixed(2)}`, ">= 0.6", submitRatio >= 0.6);
    line(`PostgreSQL ÷ SQLite submissions/s at ${CONNECTIONS} connections`, `${postgres.submissionsPerSecond.toFixed(1)} / ${sqlite.submissionsPerSecond.toFixed(1)} = ${postgresRatio.toFixed(2)}`, ">= 1.3", postgresRatio >= 1.3);
    line(`/api/health p99 while ${reports.parallelRenders} PDFs render`, ms(reports.healthDuringRendersP99Ms), "< 100 ms", reports.healthDuringRendersP99Ms < 100);
    line("cached PDF download, median", `${reports.cachedPdfMedianMs.toFixed(1)} ms`, "< 20 ms", reports.cachedPdfMedianMs < 20);
    line("first PDF of a result over HTTP, median", ms(reports.firstPdfMedianMs), "< 400 ms", reports.firstPdfMedianMs < 400);
    if (sqlite.serverPeakMb !== null) line("server process peak (whole SQLite run, submissions included)", `${sqlite.serverPeakMb.toFixed(0)} MB`, "< 200 MB", sqlite.serverPeakMb < 200);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  // fetch's own message ("fetch failed") says nothing; its cause says what happened to the socket.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  console.error(error instanceof Error ? `${error.message}${cause}` : error);
  process.exit(1);
});
