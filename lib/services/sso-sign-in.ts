/**
 * Single sign-on against the database: which account the provider's claims reach, and the second
 * factor an account with an authenticator app still owes after the provider has signed it in.
 *
 * A pending second factor is a PendingSecondFactor row (only its token's hash) that lives a few
 * minutes. Each attempt to complete it claims the row with one conditional delete, so of any
 * number of parallel attempts with one token exactly one goes on; that one is counted with the
 * password sign-in's limits before its code is checked. A wrong code leaves a fresh token with
 * the same expiry, so a typo costs no second trip to the provider, while guesses stay one at a
 * time and counted.
 */
import "server-only";
import { z } from "zod";
import { hashOpaqueToken, newOpaqueToken } from "../auth/primitives/tokens";
import { decideSsoSignIn, ssoEmail, type SsoClaims, type SsoDecision, type SsoTrust } from "../auth/sso-decision";
import { db } from "../db";
import { env } from "../env";
import { singleLineText } from "../validation/text";
import { consumeSecondFactor } from "./second-factor";
import { SignInError, admitAttempt, forgiveAttempts, type SignedInUser } from "./sign-in";

/** Long enough to open an authenticator app, short enough that a forgotten tab is worth nothing. */
export const SSO_SECOND_FACTOR_TTL_MS = 5 * 60_000;

export const SSO_TRUST: SsoTrust = {
  trustedEmailDomains: env.OIDC_TRUSTED_EMAIL_DOMAINS,
  trustProviderMfa: env.OIDC_TRUST_PROVIDER_MFA,
  mfaAcrValues: env.OIDC_MFA_ACR_VALUES,
};

export type SsoSignIn = Extract<SsoDecision, { outcome: "sign_in" }>;

/** The decision for these claims, against the account registered at their address, if any. */
export async function decideForClaims(claims: SsoClaims, trust: SsoTrust = SSO_TRUST): Promise<SsoDecision> {
  const email = ssoEmail(claims);
  const account = email ? await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, totpEnabledAt: true } }) : null;
  return decideSsoSignIn(claims, account, trust);
}

/** The account a sign-in decision reaches: the existing one, or a new one without a password. */
export async function linkSsoAccount(decision: SsoSignIn): Promise<SignedInUser & { created: boolean }> {
  const select = { id: true, email: true, name: true, sessionVersion: true } as const;
  if (decision.userId) return { ...(await db.user.findUniqueOrThrow({ where: { id: decision.userId }, select })), created: false };
  return { ...(await db.user.create({ data: { email: decision.email, name: decision.name }, select })), created: true };
}

export interface PendingSecondFactor {
  token: string;
  expiresAt: Date;
}

async function recordPending(userId: string, expiresAt: Date): Promise<PendingSecondFactor> {
  const token = newOpaqueToken();
  await db.pendingSecondFactor.create({ data: { tokenHash: hashOpaqueToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** Records that this account passed single sign-on and owes its code; the token goes to the browser only. */
export async function startSsoSecondFactor(userId: string, now = new Date()): Promise<PendingSecondFactor> {
  // Abandoned sign-ins would otherwise stay forever; this account's are the ones at hand.
  await db.pendingSecondFactor.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return recordPending(userId, new Date(now.getTime() + SSO_SECOND_FACTOR_TTL_MS));
}

export type SsoSecondFactorFailure = "sso_second_factor_expired" | "sso_account_disabled" | "totp_required" | "totp_invalid" | `locked:${number}`;

export type SsoSecondFactorOutcome =
  | { ok: true; user: SignedInUser }
  /** `pending`: what the browser's pending cookie must hold now: the same token, a new one, or none. */
  | { ok: false; error: SsoSecondFactorFailure; userId: string | null; pending: { keep: true } | { keep: false; next: PendingSecondFactor | null } };

export interface SsoSecondFactorContext {
  clientAddress: string;
  /** Whether the browser carries this account's known-device cookie (lib/auth/known-device.ts). */
  knownDevice: (email: string) => boolean;
}

const ZCode = z.string().trim().max(40).check(singleLineText);

/** Completes a pending single sign-on with the account's authenticator or recovery code. */
export async function completeSsoSecondFactor(token: string | null, input: unknown, context: SsoSecondFactorContext, now = new Date()): Promise<SsoSecondFactorOutcome> {
  const parsed = ZCode.safeParse(input);
  // Nothing that could be a code was sent: the pending sign-in is not spent on it.
  if (!parsed.success) return { ok: false, error: "totp_invalid", userId: null, pending: { keep: true } };
  if (parsed.data === "") return { ok: false, error: "totp_required", userId: null, pending: { keep: true } };
  const code = parsed.data;
  const gone = { ok: false, error: "sso_second_factor_expired", userId: null, pending: { keep: false, next: null } } as const;
  if (!token) return gone;

  const tokenHash = hashOpaqueToken(token);
  const pending = await db.pendingSecondFactor.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!pending) return gone;
  const claimed = await db.pendingSecondFactor.deleteMany({ where: { tokenHash, expiresAt: { gt: now } } });
  if (claimed.count !== 1) {
    await db.pendingSecondFactor.deleteMany({ where: { tokenHash, expiresAt: { lte: now } } });
    return gone;
  }
  const { user } = pending;
  if (user.disabledAt) return { ok: false, error: "sso_account_disabled", userId: user.id, pending: { keep: false, next: null } };

  const again = async (error: SsoSecondFactorFailure): Promise<SsoSecondFactorOutcome> => ({
    ok: false,
    error,
    userId: user.id,
    pending: { keep: false, next: await recordPending(user.id, pending.expiresAt) },
  });
  try {
    await admitAttempt(user.email, { clientAddress: context.clientAddress, knownDevice: context.knownDevice(user.email) });
  } catch (error) {
    // admitAttempt refuses only with a time to wait.
    if (error instanceof SignInError) return again(error.code as `locked:${number}`);
    throw error;
  }
  if (!(await consumeSecondFactor(user, code))) return again("totp_invalid");
  await forgiveAttempts(user.email, context.clientAddress);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
