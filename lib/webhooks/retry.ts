/**
 * How long a delivery keeps being tried: doubling waits from a minute, capped at four hours, for
 * 14 tries, which spans a little over a day (the Standard Webhooks and Svix schedules also give up
 * after about a day). A receiver down for a deploy gets the event within minutes; one down for a
 * weekend does not collect a queue of retries for ever.
 */
import { retryDelayMs, type BackoffRule } from "../jobs/backoff";

export const WEBHOOK_BACKOFF: BackoffRule = { baseMs: 60_000, maxMs: 4 * 60 * 60_000 };
export const WEBHOOK_MAX_ATTEMPTS = 14;

/** From the first try to the last: the sum of the waits between them. */
export function retrySpanMs(maxAttempts: number = WEBHOOK_MAX_ATTEMPTS, rule: BackoffRule = WEBHOOK_BACKOFF): number {
  let span = 0;
  for (let failed = 1; failed < maxAttempts; failed++) span += retryDelayMs(failed, rule);
  return span;
}
