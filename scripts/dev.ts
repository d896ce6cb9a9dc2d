/**
 * `npm run dev`: migrate (and seed a new database), then the Next.js dev server behind scripts/serve.ts,
 * with the PDF render worker's bundle rebuilt on every change to its sources (a render worker
 * started after the change runs it; the pool lets idle workers go after half a minute).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { ensureAuthEnvironment } from "./auth-secret";
import { watchPdfWorker } from "./build-pdf-worker";
import { prepareDatabase } from "./prepare-database";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  await prepareDatabase({ seed: true });
  await watchPdfWorker();
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
