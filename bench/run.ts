/** Runs the project's benchmarks and prints a table of medians: `npm run bench`. */
import { formatPortfolioBench, runPortfolioBench } from "./portfolio.bench";
import { runReportBench } from "./report.bench";
import { runScoringBench, type BenchResult } from "./scoring.bench";

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

async function main(): Promise<void> {
  const results: BenchResult[] = [...(await runScoringBench())];
  printTable(results);
  console.log("");
  for (const report of await runReportBench()) {
    console.log(`${report.name}: median ${formatMs(report.medianMs)}, peak resident memory ${report.peakRssMb.toFixed(0)} MB`);
  }
  console.log("");
  for (const line of formatPortfolioBench(runPortfolioBench())) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
