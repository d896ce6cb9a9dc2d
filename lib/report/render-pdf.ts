/**
 * Renders a report model to PDF bytes in a pool of worker threads (piscina), so the layout's long
 * synchronous stretches never hold up the event loop that serves every other request.
 *
 * - At most one render per core at a time: more would only share the same cores, each slower.
 * - Workers run at a lower CPU priority (nice 10) than the thread that answers requests, so a
 *   health check or a page still gets a core while every worker renders.
 * - Each worker's heap is bounded: a report too large to lay out within it (an organization of a
 *   few hundred respondents) is refused with 422 and a pointer to the Markdown version, and the
 *   pool starts a fresh worker in its place.
 * - Renders past the ones running wait in a queue of QUEUE_PER_THREAD per thread; beyond that a
 *   request is refused with 429 and a Retry-After of the time the queue needs to drain, rather
 *   than waiting longer than a client would.
 * - The server's pool (startRenderPool, called as the server starts) keeps one worker running
 *   from the start, which renders sample reports (./warm-up-report.ts) before it takes a download:
 *   started by a download instead, a worker took about 1.7 s over HTTP for its first report and
 *   0.5 s for the next few. Workers started under load skip the warm-up (it would only delay the
 *   renders queued for them) and stop after IDLE_WORKER_MS without work. A pool made on first use
 *   (tests, benchmarks) starts cold and keeps none.
 * - Workers run the prebuilt bundle (lib/workers/bundles.ts), plain JavaScript with no
 *   TypeScript loader.
 * The model crosses to the worker as plain data (structured clone; the logo is a data: URL in it)
 * and the PDF comes back moved, not copied.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { DomainError } from "../errors";
import type { ReportModel } from "./model";
import { builtWorkerBundle } from "../workers/bundles";
import { warmUpReports } from "./warm-up-report";

/** Renders that may wait for a thread, per thread: at about 0.4 s each, the last waits about 4 s. */
export const QUEUE_PER_THREAD = 10;
/** The largest organization report with the largest logo peaks near 100 MB of heap in a worker. */
const WORKER_HEAP_MB = 256;
/**
 * A layout allocates fast and keeps little: V8 sized the young generation of a 256 MB heap at
 * about 48 MB, which a worker filled and kept resident. At 16 MB a loaded worker holds about 20 MB
 * less and renders as fast (measured: 8 MB saved a few MB more but rendered about 5% slower on a busy machine).
 */
const WORKER_YOUNG_HEAP_MB = 16;
const WORKER_NICE = 10;
const IDLE_WORKER_MS = 30_000;

export interface RenderPoolOptions {
  threads: number;
  queuePerThread: number;
  heapMb?: number;
  /** Workers kept running from the start, and the reports each of them renders before its first task. */
  warm?: { threads: number; reports: ReportModel[] };
}

/** What a render worker receives at start (lib/report/pdf/worker-task.ts). */
export interface RenderWorkerData {
  warmUp: ReportModel[];
  /** How many workers are still to warm up, shared by all (one Int32): the ones kept from the start. */
  warmUpsLeft: Int32Array;
}

export interface RenderPool {
  render(report: ReportModel): Promise<Buffer>;
}

function tooLarge(): DomainError {
  return new DomainError(
    "unprocessable",
    "report_too_large",
    "This report is too large to make as a PDF. Download the Markdown version, which holds all of it.",
  );
}

export function createRenderPool({ threads, queuePerThread, heapMb = WORKER_HEAP_MB, warm }: RenderPoolOptions): RenderPool {
  const warmUpsLeft = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  warmUpsLeft[0] = warm?.threads ?? 0;
  const workerData: RenderWorkerData = { warmUp: warm?.reports ?? [], warmUpsLeft };
  const pool = new Piscina<ReportModel, Uint8Array>({
    filename: builtWorkerBundle("pdf"),
    workerData,
    minThreads: warm?.threads ?? 0,
    maxThreads: threads,
    idleTimeout: IDLE_WORKER_MS,
    niceIncrement: WORKER_NICE,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB },
    // Plain JavaScript: the parent's flags (tsx's loader under npm start, vitest's) are not the worker's business.
    execArgv: [],
  });
  const limit = threads * (1 + queuePerThread);
  let inFlight = 0;

  const busy = () => {
    const medianMs = pool.histogram.runTime.p50 || 1_000;
    const drainSeconds = Math.max(1, Math.ceil((inFlight * medianMs) / threads / 1_000));
    return new DomainError(
      "rate_limited",
      "renders_busy",
      `The server is making ${inFlight} PDF reports right now and cannot queue another. Try again in ${drainSeconds} s, or download the Markdown version, which is ready at once.`,
      [],
      drainSeconds,
    );
  };

  return {
    async render(report) {
      if (inFlight >= limit) throw busy();
      inFlight += 1;
      try {
        const bytes = await pool.run(report);
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") throw tooLarge();
        throw error;
      } finally {
        inFlight -= 1;
      }
    },
  };
}

// On globalThis: Next bundles instrumentation.ts, which starts the pool, apart from the routes
// that render, each with its own copy of this module.
const globalForRenders = globalThis as unknown as { rolefitRenderPool?: RenderPool };

const poolOptions = (): RenderPoolOptions => ({ threads: availableParallelism(), queuePerThread: QUEUE_PER_THREAD });

/** Starts the server's pool, with one worker warmed up and kept (instrumentation.ts); a second call changes nothing. */
export function startRenderPool(): void {
  globalForRenders.rolefitRenderPool ??= createRenderPool({ ...poolOptions(), warm: { threads: 1, reports: warmUpReports() } });
}

/** The process's pool: one thread per core; started by the first render where the server did not start it. */
export function renderReportPdf(report: ReportModel): Promise<Buffer> {
  globalForRenders.rolefitRenderPool ??= createRenderPool(poolOptions());
  return globalForRenders.rolefitRenderPool.render(report);
}
