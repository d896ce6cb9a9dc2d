import { describe, expect, it } from "vitest";
import { resultCountGroups } from "./result-counts";

const LIST = [
  { id: "small", label: "Small" },
  { id: "large", label: "Large" },
];

describe("results counted by their own size band or industry", () => {
  it("sums the structures per group in the list's order, then the group no filter selects, and leaves out empty groups", () => {
    const groups = resultCountGroups(
      [
        { key: "large", recommendation: "cdo", count: 3 },
        { key: "large", recommendation: "separate", count: 1 },
        { key: null, recommendation: "ctio", count: 2 },
        { key: "retired_band", recommendation: "ctio", count: 1 },
        { key: "large", recommendation: "cio_only", count: 9 },
      ],
      LIST,
      "Not set",
    );
    expect(groups).toEqual([
      { filter: "large", label: "Large", results: { separate: 1, ctio: 0, cdo: 3 }, total: 4 },
      { filter: null, label: "Not set", results: { separate: 0, ctio: 3, cdo: 0 }, total: 3 },
    ]);
  });
});
