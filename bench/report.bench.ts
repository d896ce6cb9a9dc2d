/**
 * PDF generation for one stored result and for an organization of ten respondents, both with the
 * largest logo the upload accepts: build the report model and render it to PDF bytes, the work
 * the report routes do after their database read.
 *
 * Each case runs in fresh Node.js processes (bench/report-process.ts, bundled with esbuild and
 * run without tsx, whose TypeScript loader alone holds about 55 MB), so memory figures are the
 * app's: the process and its render worker, which runs the worker bundle the server runs
 * (scripts/build-workers.ts). Per process:
 * - the first report, which also loads react-pdf and converts the fonts: its time and the
 *   process's peak resident memory;
 * - later reports, each after a full garbage collection: the peak above the memory before it;
 * - the same number of reports back to back without forced collections, as a busy server
 *   renders them: their times, and the peak.
 * The single result runs in three processes, because one process's median moves by tens of
 * milliseconds from one start to the next; the figure against the target is the median of all
 * their back-to-back times, and the peak is the highest of the three.
 * Memory is sampled every 2 ms by a worker thread, because rendering blocks the main thread.
 * A last process renders each archetype's report once: the time of a report its worker has not
 * rendered before, the first download of a new result.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { median } from "../lib/loadtest/latency";
import { opaquePng } from "../lib/report/pdf/opaque-png";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import { ARCHETYPES, score } from "../lib/scoring";
import { pngBytes } from "../lib/testing/logo-images";
import { buildWorkers } from "../scripts/build-workers";
import { LOGO_LIMITS } from "../lib/validation/logo-image";
import type { ReportMeasurement, UnseenReportsMeasurement } from "./report-process";

export interface ReportBenchResult extends ReportMeasurement {
  processes: number;
  /** Each process's own median, to show the spread between starts. */
  processMediansMs: number[];
  /** Each process's peak through its first report. */
  processColdPeaksMb: number[];
}

const WORK_DIR = path.join(".data", "bench");
const BUNDLE = path.join(WORK_DIR, "report-process.mjs");
const LOGO = path.join(WORK_DIR, "largest-logo.png");
const SINGLE_PROCESSES = 3;

async function bundle(): Promise<void> {
  // The render workers run their own bundle, as the server's do.
  await buildWorkers();
  // Packages stay in node_modules, loaded as the app loads them; the project's own code is bundled.
  await build({ entryPoints: [path.join("bench", "report-process.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: BUNDLE, logLevel: "warning" });
}

/** The largest single-result report among the archetypes: the most drivers and counter-signals. */
function largestArchetypeId(): string {
  const sizes = ARCHETYPES.map((archetype) => {
    const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers }, { tippingPoints: false });
    return { id: archetype.id, size: output.drivers.length + output.counterSignals.length };
  });
  sizes.sort((a, b) => b.size - a.size);
  const first = sizes[0];
  if (!first) throw new Error("No archetypes to benchmark");
  return first.id;
}

/** The largest logo the upload accepts, in the format that costs most (RGBA, 16 bits a sample), as the upload stores it (flattened onto white). */
function writeLargestLogo(): void {
  const uploaded = pngBytes({ width: LOGO_LIMITS.maxWidth, height: LOGO_LIMITS.maxHeight, colorType: 6, bitDepth: 16 });
  fs.writeFileSync(LOGO, opaquePng(uploaded) ?? uploaded);
}

function runProcess(which: "single" | "organization", id: string): ReportMeasurement;
function runProcess(which: "unseen", id: string): UnseenReportsMeasurement;
function runProcess(which: "single" | "organization" | "unseen", id: string): ReportMeasurement | UnseenReportsMeasurement {
  const run = spawnSync(process.execPath, ["--expose-gc", BUNDLE, which, id, LOGO], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" } });
  if (run.status !== 0) throw new Error(`The ${which} report benchmark failed:\n${run.stderr}`);
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as ReportMeasurement | UnseenReportsMeasurement;
}

function runCase(which: "single" | "organization", id: string, processes: number): ReportBenchResult {
  const runs = Array.from({ length: processes }, () => runProcess(which, id));
  const [first] = runs;
  if (!first) throw new Error("No benchmark process ran");
  const highest = (pick: (run: ReportMeasurement) => number) => Math.max(...runs.map(pick));
  const timesMs = runs.flatMap((run) => run.timesMs);
  return {
    name: processes > 1 ? `${first.name} x ${processes} processes` : first.name,
    medianMs: median(timesMs),
    timesMs,
    coldMs: median(runs.map((run) => run.coldMs)),
    coldPeakMb: highest((run) => run.coldPeakMb),
    singleAddedMb: highest((run) => run.singleAddedMb),
    singlePeakMb: highest((run) => run.singlePeakMb),
    sustainedPeakMb: highest((run) => run.sustainedPeakMb),
    sustainedAddedMb: highest((run) => run.sustainedAddedMb),
    processes,
    processMediansMs: runs.map((run) => run.medianMs),
    processColdPeaksMb: runs.map((run) => run.coldPeakMb),
  };
}

export async function runReportBench(): Promise<{ repeated: ReportBenchResult[]; unseen: UnseenReportsMeasurement }> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  await bundle();
  writeLargestLogo();
  const id = largestArchetypeId();
  return { repeated: [runCase("single", id, SINGLE_PROCESSES), runCase("organization", id, 1)], unseen: runProcess("unseen", id) };
}
