/**
 * The parts of `npm run loadtest -- --compare` that measure more than submissions, against the
 * same production server: the health route's rate at the submissions' concurrency, PDF downloads
 * (the first of a result, the same one again from the cache, and /api/health while 20 render at
 * once), and the server process's peak resident memory.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { createPrismaClient } from "../lib/db-client";
import { median, summarizeLatencies } from "../lib/loadtest/latency";

export interface ReportFigures {
  firstPdfMedianMs: number;
  /** Each first download in the order made: the first also starts a render worker. */
  firstPdfMs: number[];
  cachedPdfMedianMs: number;
  healthDuringRendersP99Ms: number;
  healthDuringRendersMaxMs: number;
  healthChecksDuringRenders: number;
  parallelRenders: number;
  parallelRendersSeconds: number;
  parallelStatuses: Record<string, number>;
}

const FIRST_DOWNLOADS = 8;
const CACHED_ROUNDS = 3;
const PARALLEL_RENDERS = 20;
/** Results the phase needs: each first and parallel download must be a report not yet rendered. */
export const RESULTS_FOR_REPORTS = FIRST_DOWNLOADS + PARALLEL_RENDERS;

/**
 * GET /api/health as fast as CONNECTIONS clients can ask, for a fixed number of requests: requests
 * per second, over the time from the start to the last answer. autocannon reports a run with a
 * fixed number of requests as done at its next one-second tick, so its own duration rounds every
 * run up to whole seconds, up to a second too long on a run of 6 to 10 s.
 */
export function healthRate(base: string, connections: number, amount: number): Promise<{ perSecond: number; non2xx: number }> {
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${base}/api/health`, connections, amount, timeout: 30 }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve({ perSecond: result.requests.total / ((lastAnswer - started) / 1000 || 1), non2xx: result.non2xx + result.errors });
    });
    instance.on("response", () => {
      lastAnswer = performance.now();
    });
  });
}

/**
 * A reader who owns the given results' assessments, and the session cookie next-auth would give
 * them (signed with the server's AUTH_SECRET): the report route serves a result to its owner.
 */
async function ownerCookie(databaseUrl: string, authSecret: string, resultIds: string[]): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  try {
    const user = await db.user.create({ data: { email: `loadtest-${randomBytes(6).toString("hex")}@example.com`, name: "Load Test Reader" }, select: { id: true, sessionVersion: true } });
    await db.assessment.updateMany({ where: { result: { id: { in: resultIds } } }, data: { userId: user.id } });
    const token = await encode({ token: { sub: user.id, uid: user.id, sv: user.sessionVersion, sid: randomBytes(16).toString("base64url") }, secret: authSecret });
    return `next-auth.session-token=${token}`;
  } finally {
    await db.$disconnect();
  }
}

let addressCounter = 0;

/** Each download from an address of its own (the server trusts 127.0.0.1 as its proxy): the per-address download limit is not what is measured. */
async function download(base: string, cookie: string, resultId: string): Promise<{ ms: number; status: number }> {
  addressCounter += 1;
  const address = `203.0.113.${(addressCounter % 250) + 1}`;
  const start = performance.now();
  const response = await fetch(`${base}/api/v1/results/${resultId}/report?format=pdf`, { headers: { cookie, "x-forwarded-for": address } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - start;
  if (response.status === 200 && bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error(`The report of ${resultId} answered 200 without a PDF`);
  return { ms, status: response.status };
}

async function sequentialDownloads(base: string, cookie: string, resultIds: string[], what: string): Promise<number[]> {
  const times: number[] = [];
  for (const id of resultIds) {
    const { ms, status } = await download(base, cookie, id);
    if (status !== 200) throw new Error(`${what}: the report of ${id} answered ${status}`);
    times.push(ms);
  }
  return times;
}

export async function measureReports(base: string, databaseUrl: string, authSecret: string, resultIds: string[]): Promise<ReportFigures> {
  if (resultIds.length < RESULTS_FOR_REPORTS) throw new Error(`The report phase needs ${RESULTS_FOR_REPORTS} results, got ${resultIds.length}`);
  const cookie = await ownerCookie(databaseUrl, authSecret, resultIds);
  const first = resultIds.slice(0, FIRST_DOWNLOADS);
  const parallel = resultIds.slice(FIRST_DOWNLOADS, RESULTS_FOR_REPORTS);

  const firstTimes = await sequentialDownloads(base, cookie, first, "first download");
  const cachedTimes: number[] = [];
  for (let round = 0; round < CACHED_ROUNDS; round += 1) cachedTimes.push(...(await sequentialDownloads(base, cookie, first, "cached download")));

  // Health checks back to back, one at a time, for as long as the parallel renders last.
  const healthTimes: number[] = [];
  let rendering = true;
  const polling = (async () => {
    while (rendering) {
      const start = performance.now();
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      healthTimes.push(performance.now() - start);
    }
  })();
  const started = performance.now();
  const outcomes = await Promise.all(parallel.map((id) => download(base, cookie, id)));
  const parallelRendersSeconds = (performance.now() - started) / 1000;
  rendering = false;
  await polling;
  const statuses: Record<string, number> = {};
  for (const { status } of outcomes) statuses[status] = (statuses[status] ?? 0) + 1;
  const health = summarizeLatencies(healthTimes);
  return {
    firstPdfMedianMs: median(firstTimes),
    firstPdfMs: firstTimes,
    cachedPdfMedianMs: median(cachedTimes),
    healthDuringRendersP99Ms: health.p99Ms,
    healthDuringRendersMaxMs: health.maxMs,
    healthChecksDuringRenders: health.requests,
    parallelRenders: parallel.length,
    parallelRendersSeconds,
    parallelStatuses: statuses,
  };
}

/** The pids of processes whose parent is `pid`, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in parentheses may hold spaces: the parent pid is the second field after it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // Gone since the directory was listed.
    }
  }
  return children;
}

/**
 * The highest resident memory (VmHWM) of the process that serves requests, started by
 * `npm start` (scripts/start.ts, then scripts/serve.ts under it), so far; null off Linux.
 */
/** CPU seconds the processes started by startPid have used so far, their threads included. */
function serverCpuSeconds(startPid: number): number {
  let ticks = 0;
  for (const pid of childrenOf(startPid)) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const [utime, stime] = fields.slice(fields.lastIndexOf(")") + 2).split(" ").slice(11, 13).map(Number);
      ticks += (utime ?? 0) + (stime ?? 0);
    } catch {
      // Gone since it was listed.
    }
  }
  // Linux counts them in USER_HZ, 100 a second on every architecture Node.js runs on.
  return ticks / 100;
}

/**
 * Waits until the server uses under a tenth of a core over a second: at start it warms its PDF
 * renderer in a worker, and a rate measured meanwhile would share the cores with it.
 */
export async function waitForQuietServer(startPid: number, timeoutMs = 60_000): Promise<void> {
  if (!fs.existsSync("/proc/self/stat")) return;
  const deadline = performance.now() + timeoutMs;
  let before = serverCpuSeconds(startPid);
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = serverCpuSeconds(startPid);
    if (now - before < 0.1) return;
    before = now;
  }
  throw new Error(`The server was still busy ${timeoutMs / 1000} s after it answered its health check.`);
}

export function serverPeakMb(startPid: number): number | null {
  if (!fs.existsSync("/proc/self/status")) return null;
  let peak: number | null = null;
  for (const pid of childrenOf(startPid)) {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb / 1024);
  }
  return peak;
}
