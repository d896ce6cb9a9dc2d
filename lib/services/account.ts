/**
 * A signed-in person's own account security: two-step verification (TOTP) with recovery codes,
 * changing the password, and ending every session. Consultants and administrators who still
 * have to enrol may use all of this: it is how they enrol.
 */
import "server-only";
import { db, serializeWrite } from "../db";
import { requiresTotp, type Actor, type UserActor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/primitives/password-hash";
import { newPasswordSchema } from "../auth/primitives/password-policy";
import { hashRecoveryCode, newRecoveryCodes } from "../auth/primitives/recovery-codes";
import { newTotpSecret, otpauthUri, verifyTotp } from "../auth/primitives/totp";
import type { Locale } from "../i18n/locales";
import type { TChangePassword, TConfirmTotp, TReauthenticate } from "../validation/account";
import type { TAccountDelete } from "../validation/privacy";
import { eraseOwnAccount, type AccountErasure } from "./data-deletion";
import { DomainError, parseOrThrow } from "../errors";
import { consumeSecondFactor } from "./second-factor";
import { SIGN_IN_LIMITS } from "../auth/throttle-limits";
import { countAttempt, resetCounters } from "./rate-limits";
import { lockedMessage } from "./sign-in";

export const RECOVERY_CODE_COUNT = 10;
export const TOTP_ISSUER = "Rolefit";

export interface SecurityOverview {
  email: string;
  name: string | null;
  hasPassword: boolean;
  totpEnabled: boolean;
  totpEnabledAt: string | null;
  /** A secret was made but not yet confirmed with a code. */
  totpPending: boolean;
  /** Consultants and platform administrators must keep two-step verification on. */
  totpRequired: boolean;
  canDisableTotp: boolean;
  recoveryCodesLeft: number;
}

export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
}

const MESSAGES = {
  wrongPassword: "That is not your current password.",
  wrongCode: "That code is not right, or it has already been used. Wait for the next code and try again.",
} as const;

function signedIn(actor: Actor): UserActor {
  if (actor.kind !== "user") throw new DomainError("unauthenticated", "unauthenticated", "Sign in to manage your account.");
  return actor;
}

async function loadUser(actor: Actor) {
  const me = signedIn(actor);
  const user = await db.user.findUnique({ where: { id: me.userId } });
  // The actor was built from this row moments ago; if it is gone, so is the session.
  if (!user) throw new DomainError("unauthenticated", "unauthenticated", "Sign in to manage your account.");
  return user;
}

type UserRow = Awaited<ReturnType<typeof loadUser>>;

function fieldError(kind: "invalid" | "forbidden", code: string, path: string, message: string): DomainError {
  return new DomainError(kind, code, message, [{ path, message }]);
}

/**
 * Re-entering the password or code inside a session is limited on its own counter: a stolen
 * session must not become an unlimited password-guessing oracle. Each try is counted before it is
 * checked, so a parallel burst gets no more tries than the limit.
 */
const reauthenticationKey = (userId: string) => `reauthenticate:${userId}`;

async function countReauthentication(userId: string): Promise<void> {
  const outcome = await countAttempt(reauthenticationKey(userId), SIGN_IN_LIMITS.reauthentication);
  if (!outcome.counted) throw new DomainError("rate_limited", "reauth_locked", lockedMessage(outcome.retryAfterSeconds), [], outcome.retryAfterSeconds);
}

async function requirePassword(user: UserRow, password: string, field: string): Promise<void> {
  if (!user.passwordHash) {
    throw new DomainError("conflict", "no_password", "This account signs in with single sign-on and has no password here.");
  }
  await countReauthentication(user.id);
  if (!(await verifyPassword(user.passwordHash, password))) throw fieldError("forbidden", "wrong_password", field, MESSAGES.wrongPassword);
}

/** Password first, then the second factor: a wrong password must not burn a recovery code. */
async function reauthenticate(user: UserRow, { password, code }: TReauthenticate): Promise<void> {
  await requirePassword(user, password, "password");
  if (!(await consumeSecondFactor(user, code))) throw fieldError("forbidden", "wrong_code", "code", MESSAGES.wrongCode);
  await resetCounters([reauthenticationKey(user.id)]);
}

function enrollmentOf(user: { email: string; totpSecret: string }): TotpEnrollment {
  return { secret: user.totpSecret, otpauthUri: otpauthUri({ secret: user.totpSecret, accountName: user.email, issuer: TOTP_ISSUER }) };
}

/** Only hashes are stored: the codes in clear go to the person once and nowhere else. */
function recoveryCodeRows(userId: string, codes: string[]) {
  return codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) }));
}

export async function getSecurityOverview(actor: Actor): Promise<SecurityOverview> {
  const user = await loadUser(actor);
  const totpRequired = requiresTotp(signedIn(actor));
  const recoveryCodesLeft = user.totpEnabledAt ? await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } }) : 0;
  return {
    email: user.email,
    name: user.name,
    hasPassword: user.passwordHash !== null,
    totpEnabled: user.totpEnabledAt !== null,
    totpEnabledAt: user.totpEnabledAt?.toISOString() ?? null,
    totpPending: user.totpEnabledAt === null && user.totpSecret !== null,
    totpRequired,
    canDisableTotp: user.totpEnabledAt !== null && !totpRequired,
    recoveryCodesLeft,
  };
}

/** The secret waiting to be confirmed, for the page to show as a QR code and as text; null when none. */
export async function getPendingTotpEnrollment(actor: Actor): Promise<TotpEnrollment | null> {
  const user = await loadUser(actor);
  if (user.totpEnabledAt || !user.totpSecret) return null;
  return enrollmentOf({ email: user.email, totpSecret: user.totpSecret });
}

/**
 * Makes a new secret (replacing an unconfirmed one, say after a lost QR code). Nothing changes
 * for sign-in until confirmTotpEnrollment: sign-in only asks for a code once totpEnabledAt is set.
 */
export async function startTotpEnrollment(actor: Actor): Promise<TotpEnrollment> {
  const user = await loadUser(actor);
  const secret = newTotpSecret();
  const updated = await db.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpSecret: secret } });
  if (updated.count !== 1) throw new DomainError("conflict", "totp_already_enabled", "Two-step verification is already on for your account.");
  return enrollmentOf({ email: user.email, totpSecret: secret });
}

/**
 * Turns two-step verification on once the person proves their app has the secret, and returns
 * ten recovery codes in clear, this once; only their hashes are stored. The accepted code's
 * step is stored, so the same code cannot then sign in or confirm again.
 */
export async function confirmTotpEnrollment(actor: Actor, { code }: TConfirmTotp): Promise<{ recoveryCodes: string[] }> {
  const user = await loadUser(actor);
  if (user.totpEnabledAt) throw new DomainError("conflict", "totp_already_enabled", "Two-step verification is already on for your account.");
  const secret = user.totpSecret;
  if (!secret) throw new DomainError("conflict", "totp_not_started", "Start the set-up first, then enter the code your app shows.");
  const result = verifyTotp(secret, code, Date.now(), user.totpLastStep);
  if (!result.ok) throw fieldError("invalid", "wrong_code", "code", MESSAGES.wrongCode);

  const recoveryCodes = newRecoveryCodes(RECOVERY_CODE_COUNT);
  await serializeWrite(() =>
    db.$transaction(async (tx) => {
      // Conditional on the secret and step read above: a second request with the same code, or
      // one racing a restarted set-up, changes nothing and is refused.
      const claimed = await tx.user.updateMany({
        where: { id: user.id, totpEnabledAt: null, totpSecret: secret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: result.step } }] },
        data: { totpEnabledAt: new Date(), totpLastStep: result.step },
      });
      if (claimed.count !== 1) throw fieldError("invalid", "wrong_code", "code", MESSAGES.wrongCode);
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.createMany({ data: recoveryCodeRows(user.id, recoveryCodes) });
    }),
  );
  return { recoveryCodes };
}

/** New recovery codes replace all old ones, used or not; needs the password and a current code. */
export async function regenerateRecoveryCodes(actor: Actor, input: TReauthenticate): Promise<{ recoveryCodes: string[] }> {
  const user = await loadUser(actor);
  if (!user.totpEnabledAt) throw new DomainError("conflict", "totp_not_enabled", "Turn on two-step verification first.");
  await reauthenticate(user, input);
  const recoveryCodes = newRecoveryCodes(RECOVERY_CODE_COUNT);
  // Old codes, used or not, stop working in the same transaction that stores the new ones.
  await serializeWrite(() =>
    db.$transaction([
      db.recoveryCode.deleteMany({ where: { userId: user.id } }),
      db.recoveryCode.createMany({ data: recoveryCodeRows(user.id, recoveryCodes) }),
    ]),
  );
  return { recoveryCodes };
}

/** Only for people whose roles do not require it (executives); needs the password and a code. */
export async function disableTotp(actor: Actor, input: TReauthenticate): Promise<void> {
  const user = await loadUser(actor);
  if (requiresTotp(signedIn(actor))) {
    throw new DomainError("forbidden", "totp_required", "Your role requires two-step verification, so it cannot be turned off.");
  }
  if (!user.totpEnabledAt) throw new DomainError("conflict", "totp_not_enabled", "Two-step verification is already off.");
  await reauthenticate(user, input);
  await serializeWrite(() =>
    db.$transaction([
      db.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null } }),
      db.recoveryCode.deleteMany({ where: { userId: user.id } }),
    ]),
  );
}

/**
 * Changes the password after checking the current one. With signOutOthers the session version
 * is bumped, which ends every session including this one (a JWT cannot be re-issued from here),
 * so the caller sends the person to sign in again.
 */
export async function changePassword(actor: Actor, { currentPassword, newPassword, signOutOthers }: TChangePassword): Promise<{ sessionsEnded: boolean }> {
  const user = await loadUser(actor);
  // The policy first: it is cheap, reveals nothing, and a refused form should not count as a failed guess.
  parseOrThrow(newPasswordSchema({ email: user.email }), newPassword, ["newPassword"]);
  await requirePassword(user, currentPassword, "currentPassword");
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash, ...(signOutOthers ? { sessionVersion: { increment: 1 } } : {}) },
  });
  await resetCounters([reauthenticationKey(user.id)]);
  return { sessionsEnded: signOutOthers };
}

/** Ends every session of the caller, on every device and instance, at its next request. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  const user = await loadUser(actor);
  await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
}

/** What deleting one's account asks for: whatever this account signs in with. */
export interface DeletionConfirmation {
  password: boolean;
  code: boolean;
  /** Neither a password nor a second factor (single sign-on only): the email, typed out. */
  email: boolean;
}

export function deletionConfirmationOf(overview: Pick<SecurityOverview, "hasPassword" | "totpEnabled">): DeletionConfirmation {
  return { password: overview.hasPassword, code: overview.totpEnabled, email: !overview.hasPassword && !overview.totpEnabled };
}

/**
 * Deletes the caller's account after they prove it is them again: a stolen session alone must not
 * be able to erase someone. Tries are counted like every re-authentication.
 */
export async function deleteOwnAccount(actor: Actor, input: TAccountDelete): Promise<AccountErasure> {
  const user = await loadUser(actor);
  const needs = deletionConfirmationOf({ hasPassword: user.passwordHash !== null, totpEnabled: user.totpEnabledAt !== null });
  if (needs.password && !input.password) throw fieldError("invalid", "password_required", "password", "Enter your password.");
  if (needs.code && !input.code) throw fieldError("invalid", "code_required", "code", "Enter the code from your authenticator app, or a recovery code.");
  if (needs.password) await requirePassword(user, input.password ?? "", "password");
  else await countReauthentication(user.id);
  if (needs.code && !(await consumeSecondFactor(user, input.code ?? ""))) throw fieldError("forbidden", "wrong_code", "code", MESSAGES.wrongCode);
  if (needs.email && (input.confirmEmail ?? "").trim().toLowerCase() !== user.email) {
    throw fieldError("invalid", "email_mismatch", "confirmEmail", "Type the email address of this account exactly.");
  }
  return eraseOwnAccount(signedIn(actor), input.organizationResults);
}

/** Saves the language a signed-in person picked with the switcher, so it follows them to other browsers and into their emails. */
export async function saveLocaleSetting(actor: Actor, locale: Locale): Promise<void> {
  if (actor.kind !== "user") return;
  await serializeWrite(() => db.user.update({ where: { id: actor.userId }, data: { locale } }));
}
