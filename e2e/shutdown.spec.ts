/**
 * Graceful shutdown: a second production server on the same build, with its own database, gets SIGTERM
 * while it is generating a PDF; the request still completes, then the server exits cleanly and
 * takes no new connections.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { removeSqliteFiles } from "../lib/testing/scratch-database";
import { waitForHealth } from "../lib/testing/wait-for-health";
import { createWorld } from "./support/world";

const PORT = Number(process.env.E2E_SHUTDOWN_PORT ?? 3101);
const BASE = `http://127.0.0.1:${PORT}`;

/**
 * A GET on its own connection, closed after the response, as a load balancer's last request on
 * a draining connection would be: an idle keep-alive connection would hold the exit back until
 * it times out (see README, graceful shutdown).
 */
function getOnce(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { connection: "close" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

function exitOf(server: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => server.once("exit", (code) => resolve(code)));
}

test("on SIGTERM the server finishes the request in flight, then exits", async () => {
  test.setTimeout(300_000);
  // Its own database: migrating the end-to-end server's busy file at start could time out waiting for its lock.
  const file = path.resolve(".data", "shutdown.db");
  removeSqliteFiles(file);
  const server = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", "start.ts"), "--no-build"], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: String(PORT), HOSTNAME: "127.0.0.1", SEED_DEMO_DATA: "false", LOG_LEVEL: "warn" },
    // stderr goes to the test's own: a pipe nobody reads fills up and stalls the server's start.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = exitOf(server);
  try {
    await waitForHealth(BASE, 120_000);
    const world = createWorld(`file:${file}`);
    // The first PDF of a fresh process loads the renderer and converts the fonts: over a second.
    const started = Date.now();
    const inFlight = getOnce(`${BASE}/shared/${world.shareToken}/report?format=pdf`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    // No longer listening, while the PDF is still being made.
    await expect(getOnce(`${BASE}/api/health`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    const bytes = response.body;
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(Date.now() - started).toBeGreaterThan(300);

    // 143 = 128 + SIGTERM: Next's own convention for a shutdown on that signal.
    expect(await exited).toBe(143);
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
});
