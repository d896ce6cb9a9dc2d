import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => {
    const [name = "", ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe("the Content Security Policy", () => {
  it("allows scripts only with the request's nonce, and denies plugins, base and framing", () => {
    const policy = directives(contentSecurityPolicy("abc123==", { development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("adds eval for React's development build, and only there", () => {
    expect(directives(contentSecurityPolicy("n", { development: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { development: false })).not.toContain("unsafe-eval");
  });

  it("never allows inline scripts", () => {
    for (const development of [true, false]) {
      expect(directives(contentSecurityPolicy("n", { development })).get("script-src")).not.toContain("'unsafe-inline'");
    }
  });
});

describe("createNonce", () => {
  it("makes a different 128-bit base64 value every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the static security headers", () => {
  const byName = (production: boolean) => new Map(staticSecurityHeaders({ production }).map(({ key, value }) => [key, value]));

  it("forbid sniffing and framing, limit the referrer and deny powerful features", () => {
    const headers = byName(false);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment"]) expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
  });

  it("send HSTS for a year with subdomains in production only", () => {
    expect(byName(true).get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(byName(false).has("Strict-Transport-Security")).toBe(false);
  });
});
