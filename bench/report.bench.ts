/**
 * PDF generation for one stored result and for an organization of ten respondents: build the
 * report model and render it to PDF bytes, the work the report routes do after their database
 * read. Times are medians of renders back to back, after one warm-up run (which loads react-pdf
 * and converts the fonts once per process).
 *
 * Memory is sampled every 2 ms by a worker thread, because rendering blocks the main thread for
 * most of its run and a timer there would miss the peak. Two figures per report:
 * - one render: a full garbage collection before each run, then the peak resident memory during
 *   the run above the memory before it (median over the runs), and the largest process peak;
 * - back to back: the same runs again without forced collections, the way a busy server renders
 *   them, where the engine lets garbage pile up before collecting it; the peak over all of them
 *   above the memory after the warm-up.
 */
import { Worker } from "node:worker_threads";
import { opaquePng } from "../lib/report/pdf/opaque-png";
import { renderReportPdf } from "../lib/report/render-pdf";
import { archetypeReport, organizationReportFixture } from "../lib/report/report-fixtures";
import { ARCHETYPES, score } from "../lib/scoring";
import { pngBytes } from "../lib/testing/logo-images";
import { LOGO_LIMITS } from "../lib/validation/logo-image";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";

export interface ReportBenchResult {
  name: string;
  medianMs: number;
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
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

type Measured = Omit<ReportBenchResult, "name">;

async function measure(report: Parameters<typeof renderReportPdf>[0], runs: number): Promise<Measured> {
  await renderReportPdf(report); // warm-up: module load and font conversion happen once per process
  const sampler = startRssSampler();
  try {
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
      singleAddedMb: megabytes(median(added)),
      singlePeakMb: megabytes(singlePeak),
      sustainedPeakMb: megabytes(sustainedPeak),
      sustainedAddedMb: megabytes(sustainedPeak - baseline),
    };
  } finally {
    await sampler.stop();
  }
}

export async function runReportBench(): Promise<ReportBenchResult[]> {
  const id = largestArchetypeId();
  // The largest logo the upload accepts, in the format that costs most (RGBA, 16 bits a sample),
  // as the upload stores it (flattened onto white): the figures hold for any branding.
  const uploaded = pngBytes({ width: LOGO_LIMITS.maxWidth, height: LOGO_LIMITS.maxHeight, colorType: 6, bitDepth: 16 });
  const consultantFirmLogo = opaquePng(uploaded) ?? uploaded;
  const single = await measure(archetypeReport(id, { consultantFirmLogo }), RUNS);
  const organization = await measure(organizationReportFixture(ORGANIZATION_RESPONDENTS, { consultantFirmLogo }), ORGANIZATION_RUNS);
  return [
    { name: `report PDF, one result (${id}, largest logo, ${RUNS} runs)`, ...single },
    { name: `report PDF, organization of ${ORGANIZATION_RESPONDENTS} respondents (${ORGANIZATION_RUNS} runs)`, ...organization },
  ];
}
