/** GET /api/health against the real database, and its 503 branch with a failing check (a real outage: lib/database/outage.int.test.ts). */
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import { healthResponse } from "./health";
import { GET } from "./route";

const call = () => GET(new Request("http://127.0.0.1:3000/api/health", { headers: { host: "127.0.0.1:3000" } }), { params: Promise.resolve({}) });

describe("GET /api/health", () => {
  it("answers 200 ok, uncached, while the database answers", async () => {
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("the health check", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers 503 unavailable, uncached and without the cause, when the database check fails, and logs the cause", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const cause = new Error("SQLITE_CANTOPEN: /secret/path/rolefit.db");
    const response = await healthResponse(() => Promise.reject(cause));
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(JSON.stringify({ status: "unavailable" }));
    expect(logged).toHaveBeenCalledWith({ err: cause }, "health check: database unavailable");
  });

  it("answers 503 when the database check hangs, logging a warn line", async () => {
    const warned = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const response = await healthResponse(() => new Promise(() => undefined), 50);
    expect(response.status).toBe(503);
    expect(warned).toHaveBeenCalledWith({ reason: "database check took longer than 50 ms" }, "health check: database unavailable");
  });

  it("logs an outage (the server refusing connections, a locked file) as a warn line with its reason, without a stack", async () => {
    const warned = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const errored = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = await healthResponse(() => Promise.reject(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" })));
    expect(response.status).toBe(503);
    expect(warned).toHaveBeenCalledWith({ reason: "SQLITE_BUSY" }, "health check: database unavailable");
    expect(errored).not.toHaveBeenCalled();
  });

  it("answers 200 when the check resolves", async () => {
    const response = await healthResponse(() => Promise.resolve([{ 1: 1 }]));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
