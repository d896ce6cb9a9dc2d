/**
 * Checks a sign-in: throttle, password, then the second factor. Every failure a stranger can
 * cause reads the same, so nobody learns whether an email has an account.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { verifyPasswordOrDummy } from "../auth/primitives/password-hash";
import { ZCurrentPassword } from "../auth/primitives/password-policy";
import { isWellFormedText, singleLineText } from "../validation/text";
import { consumeSecondFactor } from "./second-factor";
import { clearFailures, recordFailure, throttleKeys, throttleState } from "./sign-in-throttle";

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
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. For your security, signing in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

// Only what the form sends: next-auth adds its own fields, so the object is not strict. Text that
// is not text (a lone surrogate, possible in a JSON body) is refused like any other bad input, and
// so is a control character in the email or code, which the throttle would otherwise store as a key.
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

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function verifySignIn(input: unknown, clientAddress: string): Promise<SignedInUser> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) throw new SignInError("invalid");
  const { email, password, code } = parsed.data;
  const keys = throttleKeys(email, clientAddress);
  const state = await throttleState(keys);
  if (state.locked) throw new SignInError(`locked:${state.retryAfterSeconds}`);
  if (state.delayMs > 0) await delay(state.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPasswordOrDummy(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(keys);
    throw new SignInError("invalid");
  }
  if (user.totpEnabledAt) {
    if (!code) throw new SignInError("totp_required");
    if (!(await consumeSecondFactor(user, code))) {
      await recordFailure(keys);
      throw new SignInError("totp_invalid");
    }
  }
  await clearFailures(email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
