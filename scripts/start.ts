/**
 * `npm start`: prepares the database (migrate, and seed the first time), builds when the
 * build is missing or older than the source and builds the PDF render worker (about a second)
 * (unless --no-build), then serves (scripts/serve.ts) and prints the URL.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { WORKER_BUNDLES, builtWorkerBundle, type WorkerName } from "../lib/workers/bundles";
import { ensureAuthEnvironment } from "./auth-secret";
import { buildWorkers } from "./build-workers";
import { prepareDatabase } from "./prepare-database";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else if (!/\.(test|int\.test)\.ts$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceChange();
}

async function main(): Promise<void> {
  const env = parseEnv({ ...process.env, NODE_ENV: "production" });
  if (process.env.REDIS_URL) {
    // Some platforms add REDIS_URL on their own; say plainly that it changes nothing rather than let an operator assume it does.
    console.warn("REDIS_URL is set but not used: session revocation, sign-in limits and idempotency records live in the database, which every instance shares.");
  }
  await prepareDatabase({ seed: true });
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const childEnv = { ...process.env, ...ensureAuthEnvironment(env), NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  // --no-build serves the build as it is: a second server beside a running one (the shutdown
  // test) must never rebuild the directory the first one serves from.
  if (process.argv.includes("--no-build")) {
    if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("There is no build to serve: run npm run build first.");
    for (const name of Object.keys(WORKER_BUNDLES) as WorkerName[]) builtWorkerBundle(name);
  } else {
    // Always: it is quick, and a bundle left from older sources would render the old report or score by the old model.
    await buildWorkers();
    if (!buildIsCurrent()) {
      console.log("Building the app (about a minute the first time)…");
      execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
    }
  }
  // Through tsx, as every script here: the server imports the app's TypeScript modules for the client address and method table.
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "serve.ts")], {
    stdio: ["inherit", "pipe", "pipe"],
    env: { ...childEnv, PORT: String(env.PORT), HOSTNAME: env.HOSTNAME },
  });
  // Through this process rather than inherited, so whoever captures its output gets the server's too.
  server.stdout.on("data", (chunk: Buffer) => process.stdout.write(chunk));
  server.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
