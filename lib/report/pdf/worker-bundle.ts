/**
 * Where the PDF render worker's bundle lives: lib/report/pdf/worker-task.ts and the project code it
 * imports, compiled by esbuild into one plain JavaScript file (scripts/build-pdf-worker.ts), so a
 * worker starts without a TypeScript loader. A worker thread starts from a file on disk, which
 * Next's bundler never sees: the file is made by `npm run build`, `npm start`, `npm run dev` and
 * the test setup, and next.config.js names it so the traced build output holds it. Packages stay
 * in node_modules, loaded by the worker as any Node.js program loads them.
 */
import fs from "node:fs";
import path from "node:path";

/** Relative to the project root; generated, never committed. */
export const PDF_WORKER_BUNDLE = path.join("generated", "pdf-worker", "worker.mjs");

/** The bundle's absolute path; process.cwd() is the project root under `next start`, `next dev`, vitest and tsx alike. */
export function pdfWorkerBundlePath(root = process.cwd()): string {
  return path.join(root, PDF_WORKER_BUNDLE);
}

/** The bundle's absolute path, or a clear error when it was never built (a fresh clone served without a build). */
export function builtPdfWorkerBundle(root = process.cwd()): string {
  const file = pdfWorkerBundlePath(root);
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) {
    throw new Error(`The PDF render worker is not built: ${file} is missing. Run npm run build (or npx tsx scripts/build-pdf-worker.ts).`);
  }
  return file;
}
