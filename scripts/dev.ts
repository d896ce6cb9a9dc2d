/**
 * `npm run dev`: migrate (and seed a new database), then the Next.js dev server behind scripts/serve.ts,
 * with the worker threads' bundles rebuilt on every change to their sources (a worker started
 * after the change runs it; the pools let idle workers go after a while).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { ensureAuthEnvironment } from "./auth-secret";
import { watchWorkers } from "./build-workers";
import { prepareDatabase } from "./prepare-database";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  await prepareDatabase({ seed: true });
  await watchWorkers();
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "serve.ts"), "--dev"], {
    stdio: "inherit",
    env: { ...process.env, ...ensureAuthEnvironment(env), PORT: String(env.PORT), HOSTNAME: env.HOSTNAME, NEXT_TELEMETRY_DISABLED: "1" },
  });
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
