import { describe, expect, it } from "vitest";
import { malformedPathMessage } from "./malformed-path";

describe("malformedPathMessage", () => {
  it("refuses percent-encoding that does not decode, anywhere in the path", () => {
    for (const path of ["/shared/%ff", "/api/v1/results/%ED%A0%80", "/shared/%", "/shared/%%", "/shared/%zz", "/invite/%C0%AF", "/a/%u0041/b"]) {
      expect(malformedPathMessage(path), path).toMatch(/percent-encoded wrongly/);
    }
  });

  it("refuses dot segments, plain or encoded, which would route differently after the guard", () => {
    for (const path of ["/api/auth/../../sign-up", "/./sign-up", "/api/%2e%2e/sign-up", "/shared/%2E"]) {
      expect(malformedPathMessage(path), path).toMatch(/"\.\." segment/);
    }
  });

  it("lets every ordinary path through, encoded characters included", () => {
    for (const path of ["/", "/shared/abc_DEF-123", "/api/v1/results/cmx0000", "/_next/static/chunks/app.js", "/methodology", "/search/caf%C3%A9", "/a/..b/c.d", "/a%20b"]) {
      expect(malformedPathMessage(path), path).toBeNull();
    }
  });
});
