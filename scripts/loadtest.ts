/**
 * `npm run loadtest [-- --postgres] [-- --crash]`: drives a production build on a loopback port
 * with a fresh database (SQLite, or a scratch database on TEST_POSTGRES_URL's server):
 * 2,000 submissions of 200 drafts (each draft's ten replays share one idempotency key and are
 * sent back to back, so they race) at 50 connections, while two tabs autosave one draft five
 * times a second each for 60 s. It prints requests per second and latency percentiles, then
 * checks the database holds exactly what was acknowledged: no 5xx, nothing lost, nothing
 * duplicated. With --crash the server is killed with SIGKILL halfway through the submissions and
 * restarted, and every acknowledged submission and the last acknowledged autosave must survive.
 * Bounded: a fixed number of submissions, 60 s of autosaves, loopback only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "../lib/db-client";
import { summarizeLatencies, type LatencySummary } from "../lib/loadtest/latency";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../lib/testing/fixtures";
import { createScratchPostgres, removeSqliteFiles, type ScratchDatabase } from "../lib/testing/scratch-database";
import { waitForHealth } from "../lib/testing/wait-for-health";

const PORT = Number(process.env.LOADTEST_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DRAFTS = 200;
const SUBMISSIONS = 2000;
const CONNECTIONS = 50;
const AUTOSAVE_SECONDS = 60;
const AUTOSAVES_PER_TAB_PER_SECOND = 5;
const TABS = 2;

interface Phase {
  name: string;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  seconds: number;
}

function newPhase(name: string): Phase {
  return { name, latencies: [], statuses: new Map(), errors: 0, seconds: 0 };
}

function record(phase: Phase, status: number, sentAt: number): void {
  phase.latencies.push(performance.now() - sentAt);
  phase.statuses.set(status, (phase.statuses.get(status) ?? 0) + 1);
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
    env: { ...process.env, ...secrets, DATABASE_URL: databaseUrl, PORT: String(PORT), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "false", LOG_LEVEL: "warn" },
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

async function createDraft(): Promise<string> {
  const { token } = await json<{ token: string }>(await fetch(`${BASE}/api/v1/assessments`, { method: "POST" }), "creating a draft");
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

function runSubmissions(tokens: string[], keys: string[], phase: Phase, acknowledged: Acknowledged, onHalfway: () => void): Promise<unknown> {
  const replays = SUBMISSIONS / tokens.length;
  let sent = 0;
  let answered = 0;
  return run({
    url: BASE,
    connections: CONNECTIONS,
    amount: SUBMISSIONS,
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
        onResponse: (status, body, raw: object) => {
          const context = raw as Context;
          record(phase, status, Number(context.sentAt));
          answered += 1;
          if (answered === SUBMISSIONS / 2) onHalfway();
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
        onResponse: (status, body, raw: object) => {
          const context = raw as Context;
          record(phase, status, Number(context.sentAt));
          if (status >= 200 && status < 300) acknowledged.autosaves.set((JSON.parse(body) as { revision: number }).revision, String(context.marker));
        },
      },
    ],
  }, phase);
}

async function timed(phase: Phase, work: Promise<unknown>): Promise<void> {
  const start = performance.now();
  await work;
  phase.seconds = (performance.now() - start) / 1000;
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

async function main(): Promise<void> {
  const postgres = process.argv.includes("--postgres");
  const crash = process.argv.includes("--crash");
  const database = await freshDatabase(postgres);
  // Production on PostgreSQL requires both secrets; every instance of a real deployment shares them.
  const secrets: Record<string, string> = postgres ? { AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") } : {};
  let server = startServer(database.url, secrets);
  let crashed: Promise<void> | null = null;
  try {
    await waitForHealth(BASE, 300_000);
    const tokens: string[] = [];
    for (let batch = 0; batch < DRAFTS; batch += 10) tokens.push(...(await Promise.all(Array.from({ length: 10 }, createDraft))));
    const autosaveToken = await createDraft();

    const acknowledged: Acknowledged = { results: new Map(), autosaves: new Map(), sent: new Set() };
    const submissions = newPhase(`submit: ${DRAFTS} drafts x ${SUBMISSIONS / DRAFTS} replays`);
    const autosaves = newPhase(`autosave: ${TABS} tabs x ${AUTOSAVES_PER_TAB_PER_SECOND}/s`);
    const halfway = () => {
      if (!crash || crashed) return;
      crashed = (async () => {
        await stopGroup(server, "SIGKILL");
        console.log("Killed the server (SIGKILL) halfway through the submissions; restarting it.");
        server = startServer(database.url, secrets);
        await waitForHealth(BASE, 120_000);
      })();
    };
    const keys = tokens.map(() => randomUUID());
    await Promise.all([timed(submissions, runSubmissions(tokens, keys, submissions, acknowledged, halfway)), timed(autosaves, runAutosaves(autosaveToken, autosaves, acknowledged))]);
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

    console.log(`\nLoad test on ${postgres ? "PostgreSQL" : "SQLite"}${crash ? ", with a SIGKILL halfway" : ""} (latencies in ms)`);
    console.log(`${"phase".padEnd(34)} ${"requests".padStart(8)} ${"req/s".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"2xx".padStart(6)} ${"4xx".padStart(6)} ${"5xx".padStart(6)} ${"no reply".padStart(7)}`);
    for (const phase of [submissions, autosaves]) console.log(formatRow(phase, summarizeLatencies(phase.latencies)));
    const problems = await verify(database.url, acknowledged, autosaveToken);
    const fiveHundreds = count(submissions, (status) => status >= 500) + count(autosaves, (status) => status >= 500);
    if (fiveHundreds > 0) problems.push(`${fiveHundreds} responses were 5xx`);
    console.log(
      `Acknowledged: ${acknowledged.results.size} of ${DRAFTS} drafts submitted, ${acknowledged.autosaves.size} autosaves; stored: checked above.`,
    );
    if (problems.length > 0) {
      for (const problem of problems) console.error(`  FAILED: ${problem}`);
      process.exitCode = 1;
    } else {
      console.log("Integrity: every acknowledged submission stored exactly once with its answers, no acknowledged autosave lost (the draft holds the newest one, or a newer save cut off by the end of the run), no 5xx.");
    }
  } finally {
    await stopGroup(server, "SIGTERM");
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
