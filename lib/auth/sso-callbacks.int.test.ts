/**
 * next-auth's callbacks for a single sign-on, with the claims a provider sends and the real
 * database: what the signIn callback lets through, and what the jwt callback issues a session for.
 * The cookies next-auth's route handler would set go to a jar standing in for next/headers.
 */
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { logger } from "../log/logger";
import { hashOpaqueToken } from "./primitives/tokens";
import { newTotpSecret, totpCode } from "./primitives/totp";

const jar = vi.hoisted(() => new Map<string, { value: string; options?: Record<string, unknown> }>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => void jar.set(name, { value, options }),
    delete: (cookie: string | { name: string }) => void jar.delete(typeof cookie === "string" ? cookie : cookie.name),
  }),
}));

let authOptions: NextAuthOptions;

beforeAll(async () => {
  vi.stubEnv("OIDC_ISSUER", "https://id.example.com");
  vi.stubEnv("OIDC_CLIENT_ID", "rolefit");
  vi.stubEnv("OIDC_CLIENT_SECRET", "secret");
  vi.resetModules();
  ({ authOptions } = await import("./options"));
});

afterEach(() => {
  jar.clear();
  vi.restoreAllMocks();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
});

const OIDC_ACCOUNT = { provider: "oidc", type: "oauth", providerAccountId: "subject" } as const;

async function signIn(claims: Record<string, unknown>) {
  return authOptions.callbacks!.signIn!({ user: { id: String(claims.sub) }, account: OIDC_ACCOUNT, profile: claims as never });
}

async function issueToken(claims: Record<string, unknown>) {
  return authOptions.callbacks!.jwt!({ token: { sub: String(claims.sub) }, user: { id: String(claims.sub) }, account: OIDC_ACCOUNT, profile: claims as never });
}

async function administrator(options: { disabled?: boolean } = {}) {
  const secret = newTotpSecret();
  const user = await db.user.create({
    data: { email: `admin-${randomUUID()}@demo.rolefit.test`, isPlatformAdmin: true, totpSecret: secret, totpEnabledAt: new Date(), disabledAt: options.disabled ? new Date() : null },
  });
  return { user, secret };
}

describe("single sign-on into an existing account", () => {
  it("refuses an address the provider does not say is verified, and logs why", async () => {
    const { user } = await administrator();
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    for (const claims of [{ email: user.email }, { email: user.email, email_verified: "false" }]) {
      expect(await signIn({ sub: "attacker", ...claims })).toBe("/sign-in?error=sso_email_unverified");
      await expect(issueToken({ sub: "attacker", ...claims })).rejects.toThrow(/refuse/);
    }
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reason: "email_unverified", emailVerifiedClaim: "missing", emailDomain: "demo.rolefit.test" }), "single sign-on refused");
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("asks an account with an authenticator app for its code instead of issuing a session", async () => {
    const { user } = await administrator();
    jar.set("next-auth.callback-url", { value: "http://127.0.0.1:3100/workspace?tab=people" });
    const claims = { sub: "admin-subject", email: user.email, email_verified: true };
    expect(await signIn(claims)).toBe("/sign-in/second-factor?callbackUrl=%2Fworkspace%3Ftab%3Dpeople");
    const cookie = jar.get("rolefit.sso-pending");
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/api/auth/callback/sso-second-factor" });
    expect(await db.pendingSecondFactor.findUnique({ where: { tokenHash: hashOpaqueToken(cookie!.value) } })).toMatchObject({ userId: user.id });
    // The jwt callback decides for itself: no session for an account that still owes its code.
    await expect(issueToken(claims)).rejects.toThrow(/second_factor/);
  });

  it("refuses a disabled account with its own message, and logs why", async () => {
    const { user } = await administrator({ disabled: true });
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    expect(await signIn({ sub: "disabled", email: user.email, email_verified: true })).toBe("/sign-in?error=sso_account_disabled");
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ reason: "account_disabled", userId: user.id }), "single sign-on refused");
  });

  it("completes with the code through the second step, and the session that follows has a fresh id", async () => {
    const { user, secret } = await administrator();
    expect(await signIn({ sub: "admin-subject", email: user.email, email_verified: true })).toMatch(/^\/sign-in\/second-factor/);
    const pending = jar.get("rolefit.sso-pending")!.value;
    const provider = authOptions.providers.find((candidate) => (candidate as { options?: { id?: string } }).options?.id === "sso-second-factor") as unknown as {
      options: { authorize: (credentials: unknown, request: unknown) => Promise<{ id: string; sessionVersion: number }> };
    };
    const request = (token: string) => ({ headers: { cookie: `other=1; rolefit.sso-pending=${token}`, "x-rolefit-client-address": `203.0.113.${Math.floor(Math.random() * 250)}` } });

    await expect(provider.options.authorize({ code: "000000" === totpCode(secret, Date.now()) ? "111111" : "000000" }, request(pending))).rejects.toThrow(/^totp_invalid$/);
    const rotated = jar.get("rolefit.sso-pending")!.value;
    expect(rotated).not.toBe(pending);

    const signedIn = await provider.options.authorize({ code: totpCode(secret, Date.now()) }, request(rotated));
    expect(signedIn).toMatchObject({ id: user.id, sessionVersion: user.sessionVersion });
    expect(jar.has("rolefit.sso-pending")).toBe(false);
    const token = await authOptions.callbacks!.jwt!({ token: {}, user: signedIn as never, account: { provider: "sso-second-factor", type: "credentials", providerAccountId: user.id } });
    expect(token).toMatchObject({ uid: user.id, sv: user.sessionVersion, sid: expect.any(String) });
  });
});

describe("single sign-on of a new person", () => {
  it("creates the account from a verified address and issues a session for it", async () => {
    const email = `new-${randomUUID()}@example.test`;
    const claims = { sub: "new-subject", email: email.toUpperCase(), email_verified: true, name: "New Person" };
    expect(await signIn(claims)).toBe(true);
    const token = await issueToken(claims);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(token).toMatchObject({ sub: user.id, uid: user.id, email, name: "New Person", sv: 1, sid: expect.any(String) });
  });
});
