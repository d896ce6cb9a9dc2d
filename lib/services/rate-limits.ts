/**
 * Counters for everything Rolefit limits per key: sign-in attempts, anonymous drafts, sign-ups,
 * report downloads. They live in the database, so a limit holds across restarts and across every
 * instance, and each decision is a single conditional UPDATE: a parallel burst can never count
 * past a limit, because the database applies the condition and the increment as one step.
 *
 * A window decays: each counted attempt moves its end to `windowMs` after that attempt, so a key
 * that reached its limit stays refused until `windowMs` has passed without a counted attempt.
 */
import "server-only";
import { db, isUniqueViolation } from "../db";

export interface LimitRule {
  /** Attempts counted within a window; the next one is refused. */
  limit: number;
  windowMs: number;
}

export interface PaceRule {
  windowMs: number;
  /** Attempts counted at once within a window; later ones are spaced out. */
  freeAttempts: number;
  /** The wait before the attempt after `freeAttempts`, doubling with each further attempt up to maxSpacingMs. */
  firstSpacingMs: number;
  maxSpacingMs: number;
  /** How long one request may wait for its turn before it is told to come back later. */
  maxWaitMs: number;
}

/** For a counter that only counts: the largest value an integer column holds on both databases. */
export const NO_LIMIT = 2 ** 31 - 1;

export type CountOutcome = { counted: true; count: number } | { counted: false; retryAfterSeconds: number };

const secondsUntil = (moment: Date, now: Date) => Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));

/** A first row for the key; false when a parallel request created it first. */
async function createCounter(key: string, windowEndsAt: Date): Promise<boolean> {
  try {
    await db.rateLimitCounter.create({ data: { key, count: 1, windowEndsAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * The counter rows of a first counted attempt under each key, for a caller that creates the
 * things counted in its own transaction: their keys are new, so no counter can exist yet.
 */
export function firstAttemptCounters(keys: readonly string[], rule: LimitRule, now: Date): { key: string; count: number; windowEndsAt: Date }[] {
  const windowEndsAt = new Date(now.getTime() + rule.windowMs);
  return keys.map((key) => ({ key, count: 1, windowEndsAt }));
}

/**
 * Counts one attempt under `key` unless the key has reached its limit. Each branch is one
 * conditional statement: an increment while the window is live and under the limit, a restart
 * of a window that has ended, or the key's first row. A statement whose condition no longer
 * holds (a parallel request got there first) changes nothing, and the loop looks again.
 */
export async function countAttempt(key: string, rule: LimitRule, now = new Date()): Promise<CountOutcome> {
  const windowEndsAt = new Date(now.getTime() + rule.windowMs);
  for (;;) {
    const [incremented] = await db.rateLimitCounter.updateManyAndReturn({
      where: { key, count: { lt: rule.limit }, windowEndsAt: { gt: now } },
      data: { count: { increment: 1 }, windowEndsAt },
    });
    if (incremented) return { counted: true, count: incremented.count };
    const restarted = await db.rateLimitCounter.updateMany({ where: { key, windowEndsAt: { lte: now } }, data: { count: 1, windowEndsAt, nextAt: null } });
    if (restarted.count === 1) return { counted: true, count: 1 };
    const row = await db.rateLimitCounter.findUnique({ where: { key } });
    if (row === null) {
      if (await createCounter(key, windowEndsAt)) return { counted: true, count: 1 };
      continue;
    }
    if (row.windowEndsAt > now && row.count >= rule.limit) {
      // A request that lost a race read the clock before the winner did, and the winner's window
      // runs from the winner's clock: never tell anyone to wait longer than a whole window.
      return { counted: false, retryAfterSeconds: Math.min(Math.ceil(rule.windowMs / 1000), secondsUntil(row.windowEndsAt, now)) };
    }
  }
}

export type CounterRule = { kind: "limit"; rule: LimitRule } | { kind: "pace"; rule: PaceRule };

/**
 * How long the first of these counters that would refuse an attempt now asks to wait, or null when
 * none would. A read only: a client that keeps knocking on a locked counter costs no write. The
 * counting that follows is still what decides, so a parallel burst gains nothing from it.
 */
export async function wouldRefuse(counters: { key: string; counter: CounterRule }[], now = new Date()): Promise<number | null> {
  const rows = new Map((await db.rateLimitCounter.findMany({ where: { key: { in: counters.map(({ key }) => key) } } })).map((row) => [row.key, row]));
  for (const { key, counter } of counters) {
    const row = rows.get(key);
    if (!row || row.windowEndsAt <= now) continue;
    if (counter.kind === "limit" && row.count >= counter.rule.limit) return secondsUntil(row.windowEndsAt, now);
    if (counter.kind === "pace" && row.nextAt && row.nextAt.getTime() - now.getTime() > counter.rule.maxWaitMs) return secondsUntil(row.nextAt, now);
  }
  return null;
}

/** Gives back an attempt that turned out not to count (a successful sign-in from a shared address). */
export async function releaseAttempt(key: string): Promise<void> {
  await db.rateLimitCounter.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function resetCounters(keys: string[]): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key: { in: keys } } });
}

function spacingAfter(count: number, rule: PaceRule): number {
  const over = count - rule.freeAttempts;
  return over < 0 ? 0 : Math.min(rule.maxSpacingMs, rule.firstSpacingMs * 2 ** over);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Counts one attempt under `key`, never refusing for good: the first `freeAttempts` in a window
 * are counted at once; after that each attempt takes the next free turn, the turns spaced ever
 * further apart. A request waits for its turn when it comes within maxWaitMs, and is otherwise
 * told when to come back. Taking a turn is a compare-and-set on the count the request saw, so of
 * several requests that saw the same turn free exactly one takes it.
 */
export async function paceAttempt(key: string, rule: PaceRule, clock: () => Date = () => new Date()): Promise<CountOutcome> {
  const deadline = clock().getTime() + rule.maxWaitMs;
  for (;;) {
    const now = clock();
    const windowEndsAt = new Date(now.getTime() + rule.windowMs);
    const row = await db.rateLimitCounter.findUnique({ where: { key } });
    if (row === null) {
      if (await createCounter(key, windowEndsAt)) return { counted: true, count: 1 };
      continue;
    }
    const live = row.windowEndsAt > now;
    const count = live ? row.count : 0;
    const turnAt = live && row.nextAt && row.nextAt > now ? row.nextAt : null;
    if (turnAt === null) {
      const next = count + 1;
      const taken = await db.rateLimitCounter.updateMany({
        where: { key, count: row.count, windowEndsAt: row.windowEndsAt },
        data: { count: next, windowEndsAt, nextAt: new Date(now.getTime() + spacingAfter(next, rule)) },
      });
      if (taken.count === 1) return { counted: true, count: next };
      continue;
    }
    if (turnAt.getTime() > deadline) return { counted: false, retryAfterSeconds: secondsUntil(turnAt, now) };
    await sleep(turnAt.getTime() - now.getTime());
  }
}
