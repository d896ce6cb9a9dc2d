/**
 * When a failed job is tried again: the wait doubles with each failed try, from `baseMs` up to
 * `maxMs`, so a receiver that is down is not hammered and one that is back soon is retried soon.
 */
export interface BackoffRule {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffRule = { baseMs: 30_000, maxMs: 60 * 60_000 };

/** The wait after the `failedTries`-th failed try (1 for the first failure). */
export function retryDelayMs(failedTries: number, rule: BackoffRule = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(failedTries) || failedTries < 1) throw new RangeError(`failedTries must be a whole number from 1, not ${failedTries}`);
  // 2 ** 52 is still exact; anything past the cap is the cap anyway.
  const doubled = rule.baseMs * 2 ** Math.min(failedTries - 1, 52);
  return Math.min(doubled, rule.maxMs);
}
