/** `npm run dev`: migrate (and seed a new database), then the Next.js dev server. */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { ensureAuthEnvironment } from "./auth-secret";
import { prepareDatabase } from "./prepare-database";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  await prepareDatabase({ seed: true });
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "dev", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, ...ensureAuthEnvironment(env), NEXT_TELEMETRY_DISABLED: "1" },
  });
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
