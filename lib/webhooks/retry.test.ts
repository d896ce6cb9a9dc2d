import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../jobs/backoff";
import { WEBHOOK_BACKOFF, WEBHOOK_MAX_ATTEMPTS, retrySpanMs } from "./retry";

const HOUR = 60 * 60_000;

describe("the webhook retry schedule", () => {
  it("keeps trying for about a day, then stops", () => {
    const span = retrySpanMs();
    expect(span).toBeGreaterThanOrEqual(23 * HOUR);
    expect(span).toBeLessThanOrEqual(25 * HOUR);
    // One try fewer would give up before a day has passed.
    expect(retrySpanMs(WEBHOOK_MAX_ATTEMPTS - 1)).toBeLessThan(23 * HOUR);
  });

  it("retries within minutes at first, and never waits more than four hours", () => {
    expect(retryDelayMs(1, WEBHOOK_BACKOFF)).toBe(60_000);
    expect(retryDelayMs(2, WEBHOOK_BACKOFF)).toBe(120_000);
    for (let failed = 1; failed < WEBHOOK_MAX_ATTEMPTS; failed++) expect(retryDelayMs(failed, WEBHOOK_BACKOFF)).toBeLessThanOrEqual(4 * HOUR);
  });

  it("sums the waits between tries: none for a single try", () => {
    expect(retrySpanMs(1)).toBe(0);
    expect(retrySpanMs(3, { baseMs: 10, maxMs: 1_000 })).toBe(30);
    expect(retrySpanMs()).toBe(24 * HOUR + 15 * 60_000);
  });
});
