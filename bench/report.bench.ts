/**
 * PDF generation for one stored result and for an organization of ten respondents: build the
 * report model and render it to PDF bytes, the work the report routes do after their database
 * read. Medians after one warm-up run (which loads react-pdf and converts the fonts once per
 * process), the peak resident memory seen while they ran, and that peak above the memory after
 * the warm-up.
 */
import { renderReportPdf } from "../lib/report/render-pdf";
import { archetypeReport, organizationReportFixture } from "../lib/report/report-fixtures";
import { ARCHETYPES, score } from "../lib/scoring";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";

export interface ReportBenchResult {
  name: string;
  medianMs: number;
  peakRssMb: number;
  addedRssMb: number;
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

interface Measured {
  medianMs: number;
  peakRssMb: number;
  /** The peak above the resident memory after the warm-up: what generating the reports added. */
  addedRssMb: number;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function measure(report: Parameters<typeof renderReportPdf>[0], runs: number): Promise<Measured> {
  await renderReportPdf(report); // warm-up: module load and font conversion happen once per process
  const baseline = process.memoryUsage().rss;
  let peakRss = baseline;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await renderReportPdf(report);
      times.push(performance.now() - start);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  return { medianMs: median(times), peakRssMb: megabytes(peakRss), addedRssMb: megabytes(peakRss - baseline) };
}

export async function runReportBench(): Promise<ReportBenchResult[]> {
  const id = largestArchetypeId();
  const single = await measure(archetypeReport(id), RUNS);
  const organization = await measure(organizationReportFixture(ORGANIZATION_RESPONDENTS), ORGANIZATION_RUNS);
  return [
    { name: `report PDF, one result (${id}, ${RUNS} runs)`, ...single },
    { name: `report PDF, organization of ${ORGANIZATION_RESPONDENTS} respondents (${ORGANIZATION_RUNS} runs)`, ...organization },
  ];
}
