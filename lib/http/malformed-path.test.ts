import { describe, expect, it } from "vitest";
import { malformedUrlMessage } from "./malformed-path";

describe("malformedUrlMessage", () => {
  it("refuses percent-encoding that does not decode, anywhere in the path", () => {
    for (const path of ["/shared/%ff", "/api/v1/results/%ED%A0%80", "/shared/%", "/shared/%%", "/shared/%zz", "/invite/%C0%AF", "/a/%u0041/b"]) {
      expect(malformedUrlMessage(path), path).toMatch(/percent-encoded wrongly/);
    }
  });

  it("refuses a query whose percent-encoding does not decode", () => {
    for (const url of ["/api/auth/error?error=%ff", "/admin/users?q=100%", "/x?a=1&b=%E0%A4%A"]) {
      expect(malformedUrlMessage(url), url).toMatch(/query is percent-encoded wrongly/);
    }
  });

  it("refuses dot segments, plain or encoded, which would route differently after the guard", () => {
    for (const path of ["/api/auth/../../sign-up", "/./sign-up", "/api/%2e%2e/sign-up", "/shared/%2E"]) {
      expect(malformedUrlMessage(path), path).toMatch(/"\.\." segment/);
    }
  });

  it("lets every ordinary path through, encoded characters included", () => {
    for (const path of ["/", "/shared/abc_DEF-123", "/api/v1/results/cmx0000", "/_next/static/chunks/app.js?v=1", "/methodology", "/search/caf%C3%A9", "/a/..b/c.d", "/a%20b", "/admin/users?q=a+b%2Bc&role=", "/x?a=%2e%2e"]) {
      expect(malformedUrlMessage(path), path).toBeNull();
    }
  });
});
