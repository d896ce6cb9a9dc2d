/**
 * What one submission costs the server, without HTTP: score() on the load test's answers, the JSON
 * of its output, and the whole submitAssessment service call, first time (validate, score, store)
 * and replayed (the load test sends each draft ten times: one store, nine replays). On a fresh
 * SQLite file, and on a scratch PostgreSQL database too when TEST_POSTGRES_URL names a server.
 * Each database is measured in a child process, whose services load with its DATABASE_URL. A first
 * submission is scored on the scoring worker, as in the server: the CPU figures count every thread
 * of the process, the worker's included.
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { percentile } from "../lib/loadtest/latency";
import { createScratchPostgres, removeSqliteFiles, type ScratchDatabase } from "../lib/testing/scratch-database";
import { buildWorkers } from "../scripts/build-workers";

const FIRST_SUBMISSIONS = 120;
const REPLAYS = 360;
const SCORE_RUNS = 200;
const WARM_UP = 20;

export interface SubmitTiming {
  name: string;
  medianMs: number;
  p90Ms: number;
  /** This process's CPU time (user and system) per call: steadier than the clock when other work shares the cores. */
  cpuMedianMs: number;
  samples: number;
}

export interface SubmitBenchResult {
  provider: string;
  outputBytes: number;
  timings: SubmitTiming[];
}

async function time(name: string, runs: number, run: (index: number) => unknown): Promise<SubmitTiming> {
  for (let warm = 0; warm < WARM_UP; warm += 1) await run(-1 - warm);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run(index);
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), cpuMedianMs: percentile(cpu, 0.5), samples: runs };
}

/** Runs in the child process, where the services load with DATABASE_URL naming the scratch database. */
async function measure(): Promise<SubmitBenchResult> {
  const [{ ANONYMOUS }, { createAssessment, submitAssessment }, { COMPLETE_ANSWERS, submissionBody }, { score }, { QUESTIONNAIRE }, { providerOf }] = await Promise.all([
    import("../lib/auth/actor"),
    import("../lib/services/assessments"),
    import("../lib/testing/fixtures"),
    import("../lib/scoring"),
    import("../lib/questionnaire/definition"),
    import("../lib/database/provider"),
  ]);
  const input = { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS };
  const output = score(input);
  const drafts = await Promise.all(Array.from({ length: FIRST_SUBMISSIONS + WARM_UP }, () => createAssessment()));
  const submitted: { token: string; body: unknown }[] = [];
  let next = 0;
  const timings = [
    await time("score() on the load test's answers", SCORE_RUNS, () => score(input)),
    await time("JSON.stringify of its output", SCORE_RUNS, () => JSON.stringify(output)),
    await time("submitAssessment, first (validate, score, store)", FIRST_SUBMISSIONS, async () => {
      const { token } = drafts[next++]!;
      // A fresh object each time, as a request body is: nothing may be cached on the input.
      const body = JSON.parse(JSON.stringify(submissionBody(COMPLETE_ANSWERS, randomUUID()))) as unknown;
      await submitAssessment(ANONYMOUS, token, body);
      submitted.push({ token, body });
    }),
    await time("submitAssessment, replay (same key)", REPLAYS, async (index) => {
      const { token, body } = submitted[Math.abs(index) % submitted.length]!;
      await submitAssessment(ANONYMOUS, token, JSON.parse(JSON.stringify(body)));
    }),
  ];
  return { provider: providerOf(process.env.DATABASE_URL ?? ""), outputBytes: Buffer.byteLength(JSON.stringify(output)), timings };
}

function migrate(url: string): void {
  execFileSync(process.execPath, [path.resolve("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

function measureIn(url: string): SubmitBenchResult {
  migrate(url);
  // The react-server condition is how Next loads server code: it turns the "server-only" guard into a no-op.
  const output = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", __filename, "--measure"], {
    encoding: "utf8",
    env: {
      // Production on PostgreSQL requires the secrets every instance shares; any value does for a benchmark.
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      ...process.env,
      DATABASE_URL: url,
      LOG_LEVEL: "silent",
    },
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as SubmitBenchResult;
}

export async function runSubmitBench(): Promise<SubmitBenchResult[]> {
  await buildWorkers();
  const file = path.resolve(".data", `bench-submit-${process.pid}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  removeSqliteFiles(file);
  const results: SubmitBenchResult[] = [];
  try {
    results.push(measureIn(`file:${file}`));
  } finally {
    removeSqliteFiles(file);
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (adminUrl) {
    const scratch: ScratchDatabase = await createScratchPostgres(adminUrl, `rolefit_bench_submit_${process.pid}`);
    try {
      results.push(measureIn(scratch.url));
    } finally {
      await scratch.drop();
    }
  }
  return results;
}

function formatMs(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

export function formatSubmitBench(results: SubmitBenchResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const width = Math.max(...result.timings.map((timing) => timing.name.length));
    lines.push(`${`submission (${result.provider})`.padEnd(width)}  ${"median".padStart(10)}  ${"p90".padStart(10)}  ${"CPU median".padStart(10)}  samples`);
    for (const timing of result.timings) {
      lines.push(`${timing.name.padEnd(width)}  ${formatMs(timing.medianMs).padStart(10)}  ${formatMs(timing.p90Ms).padStart(10)}  ${formatMs(timing.cpuMedianMs).padStart(10)}  ${timing.samples}`);
    }
    const [scored, , first, replay] = result.timings;
    if (scored && first && replay) {
      const mix = (timing: (t: SubmitTiming) => number) => formatMs((timing(first) + 9 * timing(replay)) / 10);
      lines.push(
        `  the output is ${(result.outputBytes / 1024).toFixed(1)} KB of JSON; score() is ${((100 * scored.medianMs) / first.medianMs).toFixed(0)}% of a first submission; ` +
          `the load test's mix (one first, nine replays) costs ${mix((t) => t.medianMs)} per request at the medians (CPU ${mix((t) => t.cpuMedianMs)})`,
      );
    }
  }
  return lines;
}

if (process.argv.includes("--measure")) {
  measure().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
