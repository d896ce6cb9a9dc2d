/**
 * Builds the worker threads' bundles (lib/workers/bundles.ts): `npx tsx scripts/build-workers.ts`,
 * run by `npm run build`, `npm start`, `npm run dev` (which rebuilds them on every change) and the
 * test setup. It takes esbuild about a second.
 *
 * Why bundles: a worker that compiled its TypeScript with tsx at start held tsx's loader and its
 * compiled modules besides its own code (for the PDF renderer about 80 MB of resident memory a
 * worker against 40 MB now) and took over a second longer to start. Packages stay external:
 * loaded from node_modules they cost less memory than bundled into the file (measured for the PDF
 * renderer: 40 against 55 MB).
 *
 * Each file is written under a temporary name and renamed, so a server starting a worker while it
 * is rebuilt reads either the old bundle or the new one, whole.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build, context, type BuildOptions, type OutputFile, type Plugin } from "esbuild";
import { WORKER_BUNDLES, workerBundlePath, type WorkerName } from "../lib/workers/bundles";

const WORKERS = Object.keys(WORKER_BUNDLES) as WorkerName[];

function options(root: string, name: WorkerName): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, WORKER_BUNDLES[name].entry)],
    outfile: workerBundlePath(name, root),
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    packages: "external",
    write: false,
    logLevel: "warning",
  };
}

function writeAtomically(files: OutputFile[]): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

/** Builds every bundle once; resolves to their paths. */
export async function buildWorkers(root = process.cwd()): Promise<string[]> {
  return Promise.all(
    WORKERS.map(async (name) => {
      const result = await build(options(root, name));
      writeAtomically(result.outputFiles ?? []);
      return workerBundlePath(name, root);
    }),
  );
}

/** Builds the bundles and again on every change to the files in them, until the process ends (`npm run dev`). */
export async function watchWorkers(root = process.cwd()): Promise<void> {
  const writeOnSuccess: Plugin = {
    name: "write-atomically",
    setup(pluginBuild) {
      pluginBuild.onEnd((result) => {
        if (result.errors.length === 0) writeAtomically(result.outputFiles ?? []);
      });
    },
  };
  for (const name of WORKERS) {
    const watcher = await context({ ...options(root, name), plugins: [writeOnSuccess] });
    await watcher.rebuild();
    await watcher.watch();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  buildWorkers()
    .then((files) => console.log(`Workers built: ${files.map((file) => path.relative(process.cwd(), file)).join(", ")}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
