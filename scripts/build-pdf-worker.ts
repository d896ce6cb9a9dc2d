/**
 * Builds the PDF render worker (lib/report/pdf/worker-bundle.ts): `npx tsx scripts/build-pdf-worker.ts`,
 * run by `npm run build`, `npm start`, `npm run dev` (which rebuilds it on every change) and the
 * test setup. It takes esbuild about a second.
 *
 * Why a bundle: a worker that compiled the renderer's TypeScript with tsx at start held tsx's
 * loader and its compiled modules besides react-pdf (about 80 MB of resident memory a worker
 * against 40 MB now) and took over a second longer to start. Packages stay external: loaded from
 * node_modules they cost less memory than bundled into the file (measured: 40 against 55 MB).
 *
 * The file is written under a temporary name and renamed, so a server starting a worker while it
 * is rebuilt reads either the old bundle or the new one, whole.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build, context, type BuildOptions, type OutputFile, type Plugin } from "esbuild";
import { pdfWorkerBundlePath } from "../lib/report/pdf/worker-bundle";

function options(root: string): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, "lib", "report", "pdf", "worker-task.ts")],
    outfile: pdfWorkerBundlePath(root),
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

/** Builds the bundle once; resolves to its path. */
export async function buildPdfWorker(root = process.cwd()): Promise<string> {
  const result = await build(options(root));
  writeAtomically(result.outputFiles ?? []);
  return pdfWorkerBundlePath(root);
}

/** Builds the bundle and again on every change to the files in it, until the process ends (`npm run dev`). */
export async function watchPdfWorker(root = process.cwd()): Promise<void> {
  const writeOnSuccess: Plugin = {
    name: "write-atomically",
    setup(pluginBuild) {
      pluginBuild.onEnd((result) => {
        if (result.errors.length === 0) writeAtomically(result.outputFiles ?? []);
      });
    },
  };
  const watcher = await context({ ...options(root), plugins: [writeOnSuccess] });
  await watcher.rebuild();
  await watcher.watch();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  buildPdfWorker()
    .then((file) => console.log(`PDF render worker built: ${path.relative(process.cwd(), file)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
