/**
 * A second server of the same build, on its own port and SQLite file, for specs that need other
 * settings than the suite's server (no trusted proxy, the pseudo-language). It never rebuilds:
 * the suite's server serves from the same build directory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { removeSqliteFiles } from "../../lib/testing/scratch-database";
import { waitForHealth } from "../../lib/testing/wait-for-health";

export interface SecondServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startSecondServer(port: number, databaseFile: string, env: Record<string, string>): Promise<SecondServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  removeSqliteFiles(databaseFile);
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "start.ts"), "--no-build"], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, PORT: String(port), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "false", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(baseUrl, 150_000);
  return {
    baseUrl,
    databaseUrl: `file:${databaseFile}`,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
      removeSqliteFiles(databaseFile);
    },
  };
}
