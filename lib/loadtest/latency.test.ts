import { describe, expect, it } from "vitest";
import { median, percentile, summarizeLatencies } from "./latency";

describe("load-test latency figures", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("takes the median of values in any order without reordering them", () => {
    const values = [30, 10, 40, 20, 50];
    expect(median(values)).toBe(30);
    expect(values).toEqual([30, 10, 40, 20, 50]);
    expect(median([])).toBeNaN();
  });

  it("summarizes unsorted latencies", () => {
    expect(summarizeLatencies([30, 10, 20, 40])).toEqual({ requests: 4, p50Ms: 20, p95Ms: 40, p99Ms: 40, maxMs: 40 });
  });
});
