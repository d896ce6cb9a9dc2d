/**
 * `npm run test:integration`: the integration suite on SQLite, then again on PostgreSQL when
 * TEST_POSTGRES_URL names a server (.ci/run starts one and sets it). Extra arguments go to vitest.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const vitest = path.resolve("node_modules", "vitest", "vitest.mjs");
const extra = process.argv.slice(2);

function run(provider: "sqlite" | "postgresql"): number {
  console.log(`\nIntegration suite on ${provider === "sqlite" ? "SQLite" : `PostgreSQL (${redacted(process.env.TEST_POSTGRES_URL ?? "")})`}`);
  const result = spawnSync(process.execPath, [vitest, "run", "--project", "integration", ...extra], {
    stdio: "inherit",
    env: { ...process.env, INTEGRATION_PROVIDER: provider, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
  });
  return result.status ?? 1;
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "an unparseable URL";
  }
}

let status = run("sqlite");
if (status === 0 && process.env.TEST_POSTGRES_URL) status = run("postgresql");
else if (!process.env.TEST_POSTGRES_URL) console.log("\nTEST_POSTGRES_URL is not set: the PostgreSQL run was skipped.");
process.exit(status);
