/** The second factor, spent once: used at sign-in and wherever an account change asks for re-authentication. */
import "server-only";
import { hashRecoveryCode, isWellFormedRecoveryCode } from "../auth/primitives/recovery-codes";
import { verifyTotp } from "../auth/primitives/totp";
import { db } from "../db";

export interface SecondFactorUser {
  id: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
}

/** Spends an authenticator code (by moving totpLastStep past it) or one unused recovery code. */
export async function consumeSecondFactor(user: SecondFactorUser, code: string): Promise<boolean> {
  if (/^\d{3} ?\d{3}$/.test(code)) {
    if (!user.totpSecret || !user.totpEnabledAt) return false;
    const result = verifyTotp(user.totpSecret, code, Date.now(), user.totpLastStep);
    if (!result.ok) return false;
    // Conditional, so two requests racing with one code cannot both pass.
    const claimed = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: result.step } }] },
      data: { totpLastStep: result.step },
    });
    return claimed.count === 1;
  }
  if (!isWellFormedRecoveryCode(code)) return false;
  const used = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}
