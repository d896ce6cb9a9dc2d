/**
 * Slows and then refuses repeated failed sign-ins, per account and per client address. The
 * counters live in the database, so the limit holds across restarts and every instance.
 */
import "server-only";
import { db } from "../db";
import { THROTTLE } from "../auth/throttle-limits";

export { THROTTLE };

export type ThrottleKey = { key: string; lockAfter: number };

export function throttleKeys(email: string, address: string): ThrottleKey[] {
  return [
    { key: `account:${email}`, lockAfter: THROTTLE.account.lockAfter },
    { key: `address:${address}`, lockAfter: THROTTLE.address.lockAfter },
  ];
}

export type ThrottleState = { locked: true; retryAfterSeconds: number } | { locked: false; delayMs: number };

/** Before checking a password: is either key locked, and how long should this attempt wait? */
export async function throttleState(keys: ThrottleKey[], now = new Date()): Promise<ThrottleState> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let failures = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) {
      return { locked: true, retryAfterSeconds: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) };
    }
    if (now.getTime() - row.windowStartsAt.getTime() < THROTTLE.windowMs) failures = Math.max(failures, row.failures);
  }
  const over = failures - THROTTLE.slowAfter;
  return { locked: false, delayMs: over < 0 ? 0 : Math.min(THROTTLE.maxDelayMs, 500 * 2 ** over) };
}

export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, lockAfter } of keys) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStartsAt.getTime() >= THROTTLE.windowMs || (row.lockedUntil !== null && row.lockedUntil <= now);
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= lockAfter ? new Date(now.getTime() + THROTTLE.lockMs) : null;
    await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures, windowStartsAt: now, lockedUntil },
      update: fresh ? { failures, windowStartsAt: now, lockedUntil } : { failures: { increment: 1 }, lockedUntil },
    });
  }
}

export async function clearFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `account:${email}` } });
}
