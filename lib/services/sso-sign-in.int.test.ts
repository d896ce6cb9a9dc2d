/** Single sign-on against the real database: linking accounts, and the second factor it still owes. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { hashOpaqueToken } from "../auth/primitives/tokens";
import { hashRecoveryCode, newRecoveryCodes } from "../auth/primitives/recovery-codes";
import { newTotpSecret, totpCode } from "../auth/primitives/totp";
import { SIGN_IN_LIMITS } from "../auth/throttle-limits";
import type { SsoTrust } from "../auth/sso-decision";
import { db } from "../db";
import { signInKeys } from "./sign-in";
import { SSO_SECOND_FACTOR_TTL_MS, completeSsoSecondFactor, decideForClaims, linkSsoAccount, startSsoSecondFactor, type SsoSignIn } from "./sso-sign-in";

afterAll(async () => {
  await db.$disconnect();
});

const TRUST: SsoTrust = { trustedEmailDomains: [], trustProviderMfa: false, mfaAcrValues: [] };

async function accountWithTotp(options: { disabled?: boolean } = {}) {
  const secret = newTotpSecret();
  const user = await db.user.create({
    data: {
      email: `sso-${randomUUID()}@example.test`,
      name: "SSO Person",
      totpSecret: secret,
      totpEnabledAt: new Date(),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  return { user, secret };
}

/** A client address of its own per test, so no test's counters decide another's. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
const context = (clientAddress: string) => ({ clientAddress, knownDevice: () => false });
const wrongCode = (secret: string) => (Number(totpCode(secret, Date.now())) + 1).toString().padStart(6, "0").slice(-6);

describe("linking single sign-on claims to accounts", () => {
  it("creates an account without a password for a new verified address, and finds it again next time", async () => {
    const email = `new-${randomUUID()}@example.test`;
    const first = await decideForClaims({ sub: "s1", email: email.toUpperCase(), email_verified: true, name: "New Person" }, TRUST);
    expect(first).toMatchObject({ outcome: "sign_in", userId: null, email });
    const created = await linkSsoAccount(first as SsoSignIn);
    expect(created).toMatchObject({ email, name: "New Person", created: true, sessionVersion: 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).passwordHash).toBeNull();

    const again = await decideForClaims({ sub: "s1", email, email_verified: true }, TRUST);
    expect(again).toMatchObject({ outcome: "sign_in", userId: created.id });
    expect(await linkSsoAccount(again as SsoSignIn)).toMatchObject({ id: created.id, created: false });
  });

  it("never creates or reaches an account for an unverified address", async () => {
    const { user } = await accountWithTotp();
    expect(await decideForClaims({ sub: "s2", email: user.email }, TRUST)).toMatchObject({ outcome: "refuse", reason: "email_unverified" });
    const email = `unverified-${randomUUID()}@example.test`;
    expect(await decideForClaims({ sub: "s3", email, email_verified: "true" }, TRUST)).toMatchObject({ outcome: "refuse" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a disabled account, and asks an account with an authenticator app for its code", async () => {
    const disabled = await accountWithTotp({ disabled: true });
    expect(await decideForClaims({ sub: "s4", email: disabled.user.email, email_verified: true }, TRUST)).toMatchObject({ outcome: "refuse", reason: "account_disabled", userId: disabled.user.id });
    const active = await accountWithTotp();
    expect(await decideForClaims({ sub: "s5", email: active.user.email, email_verified: true }, TRUST)).toEqual({ outcome: "second_factor", userId: active.user.id });
  });
});

describe("the pending second factor", () => {
  it("stores only the token's hash, for a few minutes, and clears this account's expired ones", async () => {
    const { user } = await accountWithTotp();
    const old = await startSsoSecondFactor(user.id, new Date(Date.now() - SSO_SECOND_FACTOR_TTL_MS - 1_000));
    const now = new Date();
    const pending = await startSsoSecondFactor(user.id, now);
    const rows = await db.pendingSecondFactor.findMany({ where: { userId: user.id } });
    expect(rows).toEqual([expect.objectContaining({ tokenHash: hashOpaqueToken(pending.token), expiresAt: new Date(now.getTime() + SSO_SECOND_FACTOR_TTL_MS) })]);
    expect(JSON.stringify(rows)).not.toContain(pending.token);
    expect(rows[0]?.tokenHash).not.toBe(hashOpaqueToken(old.token));
  });

  it("signs in with the right code once, and the token is spent", async () => {
    const { user, secret } = await accountWithTotp();
    const { token } = await startSsoSecondFactor(user.id);
    const clientAddress = address();
    const outcome = await completeSsoSecondFactor(token, totpCode(secret, Date.now()), context(clientAddress));
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } });
    expect(await db.pendingSecondFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await completeSsoSecondFactor(token, totpCode(secret, Date.now() + 30_000), context(clientAddress))).toMatchObject({ ok: false, error: "sso_second_factor_expired" });
  });

  it("lets exactly one of a parallel burst with one token through", async () => {
    const { user, secret } = await accountWithTotp();
    const { token } = await startSsoSecondFactor(user.id);
    const code = totpCode(secret, Date.now());
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => completeSsoSecondFactor(token, code, context(address()))));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.error === "sso_second_factor_expired")).toHaveLength(11);
    expect(await db.pendingSecondFactor.count({ where: { userId: user.id } })).toBe(0);
  });

  it("checks one guess of a parallel burst of wrong codes, counts it, and leaves one fresh token with the same expiry", async () => {
    const { user, secret } = await accountWithTotp();
    const pending = await startSsoSecondFactor(user.id);
    const clientAddress = address();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => completeSsoSecondFactor(pending.token, wrongCode(secret), context(clientAddress))));
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.error === "totp_invalid");
    expect(checked).toHaveLength(1);
    const keys = signInKeys(user.email, clientAddress);
    expect((await db.rateLimitCounter.findUniqueOrThrow({ where: { key: keys.accountAtAddress } })).count).toBe(1);
    const rows = await db.pendingSecondFactor.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.expiresAt).toEqual(pending.expiresAt);
    const retry = checked[0]!;
    expect(!retry.ok && !retry.pending.keep && retry.pending.next?.token).toBeTruthy();
    if (!retry.ok && !retry.pending.keep && retry.pending.next) expect(rows[0]?.tokenHash).toBe(hashOpaqueToken(retry.pending.next.token));
  });

  it("counts wrong codes with the sign-in limits, and refuses once the account has reached them from this address", async () => {
    const { user, secret } = await accountWithTotp();
    const clientAddress = address();
    let token = (await startSsoSecondFactor(user.id)).token;
    const errors: string[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_LIMITS.accountAtAddress.limit; attempt += 1) {
      const outcome = await completeSsoSecondFactor(token, wrongCode(secret), context(clientAddress));
      if (outcome.ok || outcome.pending.keep || !outcome.pending.next) throw new Error("expected a fresh token after a refused code");
      errors.push(outcome.error);
      token = outcome.pending.next.token;
    }
    expect(errors.slice(0, -1)).toEqual(Array(SIGN_IN_LIMITS.accountAtAddress.limit).fill("totp_invalid"));
    expect(errors.at(-1)).toMatch(/^locked:\d+$/);
    // Even the right code waits now: the limit is on attempts, not on wrong ones.
    expect(await completeSsoSecondFactor(token, totpCode(secret, Date.now()), context(clientAddress))).toMatchObject({ ok: false, error: expect.stringMatching(/^locked:/) });
  });

  it("refuses an expired pending sign-in, right code or not, and deletes it", async () => {
    const { user, secret } = await accountWithTotp();
    const { token } = await startSsoSecondFactor(user.id, new Date(Date.now() - SSO_SECOND_FACTOR_TTL_MS - 1));
    expect(await completeSsoSecondFactor(token, totpCode(secret, Date.now()), context(address()))).toEqual({
      ok: false,
      error: "sso_second_factor_expired",
      userId: null,
      pending: { keep: false, next: null },
    });
    expect(await db.pendingSecondFactor.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a token nobody issued, and one missing, without counting anything", async () => {
    const clientAddress = address();
    expect(await completeSsoSecondFactor("Q".repeat(43), "123456", context(clientAddress))).toMatchObject({ ok: false, error: "sso_second_factor_expired" });
    expect(await completeSsoSecondFactor(null, "123456", context(clientAddress))).toMatchObject({ ok: false, error: "sso_second_factor_expired" });
    expect(await db.rateLimitCounter.count({ where: { key: signInKeys("x", clientAddress).address } })).toBe(0);
  });

  it("keeps the pending sign-in when no code, or nothing that could be one, was sent", async () => {
    const { user } = await accountWithTotp();
    const { token } = await startSsoSecondFactor(user.id);
    expect(await completeSsoSecondFactor(token, "", context(address()))).toMatchObject({ ok: false, error: "totp_required", pending: { keep: true } });
    expect(await completeSsoSecondFactor(token, "1".repeat(41), context(address()))).toMatchObject({ ok: false, error: "totp_invalid", pending: { keep: true } });
    expect(await completeSsoSecondFactor(token, { code: "123456" }, context(address()))).toMatchObject({ ok: false, error: "totp_invalid", pending: { keep: true } });
    expect(await db.pendingSecondFactor.count({ where: { tokenHash: hashOpaqueToken(token) } })).toBe(1);
  });

  it("refuses an account disabled while its code was being typed", async () => {
    const { user, secret } = await accountWithTotp();
    const { token } = await startSsoSecondFactor(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await completeSsoSecondFactor(token, totpCode(secret, Date.now()), context(address()))).toMatchObject({ ok: false, error: "sso_account_disabled", pending: { keep: false, next: null } });
  });

  it("takes a recovery code once, and forgives the account's earlier failures when it signs in", async () => {
    const { user, secret } = await accountWithTotp();
    const recoveryCode = newRecoveryCodes(1)[0]!;
    await db.recoveryCode.create({ data: { userId: user.id, codeHash: hashRecoveryCode(recoveryCode) } });
    const clientAddress = address();
    const first = await completeSsoSecondFactor((await startSsoSecondFactor(user.id)).token, wrongCode(secret), context(clientAddress));
    if (first.ok || first.pending.keep || !first.pending.next) throw new Error("expected a fresh token");
    expect(await completeSsoSecondFactor(first.pending.next.token, recoveryCode, context(clientAddress))).toMatchObject({ ok: true });
    expect(await db.rateLimitCounter.count({ where: { key: signInKeys(user.email, clientAddress).accountAtAddress } })).toBe(0);
    const second = await completeSsoSecondFactor((await startSsoSecondFactor(user.id)).token, recoveryCode, context(clientAddress));
    expect(second).toMatchObject({ ok: false, error: "totp_invalid" });
  });
});
