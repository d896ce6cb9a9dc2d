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
 * - The pool starts a worker with the first render and lets each go after IDLE_WORKER_MS without
 *   work, so an idle server holds no renderer in memory (about 40 MB a worker, loaded). Starting one
 *   again takes about half a second, paid by the first download after a quiet spell.
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

export function createRenderPool({ threads, queuePerThread, heapMb = WORKER_HEAP_MB }: RenderPoolOptions): RenderPool {
  const pool = new Piscina<ReportModel, Uint8Array>({
    filename: builtWorkerBundle("pdf"),
    minThreads: 0,
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

let shared: RenderPool | null = null;

/** The process's pool: one thread per core, started by the first render. */
export function renderReportPdf(report: ReportModel): Promise<Buffer> {
  shared ??= createRenderPool({ threads: availableParallelism(), queuePerThread: QUEUE_PER_THREAD });
  return shared.render(report);
}
