import { describe, expect, it } from "vitest";
import { createLogger, withRequestId } from "./logger";
import { maskPath } from "./mask-path";
import { requestIdFrom } from "./request-id";

function capture() {
  const lines: string[] = [];
  const log = createLogger({ write: (line: string) => void lines.push(line) }, "info");
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, parsed };
}

const TOKEN = "Xk3_9fQ2-mZpL0aB7cD4eF6gH8iJ1kLmN5oPqRsTuVw";

describe("the logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { log, parsed } = capture();
    log.info({ status: 200 }, "request");
    expect(parsed()).toEqual([expect.objectContaining({ level: 30, msg: "request", status: 200, time: expect.any(String) })]);
  });

  it("never writes passwords, tokens, codes, answers, cookies or authorization headers, however nested", () => {
    const { log, lines, parsed } = capture();
    log.info(
      {
        password: "hunter2 passphrase",
        body: { email: "ana@example.test", newPassword: "another passphrase", code: "123456", answers: { employees: 120, regulator: "yes" } },
        resume: { token: TOKEN },
        headers: { authorization: "Bearer abc.def.ghi", cookie: "next-auth.session-token=eyJhbGciOi", "set-cookie": "a=b" },
        deep: { a: { b: { password: "deep secret" } } },
        items: [{ token: TOKEN }],
      },
      "sign-in attempt",
    );
    const output = lines.join("");
    for (const secret of ["hunter2", "another passphrase", "regulator", TOKEN, "Bearer", "eyJhbGciOi", "deep secret", "a=b"]) {
      expect(output).not.toContain(secret);
    }
    const [line] = parsed();
    expect(line).toMatchObject({ password: "[redacted]", body: { email: "ana@example.test", answers: "[redacted]", code: "[redacted]" } });
  });

  it("keeps an error's message and code, under errorCode", () => {
    const { log, parsed } = capture();
    log.error({ err: Object.assign(new Error("Unique constraint failed"), { code: "P2002" }) }, "unhandled route error");
    expect(parsed()[0]).toMatchObject({ err: { type: "Error", message: "Unique constraint failed", errorCode: "P2002" } });
  });

  it("adds the request id to every line written inside withRequestId, and only there", async () => {
    const { log, parsed } = capture();
    await withRequestId("req-123", async () => {
      log.info("first");
      await Promise.resolve();
      log.warn("second");
    });
    log.info("outside");
    expect(parsed().map((line) => line.requestId)).toEqual(["req-123", "req-123", undefined]);
  });
});

describe("maskPath", () => {
  it("hides the tokens of private links", () => {
    expect(maskPath(`/assessment/${TOKEN}`)).toBe("/assessment/:token");
    expect(maskPath(`/assessment/${TOKEN}/result`)).toBe("/assessment/:token/result");
    expect(maskPath(`/api/v1/assessments/${TOKEN}/submit`)).toBe("/api/v1/assessments/:token/submit");
    expect(maskPath("/assessment/short")).toBe("/assessment/:token");
    expect(maskPath(`/invite/${TOKEN}`)).toBe("/invite/:token");
    expect(maskPath(`/reset-password/${TOKEN}`)).toBe("/reset-password/:token");
  });

  it("hides anything shaped like a token elsewhere, but keeps ids and plain paths", () => {
    expect(maskPath(`/somewhere/${TOKEN}`)).toBe("/somewhere/:token");
    expect(maskPath("/workspace/results/cmabc123def456ghi789jkl01")).toBe("/workspace/results/cmabc123def456ghi789jkl01");
    expect(maskPath("/api/v1/assessments")).toBe("/api/v1/assessments");
    expect(maskPath("/")).toBe("/");
  });
});

describe("requestIdFrom", () => {
  it("repeats a safe incoming id and replaces anything else", () => {
    expect(requestIdFrom("lb-7f3a.42_x")).toBe("lb-7f3a.42_x");
    for (const unsafe of [null, undefined, "", "a".repeat(65), 'x","level":60', "id with spaces", "line\nbreak"]) {
      const id = requestIdFrom(unsafe);
      expect(id).not.toBe(unsafe);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
