import { afterEach, describe, expect, it, vi } from "vitest";

async function loadOptions(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./options");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sign-in providers", () => {
  it("offers email and password only by default", async () => {
    const { authOptions, SSO_PROVIDER } = await loadOptions({ OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined });
    expect(authOptions.providers.map((provider) => provider.id)).toEqual(["credentials"]);
    expect(SSO_PROVIDER).toBeNull();
  });

  it("adds OpenID Connect single sign-on when its three variables are set", async () => {
    const { authOptions, SSO_PROVIDER } = await loadOptions({
      OIDC_ISSUER: "https://login.example.com/tenant/",
      OIDC_CLIENT_ID: "rolefit",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_NAME: "Okta",
    });
    const oidc = authOptions.providers.find((provider) => provider.id === "oidc") as unknown as Record<string, unknown>;
    expect(oidc).toMatchObject({
      type: "oauth",
      name: "Okta",
      wellKnown: "https://login.example.com/tenant/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
    });
    expect(SSO_PROVIDER).toEqual({ id: "oidc", name: "Okta" });
  });

  it("refuses a half-configured single sign-on at start-up", async () => {
    await expect(loadOptions({ OIDC_ISSUER: "https://login.example.com", OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined })).rejects.toThrow(
      /Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
  });

  it("keeps sessions short, as JWTs any instance can verify", async () => {
    const { authOptions, SESSION_MAX_AGE_SECONDS } = await loadOptions({});
    expect(authOptions.session).toMatchObject({ strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS });
    expect(SESSION_MAX_AGE_SECONDS).toBeLessThanOrEqual(2 * 60 * 60);
  });

  it("uses Secure, __Secure- prefixed cookies when the public URL is https", async () => {
    expect((await loadOptions({ NEXTAUTH_URL: "https://rolefit.example.com" })).authOptions.useSecureCookies).toBe(true);
    expect((await loadOptions({ NEXTAUTH_URL: "http://localhost:3000" })).authOptions.useSecureCookies).toBe(false);
  });
});
