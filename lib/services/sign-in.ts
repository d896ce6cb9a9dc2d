/**
 * Checks a sign-in: limits, password, then the second factor. Every failure a stranger can
 * cause reads the same, so nobody learns whether an email has an account.
 *
 * Each attempt is counted before its password or code is checked, in one atomic step per
 * counter (lib/services/rate-limits.ts): however many requests arrive at once, no more are
 * checked against the hash than the limits allow.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { verifyPasswordOrDummy } from "../auth/primitives/password-hash";
import { ZCurrentPassword } from "../auth/primitives/password-policy";
import { SIGN_IN_LIMITS } from "../auth/throttle-limits";
import { isWellFormedText, singleLineText } from "../validation/text";
import { NO_LIMIT, countAttempt, paceAttempt, releaseAttempt, resetCounters, wouldRefuse, type CounterRule } from "./rate-limits";
import { consumeSecondFactor } from "./second-factor";

export const SIGN_IN_ERRORS = {
  invalid: "The email or password is not right.",
  totp_required: "Enter the 6-digit code from your authenticator app, or a recovery code.",
  totp_invalid: "That code is not right, or it has already been used. Wait for the next code and try again.",
} as const;

export class SignInError extends Error {
  constructor(readonly code: keyof typeof SIGN_IN_ERRORS | `locked:${number}`) {
    super(code);
    this.name = "SignInError";
  }
}

export function lockedMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    // Whole sentences for one and for many, so each has its entry in the ServerMessages catalog.
    return seconds === 1 ? "Too many sign-in attempts. For your security, try again in 1 second." : `Too many sign-in attempts. For your security, try again in ${seconds} seconds.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes === 1
    ? "Too many failed sign-ins. For your security, signing in is paused for 1 minute."
    : `Too many failed sign-ins. For your security, signing in is paused for ${minutes} minutes.`;
}

// Only what the form sends: next-auth adds its own fields, so the object is not strict. Text that
// is not text (a lone surrogate, possible in a JSON body) is refused like any other bad input, and
// so is a control character in the email or code, which would otherwise become part of a counter's key.
const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().max(320).check(singleLineText),
  password: ZCurrentPassword.refine(isWellFormedText),
  code: z.string().trim().max(40).check(singleLineText).optional(),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
}

export interface SignInContext {
  clientAddress: string;
  /** The browser carries this account's known-device cookie (lib/auth/known-device.ts). */
  knownDevice?: boolean;
}

export const signInKeys = (email: string, clientAddress: string) => ({
  accountAtAddress: `sign-in:account-address:${email}|${clientAddress}`,
  address: `sign-in:address:${clientAddress}`,
  account: `sign-in:account:${email}`,
});

/** The counters every sign-in attempt for this account passes, and the address counters of every attempt. */
export function accountCounterPrefixes(email: string): string[] {
  return [`sign-in:account-address:${email}|`, `sign-in:account:${email}`];
}

/**
 * Counts the attempt on each of its counters, in order, or says how long to wait. An attempt that a
 * counter already refuses is turned away before anything is written; one refused by a later counter
 * while counting (a parallel burst) is given back to the earlier ones: nothing was checked.
 */
export async function admitAttempt(email: string, { clientAddress, knownDevice = false }: SignInContext): Promise<void> {
  const keys = signInKeys(email, clientAddress);
  const accountCounter: CounterRule = knownDevice
    ? // A known device still counts towards the account's total, but never waits for a turn.
      { kind: "limit", rule: { limit: NO_LIMIT, windowMs: SIGN_IN_LIMITS.account.windowMs } }
    : { kind: "pace", rule: SIGN_IN_LIMITS.account };
  const counters: { key: string; counter: CounterRule }[] = [
    { key: keys.accountAtAddress, counter: { kind: "limit", rule: SIGN_IN_LIMITS.accountAtAddress } },
    { key: keys.address, counter: { kind: "limit", rule: SIGN_IN_LIMITS.address } },
    { key: keys.account, counter: accountCounter },
  ];
  const wait = await wouldRefuse(counters);
  if (wait !== null) throw new SignInError(`locked:${wait}`);
  const counted: string[] = [];
  for (const { key, counter } of counters) {
    const outcome = counter.kind === "limit" ? await countAttempt(key, counter.rule) : await paceAttempt(key, counter.rule);
    if (!outcome.counted) {
      await Promise.all(counted.map(releaseAttempt));
      throw new SignInError(`locked:${outcome.retryAfterSeconds}`);
    }
    counted.push(key);
  }
}

export async function verifySignIn(input: unknown, context: SignInContext): Promise<SignedInUser> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) throw new SignInError("invalid");
  const { email, password, code } = parsed.data;
  await admitAttempt(email, context);

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPasswordOrDummy(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt) throw new SignInError("invalid");
  if (user.totpEnabledAt) {
    if (!code) throw new SignInError("totp_required");
    if (!(await consumeSecondFactor(user, code))) throw new SignInError("totp_invalid");
  }
  await forgiveAttempts(email, context.clientAddress);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** After a successful sign-in: the account's counters start again, and the address keeps only its failures. */
export async function forgiveAttempts(email: string, clientAddress: string): Promise<void> {
  const keys = signInKeys(email, clientAddress);
  // A shared address (an office) counts only its failures against everyone behind it.
  await Promise.all([resetCounters([keys.accountAtAddress, keys.account]), releaseAttempt(keys.address)]);
}
