/**
 * Runs the project's benchmarks and prints their medians: `npm run bench`, or only some of them with
 * `npm run bench -- scoring submit report portfolio retention`.
 */
import { formatPortfolioBench, runPortfolioBench } from "./portfolio.bench";
import { runReportBench } from "./report.bench";
import { formatRetentionBench, runRetentionBench } from "./retention.bench";
import { runScoringBench, type BenchResult } from "./scoring.bench";
import { formatSubmitBench, runSubmitBench } from "./submit.bench";

function formatMs(ms: number): string {
  return ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

function printTable(results: BenchResult[]): void {
  const width = Math.max(...results.map((result) => result.name.length), "benchmark".length);
  console.log(`${"benchmark".padEnd(width)}  ${"median".padStart(10)}  ${"p90".padStart(10)}  samples`);
  for (const result of results) {
    console.log(`${result.name.padEnd(width)}  ${formatMs(result.medianMs).padStart(10)}  ${formatMs(result.p90Ms).padStart(10)}  ${result.samples}`);
  }
}

const SECTIONS = ["scoring", "submit", "report", "portfolio", "retention"] as const;

function chosenSections(args: string[]): Set<string> {
  const unknown = args.filter((arg) => !(SECTIONS as readonly string[]).includes(arg));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(", ")}: choose from ${SECTIONS.join(", ")}.`);
  return new Set(args.length > 0 ? args : SECTIONS);
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  if (sections.has("scoring")) {
    printTable(await runScoringBench());
    console.log("");
  }
  if (sections.has("submit")) {
    for (const line of formatSubmitBench(await runSubmitBench())) console.log(line);
    console.log("");
  }
  if (sections.has("report")) {
    const { repeated, unseen } = await runReportBench();
    for (const report of repeated) {
      const spread = report.processes > 1 ? ` (per process: ${report.processMediansMs.map(formatMs).join(", ")})` : "";
      const peaks = report.processes > 1 ? ` (per process: ${report.processColdPeaksMb.map((mb) => `${mb.toFixed(0)} MB`).join(", ")})` : "";
      console.log(
        `${report.name}: median ${formatMs(report.medianMs)}${spread}; the first in a fresh process ${formatMs(report.coldMs)}; ` +
          `a fresh process peaks at ${report.coldPeakMb.toFixed(0)} MB through its first report${peaks}; later ones add ${report.singleAddedMb.toFixed(0)} MB over a collected heap (process peak ${report.singlePeakMb.toFixed(0)} MB); ` +
          `back to back without forced collection: peak ${report.sustainedPeakMb.toFixed(0)} MB (${report.sustainedAddedMb.toFixed(0)} MB above the loaded process)`,
      );
    }
    console.log(`${unseen.name}: median ${formatMs(unseen.medianMs)} (${unseen.timesMs.map((ms) => ms.toFixed(0)).join(", ")} ms)`);
    console.log("");
  }
  if (sections.has("portfolio")) {
    for (const line of formatPortfolioBench(runPortfolioBench())) console.log(line);
    console.log("");
  }
  if (sections.has("retention")) {
    for (const line of formatRetentionBench(await runRetentionBench())) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
