/**
 * PDF generation for one stored result and for an organization of ten respondents, both with the
 * largest logo the upload accepts: build the report model and render it to PDF bytes, the work
 * the report routes do after their database read.
 *
 * Each case runs in a fresh Node.js process (bench/report-process.ts, bundled with esbuild and
 * run without tsx, whose TypeScript loader alone holds about 55 MB), so memory figures are the
 * app's. Per case:
 * - the first report of the fresh process, which also loads react-pdf and converts the fonts:
 *   its time and the process's peak resident memory;
 * - later reports, each after a full garbage collection: the peak above the memory before it;
 * - the same number of reports back to back without forced collections, as a busy server
 *   renders them: their median time (the figure against the target), and the peak.
 * Memory is sampled every 2 ms by a worker thread, because rendering blocks the main thread.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";
import type { ReportMeasurement } from "./report-process";

export type ReportBenchResult = ReportMeasurement;

const BUNDLE = path.join(".data", "bench", "report-process.mjs");

async function bundle(): Promise<void> {
  // Packages stay in node_modules, loaded as the app loads them; the project's own code is bundled.
  await build({ entryPoints: [path.join("bench", "report-process.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: BUNDLE, logLevel: "warning" });
}

function runCase(which: "single" | "organization"): ReportBenchResult {
  const run = spawnSync(process.execPath, ["--expose-gc", BUNDLE, which], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" } });
  if (run.status !== 0) throw new Error(`The ${which} report benchmark failed:\n${run.stderr}`);
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as ReportBenchResult;
}

export async function runReportBench(): Promise<ReportBenchResult[]> {
  await bundle();
  return [runCase("single"), runCase("organization")];
}
