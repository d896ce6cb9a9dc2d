import { describe, expect, it } from "vitest";
import { DIMENSION_IDS, type DimensionId, type DimensionResult } from "../scoring/types";
import { MIN_PEER_ORGANIZATIONS, peerBenchmarkRuleIn, meanDimensions, peerBenchmark, percentileOf, quantile, spreadStats, type DimensionValues } from "./peer-benchmark";

function values(partial: Partial<Record<DimensionId, number | null>>): DimensionValues {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, partial[id] ?? null])) as DimensionValues;
}

function results(partial: Partial<Record<DimensionId, number | null>>): DimensionResult[] {
  return DIMENSION_IDS.map((id) => ({ id, label: id, value: partial[id] ?? null, coverage: 1 }));
}

const PEERS = [10, 20, 30, 40, 50].map((scale, index) => values({ scale, governance: index < 4 ? 60 : null }));

describe("the peer benchmark", () => {
  it("is hidden with fewer than five other organizations, whatever their values", () => {
    expect(MIN_PEER_ORGANIZATIONS).toBe(5);
    const hidden = peerBenchmark(values({ scale: 30 }), PEERS.slice(0, 4));
    expect(hidden).toEqual({ status: "hidden", reason: "too_few_peers", minimum: 5, rule: peerBenchmarkRuleIn("en") });
    expect(JSON.stringify(hidden)).not.toContain("40");
  });

  it("shows the spread of five peers per dimension and where this organization sits", () => {
    const shown = peerBenchmark(values({ scale: 35, governance: 70 }), PEERS);
    if (shown.status !== "shown") throw new Error("expected the benchmark to be shown");
    expect(shown.peerCount).toBe(5);
    const scale = shown.dimensions.find((dimension) => dimension.dimensionId === "scale");
    expect(scale).toEqual({
      dimensionId: "scale",
      label: "Scale and maturity",
      value: 35,
      peers: 5,
      stats: { min: 10, q1: 20, median: 30, q3: 40, max: 50 },
      percentile: 60,
    });
    expect(shown.dimensions).toHaveLength(DIMENSION_IDS.length);
  });

  it("hides a dimension that fewer than five peers inform, and places no missing value", () => {
    const shown = peerBenchmark(values({ governance: 70 }), PEERS);
    if (shown.status !== "shown") throw new Error("expected the benchmark to be shown");
    expect(shown.dimensions.find((dimension) => dimension.dimensionId === "governance")).toMatchObject({ peers: 4, stats: null, percentile: null, value: 70 });
    expect(shown.dimensions.find((dimension) => dimension.dimensionId === "scale")).toMatchObject({ value: null, percentile: null, stats: { median: 30 } });
  });

  it("interpolates quartiles between ranks", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
    expect(spreadStats([9, 1, 5, 3, 7, 11])).toEqual({ min: 1, q1: 3.5, median: 6, q3: 8.5, max: 11 });
    expect(() => quantile([], 0.5)).toThrow();
  });

  it("counts ties as half below", () => {
    expect(percentileOf(30, [10, 20, 30, 40, 50])).toBe(50);
    expect(percentileOf(5, [10, 20, 30, 40, 50])).toBe(0);
    expect(percentileOf(60, [10, 20, 30, 40, 50])).toBe(100);
    expect(percentileOf(20, [20, 20, 20, 20, 20])).toBe(50);
  });

  it("measures an organization by the mean of its respondents on each dimension they inform", () => {
    const mean = meanDimensions([results({ scale: 40, governance: 50 }), results({ scale: 61, governance: null }), results({})]);
    expect(mean.scale).toBe(50.5);
    expect(mean.governance).toBe(50);
    expect(mean.misalignment).toBeNull();
    expect(meanDimensions([]).scale).toBeNull();
  });
});
