import { describe, expect, it } from "vitest";
import { DEFAULT_BACKOFF, retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from the base with each failed try", () => {
    const rule = { baseMs: 1_000, maxMs: 1_000_000 };
    expect([1, 2, 3, 4, 5].map((tries) => retryDelayMs(tries, rule))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it("stops growing at the cap, however many tries failed", () => {
    const rule = { baseMs: 1_000, maxMs: 5_000 };
    expect(retryDelayMs(3, rule)).toBe(4_000);
    expect(retryDelayMs(4, rule)).toBe(5_000);
    expect(retryDelayMs(1_000, rule)).toBe(5_000);
    expect(retryDelayMs(1_000)).toBe(DEFAULT_BACKOFF.maxMs);
  });

  it("waits 30 s after the first failure by default", () => {
    expect(retryDelayMs(1)).toBe(30_000);
  });

  it("refuses a count of failed tries that is not a whole number from 1", () => {
    for (const tries of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayMs(tries)).toThrow(RangeError);
  });
});
