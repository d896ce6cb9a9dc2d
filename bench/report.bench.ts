/**
 * PDF generation for one stored result: build the report model from a scored archetype and
 * render it to PDF bytes, the work GET /api/v1/results/{id}/report?format=pdf does after its
 * database read. Median of 20 runs after one warm-up run (which loads react-pdf and converts
 * the fonts once per process), and the peak resident memory seen while they ran.
 */
import { renderReportPdf } from "../lib/report/render-pdf";
import { archetypeReport } from "../lib/report/report-fixtures";
import { ARCHETYPES, score } from "../lib/scoring";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";

export interface ReportBenchResult {
  name: string;
  medianMs: number;
  peakRssMb: number;
}

const RUNS = 20;

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

export async function runReportBench(): Promise<ReportBenchResult[]> {
  const id = largestArchetypeId();
  const report = archetypeReport(id);

  await renderReportPdf(report); // warm-up: module load and font conversion happen once per process
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      await renderReportPdf(report);
      times.push(performance.now() - start);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  return [{ name: `report PDF, one result (${id}, ${RUNS} runs)`, medianMs: median(times), peakRssMb: Math.round((peakRss / 1024 / 1024) * 10) / 10 }];
}
