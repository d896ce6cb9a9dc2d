import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../log/logger";

async function loadOptions(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./options");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
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
    // The ID token alone holds only `sub` at a conformant provider: the email claims come from userinfo.
    expect(typeof (oidc.userinfo as { request?: unknown }).request).toBe("function");
    // An account with an authenticator app finishes a single sign-on with its code, through this provider.
    // (next-auth reads a credentials provider's id from its options.)
    const ids = authOptions.providers.map((provider) => ((provider as { options?: { id?: string } }).options?.id ?? provider.id));
    expect(ids).toEqual(["credentials", "oidc", "sso-second-factor"]);
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

describe("the credentials check", () => {
  it("answers an unexpected failure with a code of its own and logs it, so no internal message reaches the redirect URL", async () => {
    const { authOptions } = await loadOptions({});
    const provider = authOptions.providers.find((candidate) => candidate.id === "credentials") as unknown as {
      options: { authorize: (credentials: unknown, request: unknown) => Promise<unknown> };
    };
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const failing = {
      get headers(): never {
        throw new Error("SQLITE_CORRUPT: /srv/rolefit/.data/rolefit.db");
      },
    };
    await expect(provider.options.authorize({ email: "a@example.com", password: "x" }, failing)).rejects.toThrow(/^unavailable$/);
    expect(logged).toHaveBeenCalledWith({ err: expect.objectContaining({ message: "SQLITE_CORRUPT: /srv/rolefit/.data/rolefit.db" }) }, "sign-in failed unexpectedly");
  });
});

describe("next-auth's own errors", () => {
  it("go to the app's log under their event name", async () => {
    const { authOptions } = await loadOptions({});
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const failure = new Error("state mismatch");
    authOptions.logger?.error?.("JWT_SESSION_ERROR", failure);
    expect(logged).toHaveBeenCalledWith({ event: "JWT_SESSION_ERROR", err: failure }, "next-auth error");
  });

  it("name the reason when a single sign-on could not be completed, with the error's own code rather than a redacted one", async () => {
    const { authOptions } = await loadOptions({});
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const failure = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3101"), { code: "ECONNREFUSED" });
    authOptions.logger?.error?.("OAUTH_CALLBACK_ERROR", { error: failure, providerId: "oidc" } as never);
    expect(logged).toHaveBeenCalledWith({ event: "OAUTH_CALLBACK_ERROR", reason: "provider_unavailable", err: failure }, "single sign-on could not be completed");
  });
});
