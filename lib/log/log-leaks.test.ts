import { describe, expect, it } from "vitest";
import { scanLog } from "./log-leaks";

const request = (extra: Record<string, unknown> = {}) => JSON.stringify({ level: 30, requestId: "5f0c6a8e-1b9d-4d59-9d1e-3f4c2a7b8e90", method: "GET", path: "/my", status: 200, ...extra });
const options = { secrets: ["correct horse battery"], answerKeys: ["employees", "regulated"] };

describe("scanLog", () => {
  it("passes a clean log and counts its request lines", () => {
    const log = ["Rolefit is running at http://127.0.0.1:3100", request(), request({ path: "/api/v1/assessments/:token/submit", method: "POST" }), request({ organizationId: "cmwtrtsax00rstt7dngdqix0v" })].join("\n");
    expect(scanLog(log, options)).toEqual({ leaks: [], requestLines: 3 });
  });

  it("finds a known secret anywhere, without repeating it", () => {
    const { leaks } = scanLog(`plain line\n${request({ note: "pw correct horse battery!" })}`, options);
    expect(leaks).toEqual([{ line: 2, kind: "secret", excerpt: "correc…(21 characters)" }]);
  });

  it("finds session, API and capability tokens and authenticator secrets", () => {
    const lines = [
      request({ cookie: "next-auth.session-token=eyJhbGciOiJkaXIi.eyJzdWIiOiIxMjM0NTY3ODkwIn0" }),
      "token rfk_AbCdEfGhIjKlMnOpQrStUv",
      request({ path: "/shared/Zr3kq0VxQ2m1y8Jt7bWcA4nLpE6sHdFgU9oKiRaTy5M" }),
      "secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP here",
    ];
    expect(scanLog(lines.join("\n"), options).leaks.map((leak) => [leak.line, leak.kind])).toEqual([
      [1, "session token"],
      [2, "api token"],
      [3, "opaque token"],
      [4, "totp secret"],
    ]);
  });

  it("finds answers by question key at any depth, and request lines without a request id", () => {
    const log = [request({ body: { answers: { employees: 280 } } }), JSON.stringify({ method: "GET", path: "/", status: 200 })].join("\n");
    expect(scanLog(log, options).leaks).toEqual([
      { line: 1, kind: "answer", excerpt: "employees" },
      { line: 2, kind: "request id missing", excerpt: "GET /" },
    ]);
  });
});
