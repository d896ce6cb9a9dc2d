/**
 * Where the worker threads' bundles live. Each worker's entry and the project code it imports are
 * compiled by esbuild into one plain JavaScript file (scripts/build-workers.ts), so a worker starts
 * without a TypeScript loader. A worker thread starts from a file on disk, which Next's bundler
 * never sees: the files are made by `npm run build`, `npm start`, `npm run dev` and the test
 * setup, and next.config.js names them so the traced build output holds them. Packages stay in
 * node_modules, loaded by a worker as any Node.js program loads them.
 */
import fs from "node:fs";
import path from "node:path";

/** Relative to the project root; generated, never committed. */
export const WORKER_BUNDLES = {
  /** The PDF renderer (lib/report/pdf/worker-task.ts, run by lib/report/render-pdf.ts). */
  pdf: { entry: path.join("lib", "report", "pdf", "worker-task.ts"), bundle: path.join("generated", "pdf-worker", "worker.mjs"), label: "PDF render worker" },
  /** A submission's scoring (lib/scoring/worker-task.ts, run by lib/workers/scoring-pool.ts). */
  scoring: { entry: path.join("lib", "scoring", "worker-task.ts"), bundle: path.join("generated", "scoring-worker", "worker.mjs"), label: "scoring worker" },
} as const;

export type WorkerName = keyof typeof WORKER_BUNDLES;

/** The bundle's absolute path; process.cwd() is the project root under `next start`, `next dev`, vitest and tsx alike. */
export function workerBundlePath(name: WorkerName, root = process.cwd()): string {
  return path.join(root, WORKER_BUNDLES[name].bundle);
}

/** The bundle's absolute path, or a clear error when it was never built (a fresh clone served without a build). */
export function builtWorkerBundle(name: WorkerName, root = process.cwd()): string {
  const file = workerBundlePath(name, root);
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) {
    throw new Error(`The ${WORKER_BUNDLES[name].label} is not built: ${file} is missing. Run npm run build (or npx tsx scripts/build-workers.ts).`);
  }
  return file;
}
