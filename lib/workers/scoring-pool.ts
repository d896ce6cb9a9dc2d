/**
 * Scores submissions on a worker thread (piscina). A first submission's scoring (about 12 ms of
 * robustness draws and what-if searches) would otherwise hold up every request the event loop
 * serves meanwhile; on a worker it runs beside them, on another core.
 *
 * - One thread per core but one, and at least one: the main thread keeps a core for the requests.
 * - Started with the first submission and let go after IDLE_WORKER_MS without work, so an idle
 *   server holds no scorer. Starting one costs the submission that needs it about 0.3 s (measured:
 *   273 ms, then 13 ms a submission once warm): a minute keeps it through a team's burst of
 *   submissions.
 * - The answers cross as plain data; the output comes back as the JSON text that is stored
 *   (lib/scoring/worker-task.ts).
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ZScoringOutput } from "../scoring/output-schema";
import type { ScoreInput, ScoringOutput } from "../scoring/types";
import type { ScoredForStorage } from "../scoring/worker-task";
import { builtWorkerBundle } from "./bundles";

const IDLE_WORKER_MS = 60_000;
/** Scoring keeps little: the model, the questionnaire and one answer set's arrays. */
const WORKER_HEAP_MB = 128;
const WORKER_YOUNG_HEAP_MB = 16;

let pool: Piscina<ScoreInput, ScoredForStorage> | null = null;

export function scoreInWorker(input: ScoreInput): Promise<ScoredForStorage> {
  pool ??= new Piscina<ScoreInput, ScoredForStorage>({
    filename: builtWorkerBundle("scoring"),
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: IDLE_WORKER_MS,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_HEAP_MB },
    // Plain JavaScript: the parent's flags (tsx's loader under npm start, vitest's) are not the worker's business.
    execArgv: [],
  });
  return pool.run({ questionnaireVersion: input.questionnaireVersion, answers: input.answers });
}

/**
 * The full output for the score preview (nothing stored), scored on the worker like a submission.
 * The text is read back through the output's schema, a fraction of a millisecond on this thread
 * against the scoring's 12 to 15.
 */
export async function previewScoreInWorker(input: ScoreInput): Promise<ScoringOutput> {
  const { outputJson } = await scoreInWorker(input);
  return ZScoringOutput.parse(JSON.parse(outputJson));
}
