/** The route wrapper's logging and body limit, with a logger that writes into the test. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger, logger } from "../log/logger";
import { DomainError } from "../errors";
import { MAX_BODY_BYTES, readJsonBody, route } from "./route";

const TOKEN = "Xk3_9fQ2-mZpL0aB7cD4eF6gH8iJ1kLmN5oPqRsTuVw";
let lines: Record<string, unknown>[] = [];

beforeEach(() => {
  lines = [];
  const capturing = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }, "debug");
  for (const level of ["info", "error", "debug"] as const) {
    vi.spyOn(logger, level).mockImplementation(((...args: Parameters<typeof capturing.info>) => capturing[level](...args)) as typeof logger.info);
  }
});

afterEach(() => vi.restoreAllMocks());

const params = { params: Promise.resolve({}) };
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000${path}`, { headers: { host: "127.0.0.1:3000", ...headers } });

describe("route()", () => {
  it("logs one line per request with method, masked path, status, duration and the request id", async () => {
    const handler = route(async () => Response.json({ ok: true }));
    const response = await handler(get(`/api/v1/assessments/${TOKEN}`, { "x-request-id": "lb-42" }), params);
    expect(response.status).toBe(200);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: "request", requestId: "lb-42", method: "GET", path: "/api/v1/assessments/:token", status: 200, durationMs: expect.any(Number) }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it("answers an expected error with its status and logs only the request line", async () => {
    const handler = route(async () => {
      throw new DomainError("not_found", "not_found", "No such assessment.");
    });
    expect((await handler(get("/api/v1/assessments"), params)).status).toBe(404);
    expect(lines.map((line) => [line.msg, line.status])).toEqual([["request", 404]]);
  });

  it("answers an unexpected error with a generic 500 and logs it under the same generated request id", async () => {
    const handler = route(async () => {
      throw new Error("no such column: secretColumn");
    });
    const response = await handler(get("/api/v1/score"), params);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secretColumn");
    const [error, request] = lines;
    expect(error).toMatchObject({ level: 50, msg: "unhandled route error", err: { message: "no such column: secretColumn" }, path: "/api/v1/score" });
    expect(request).toMatchObject({ msg: "request", status: 500 });
    expect(error?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.requestId).toBe(error?.requestId);
  });

  it("answers a database that does not answer with 503 database_unavailable and Retry-After, logging one warn line without a stack", async () => {
    const capturing = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }, "debug");
    vi.spyOn(logger, "warn").mockImplementation(((...args: Parameters<typeof capturing.warn>) => capturing.warn(...args)) as typeof logger.warn);
    const handler = route(async () => {
      throw Object.assign(new Error("\nInvalid `db.result.findFirst()` invocation:\n\nCan't reach database server at db.internal:5432"), { code: "P1001" });
    });
    const response = await handler(get("/api/v1/assessments"), params);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "database_unavailable", message: "The database is not answering right now, so nothing was saved by this request. Try again in a moment.", issues: [] },
    });
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [40, "database unavailable"],
      [30, "request"],
    ]);
    expect(lines[0]).toMatchObject({ reason: "P1001", path: "/api/v1/assessments" });
    expect(lines[0]).not.toHaveProperty("err");
  });

  it("logs at the level the route asks for", async () => {
    const handler = route(async () => new Response(null, { status: 204 }), { logLevel: "debug" });
    await handler(get("/api/health"), params);
    expect(lines).toEqual([expect.objectContaining({ level: 20, msg: "request", status: 204 })]);
  });
});

describe("readJsonBody", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://127.0.0.1:3000/api/v1/score", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

  it("refuses a body over 1 MB sent without a length, without reading the rest", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 160) controller.close();
        else controller.enqueue(chunk);
      },
    });
    await expect(readJsonBody(post(stream))).rejects.toMatchObject({ kind: "too_large", code: "body_too_large" });
    expect(pulled * chunk.byteLength).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("refuses a declared length over 1 MB before reading", async () => {
    await expect(readJsonBody(post("{}", { "content-length": String(MAX_BODY_BYTES + 1) }))).rejects.toMatchObject({ kind: "too_large" });
  });

  it("refuses bytes that are not UTF-8 instead of storing replacement characters", async () => {
    for (const bytes of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0x80]]) {
      const body = Buffer.concat([Buffer.from('{"name":"a'), Buffer.from(bytes), Buffer.from('b"}')]);
      await expect(readJsonBody(post(body))).rejects.toMatchObject({ kind: "invalid", code: "invalid_encoding", message: "The request body is not valid UTF-8." });
    }
  });

  it("refuses an unpaired surrogate escape in any string or key, however deep, and keeps escaped pairs", async () => {
    for (const body of ['{"name":"a\\ud800b"}', '{"a":{"b":["\\udfff"]}}', '{"\\ud83d":1}', `${"[".repeat(100_000)}"\\udc00"${"]".repeat(100_000)}`]) {
      await expect(readJsonBody(post(body))).rejects.toMatchObject({ kind: "invalid", code: "invalid_encoding" });
    }
    expect(await readJsonBody(post('{"name":"\\ud83d\\ude00 and a \\\\ud800 that is only text"}'))).toEqual({ name: "😀 and a \\ud800 that is only text" });
  });

  it("parses a body of exactly 1 MB, and one that starts with a byte-order mark", async () => {
    const padded = `{"a":"${"x".repeat(MAX_BODY_BYTES - 8)}"}`;
    expect(Buffer.byteLength(padded)).toBe(MAX_BODY_BYTES);
    expect(await readJsonBody(post(padded))).toEqual({ a: "x".repeat(MAX_BODY_BYTES - 8) });
    expect(await readJsonBody(post("\uFEFF{\"a\":1}"))).toEqual({ a: 1 });
  });
});
