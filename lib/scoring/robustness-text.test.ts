import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { CASE_LIBRARY } from "./case-library";
import { eitherWay, robustnessCaption, shareBars, winConditions } from "./robustness-text";
import { score } from "./score";
import { STRUCTURE_IDS, type Robustness } from "./types";

function draws(separate: number, ctio: number, cdo: number): Robustness {
  const structure = (wins: number) => ({ wins, centralWeights: {}, heavier: [], lighter: [], answers: [] });
  return { modelVersion: "2027.1", draws: separate + ctio + cdo, seed: "0".repeat(32), weightSpread: 0.5, drawnQuestionIds: [], structures: { separate: structure(separate), ctio: structure(ctio), cdo: structure(cdo) } };
}

const output = (id: string) => score({ questionnaireVersion: QUESTIONNAIRE.version, answers: CASE_LIBRARY.find((profile) => profile.id === id)?.answers ?? {} });

describe("the robustness in words", () => {
  it("rounds shares to whole percentages that always add up to 100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b, c) => {
        const bars = shareBars(draws(a, b, c), STRUCTURE_IDS);
        expect(bars.reduce((sum, bar) => sum + bar.percent, 0)).toBe(100);
        for (const bar of bars) expect(Math.abs(bar.percent - 100 * bar.share)).toBeLessThan(1);
      }),
    );
    expect(shareBars(draws(3333, 3333, 3334), STRUCTURE_IDS).map((bar) => bar.percent)).toEqual([33, 33, 34]);
  });

  it("captions the draws, the recommendation first, leaving out a structure that never wins", () => {
    expect(robustnessCaption(draws(7800, 2200, 0), ["separate", "ctio", "cdo"])).toBe("Separate CIO and CTO wins in 78% of 10,000 plausible variants of the model; Combined CTIO in 22%.");
  });

  it("says what a close call's draws have in common, in both directions", () => {
    const hospital = output("hospital_network");
    const robustness = hospital.robustness!;
    expect(winConditions(robustness, "ctio")).toMatch(/^Combined CTIO wins when .*the product remit.* weigh/);
    const [settle, tip] = eitherWay(hospital, robustness);
    expect(settle.structure).toBe("separate");
    expect(tip.structure).toBe("ctio");
    expect(tip.changes.length).toBeGreaterThan(0);
    for (const change of settle.changes) expect(change).toMatch(/Separate CIO and CTO would win in \d+% of the variants\.$/);
  });

  it("has nothing to say about the draws of a structure that wins them all", () => {
    const seed = output("seed_saas");
    expect(seed.robustness?.structures.ctio.wins).toBe(seed.robustness?.draws);
    expect(winConditions(seed.robustness!, "ctio")).toBeNull();
  });
});
