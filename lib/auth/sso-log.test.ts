import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../log/logger";
import { logNextAuthError, providerErrorRedirect } from "./sso-log";

afterEach(() => {
  vi.restoreAllMocks();
});

function spies() {
  return {
    info: vi.spyOn(logger, "info").mockImplementation(() => undefined),
    warn: vi.spyOn(logger, "warn").mockImplementation(() => undefined),
    error: vi.spyOn(logger, "error").mockImplementation(() => undefined),
  };
}

const callback = (query: string) => new Request(`http://127.0.0.1:3100/api/auth/callback/oidc?${query}`);

describe("the provider's error answers", () => {
  it("turns a cancel at the provider into one info line and the sign-in page's message", () => {
    const log = spies();
    const response = providerErrorRedirect(callback("error=access_denied&error_description=End-User%20aborted%20interaction&state=abc"));
    expect(response?.status).toBe(302);
    expect(response?.headers.get("location")).toBe("/sign-in?error=sso_cancelled");
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledWith({ reason: "cancelled", providerErrorDescription: "End-User aborted interaction" }, "single sign-on cancelled at the identity provider");
    expect(log.warn).not.toHaveBeenCalled();
    expect(log.error).not.toHaveBeenCalled();
  });

  it("turns any other error answer into one warning naming the provider's error, in printable text", () => {
    const log = spies();
    const response = providerErrorRedirect(callback(`error=server_error&error_description=${encodeURIComponent(`down\n${"x".repeat(500)}`)}`));
    expect(response?.headers.get("location")).toBe("/sign-in?error=sso_provider_error");
    expect(log.warn).toHaveBeenCalledTimes(1);
    const [fields] = log.warn.mock.calls[0] as unknown as [Record<string, string>];
    expect(fields).toMatchObject({ reason: "provider_error", providerError: "server_error" });
    expect(fields.providerErrorDescription).toMatch(/^down\?x+$/);
    expect(fields.providerErrorDescription).toHaveLength(200);
  });

  it("leaves a callback with a code, and every other route, to next-auth", () => {
    spies();
    expect(providerErrorRedirect(callback("code=abc&state=def"))).toBeNull();
    expect(providerErrorRedirect(new Request("http://127.0.0.1:3100/api/auth/signin?error=access_denied"))).toBeNull();
    expect(providerErrorRedirect(new Request("http://127.0.0.1:3100/api/auth/callback/credentials?error=access_denied"))).toBeNull();
  });
});

describe("next-auth's errors", () => {
  it("logs a provider that cannot be reached once, as an error with its reason and its error code kept", () => {
    const log = spies();
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    logNextAuthError("SIGNIN_OAUTH_ERROR", { error: refused, providerId: "oidc" });
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith({ event: "SIGNIN_OAUTH_ERROR", reason: "provider_unavailable", err: refused }, "single sign-on could not start");
  });

  it("tells a provider that did not answer in time from one whose answer failed", () => {
    const log = spies();
    logNextAuthError("OAUTH_CALLBACK_ERROR", { error: new Error("outgoing request timed out after 3500ms"), providerId: "oidc" });
    logNextAuthError("OAUTH_CALLBACK_ERROR", { error: new Error("invalid_client (client authentication failed)"), providerId: "oidc" });
    expect(log.error.mock.calls.map(([fields]) => (fields as { reason: string }).reason)).toEqual(["provider_unavailable", "provider_failed"]);
  });

  it("logs any other event under its name, with the error itself so its fields are serialized", () => {
    const log = spies();
    const failure = new Error("state mismatch");
    logNextAuthError("JWT_SESSION_ERROR", failure);
    logNextAuthError("OAUTH_CALLBACK_HANDLER_ERROR", { error: failure });
    expect(log.error).toHaveBeenNthCalledWith(1, { event: "JWT_SESSION_ERROR", err: failure }, "next-auth error");
    expect(log.error).toHaveBeenNthCalledWith(2, { event: "OAUTH_CALLBACK_HANDLER_ERROR", err: failure }, "next-auth error");
  });
});
