/**
 * Runs in a fresh Node.js process of its own, started by report.bench.ts from an esbuild bundle
 * (no tsx), so its memory is the app code's and not a TypeScript loader's. Prints one JSON line.
 * Usage: node --expose-gc report-process.mjs single|organization|unseen <archetype id> <logo file>
 *
 * The logo arrives as a file of the bytes the upload stores, as a report route reads them from the
 * database: making the largest logo here would leave the pixels of a 16-bit image in this
 * process's memory, which no report route ever holds.
 */
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import { median } from "../lib/loadtest/latency";
import { renderReportPdf } from "../lib/report/render-pdf";
import { ARCHETYPES } from "../lib/scoring/archetypes";
import { archetypeReport, organizationReportFixture } from "../lib/testing/report-fixtures";

export interface ReportMeasurement {
  name: string;
  medianMs: number;
  /** Every back-to-back render's time, for combining several processes. */
  timesMs: number[];
  /** The first report of the fresh process: it also loads react-pdf and converts the fonts. */
  coldMs: number;
  /** The process's highest resident memory from start to the end of that first report. */
  coldPeakMb: number;
  /** One render after a full collection: the median of its peak above the memory before it. */
  singleAddedMb: number;
  /** The largest resident memory of the process during those renders. */
  singlePeakMb: number;
  /** The renders back to back without forced collections: the peak, and that peak above the memory after the warm-up. */
  sustainedPeakMb: number;
  sustainedAddedMb: number;
}

const RUNS = 20;
const ORGANIZATION_RESPONDENTS = 10;
const ORGANIZATION_RUNS = 5;

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** A worker thread that records the highest resident memory of the process since the last reset. */
function startRssSampler() {
  const peak = new Float64Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
     const peak = new Float64Array(workerData);
     setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 2);`,
    { eval: true, workerData: peak.buffer },
  );
  return {
    reset: (to: number) => {
      peak[0] = to;
    },
    read: () => Math.max(peak[0] ?? 0, process.memoryUsage.rss()),
    stop: () => worker.terminate(),
  };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("The report benchmark needs --expose-gc (npm run bench sets it).");
  gc();
}


async function measure(report: Parameters<typeof renderReportPdf>[0], runs: number): Promise<Omit<ReportMeasurement, "name">> {
  collectGarbage();
  const sampler = startRssSampler();
  try {
    const coldStart = performance.now();
    await renderReportPdf(report);
    const coldMs = performance.now() - coldStart;
    const coldPeak = sampler.read();

    const added: number[] = [];
    let singlePeak = 0;
    for (let run = 0; run < runs; run += 1) {
      collectGarbage();
      const before = process.memoryUsage.rss();
      sampler.reset(before);
      await renderReportPdf(report);
      const peak = sampler.read();
      added.push(peak - before);
      singlePeak = Math.max(singlePeak, peak);
    }

    // Timed here, in the steady state of a busy server: a render right after a forced collection
    // runs slower, as the emptied heap grows again.
    collectGarbage();
    const baseline = process.memoryUsage.rss();
    sampler.reset(baseline);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await renderReportPdf(report);
      times.push(performance.now() - start);
    }
    const sustainedPeak = sampler.read();
    return {
      medianMs: median(times),
      timesMs: times,
      coldMs,
      coldPeakMb: megabytes(coldPeak),
      singleAddedMb: megabytes(median(added)),
      singlePeakMb: megabytes(singlePeak),
      sustainedPeakMb: megabytes(sustainedPeak),
      sustainedAddedMb: megabytes(sustainedPeak - baseline),
    };
  } finally {
    await sampler.stop();
  }
}

const CASES = { single: RUNS, organization: ORGANIZATION_RUNS } as const;

/** What the `unseen` case prints: only times, as each report is rendered once. */
export interface UnseenReportsMeasurement {
  name: string;
  medianMs: number;
  timesMs: number[];
}

/**
 * Every archetype's report once, in order: after the first, which starts the pool, each is a
 * report its worker has not rendered, as a new result's first download is, in a worker that has
 * rendered others (its text shaping cache holds what reports share, and nothing of this one's own).
 */
async function measureUnseen(consultantFirmLogo: Uint8Array): Promise<UnseenReportsMeasurement> {
  const timesMs: number[] = [];
  for (const [index, archetype] of ARCHETYPES.entries()) {
    const report = archetypeReport(archetype.id, { consultantFirmLogo });
    const start = performance.now();
    await renderReportPdf(report);
    if (index > 0) timesMs.push(performance.now() - start);
  }
  return { name: `report PDF, each archetype's once, largest logo (${ARCHETYPES.length - 1} reports not rendered before, after the first)`, medianMs: median(timesMs), timesMs };
}

async function main(): Promise<void> {
  const [which, id, logoFile] = process.argv.slice(2);
  if (!id || !logoFile) throw new Error("Usage: report-process.mjs single|organization <archetype id> <logo file>");
  const consultantFirmLogo = new Uint8Array(fs.readFileSync(logoFile));
  if (which === "unseen") {
    process.stdout.write(`${JSON.stringify(await measureUnseen(consultantFirmLogo))}\n`);
    return;
  }
  const [name, report] =
    which === "single"
      ? [`report PDF, one result (${id}, largest logo, ${RUNS} runs)`, archetypeReport(id, { consultantFirmLogo })]
      : which === "organization"
        ? [`report PDF, organization of ${ORGANIZATION_RESPONDENTS} respondents, largest logo (${ORGANIZATION_RUNS} runs)`, organizationReportFixture(ORGANIZATION_RESPONDENTS, { consultantFirmLogo })]
        : [null, null];
  if (!name || !report) throw new Error(`Choose single or organization, not ${JSON.stringify(which)}`);
  const measured = await measure(report, CASES[which as keyof typeof CASES]);
  process.stdout.write(`${JSON.stringify({ name, ...measured })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
