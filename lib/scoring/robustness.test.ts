import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW, type TAnswers } from "../questionnaire/schema";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { answersArbitrary } from "../testing/arbitrary-answers";
import { CASE_LIBRARY } from "./case-library";
import { s, single, type CoreCriterion } from "./criteria-model";
import type { ScoringModel } from "./model";
import { CURRENT_MODEL } from "./models";
import { MODEL_2026_1 } from "./models/v2026-1";
import { analyseCombinedRobustness, analyseRobustness, robustnessSeed } from "./robustness";
import { winShares } from "./testing/case-library-run";
import { STRUCTURE_IDS, type Robustness, type StructureScores } from "./types";

const SLOW = 60_000;
const profile = (id: string): TAnswers => withoutSkippedAnswers(QUESTIONNAIRE, CASE_LIBRARY.find((entry) => entry.id === id)?.answers ?? {});
const totalWins = (robustness: Robustness) => STRUCTURE_IDS.reduce((sum, id) => sum + robustness.structures[id].wins, 0);

/** A model of criteria with fixed support, so the outcome of every draw is known in advance. */
function fixedModel(supports: StructureScores[], groupOf: (index: number) => string): ScoringModel {
  const criteria: CoreCriterion[] = supports.map((support, index) => ({
    ...single({
      id: `fixed_${index}`,
      statement: "A criterion with the same support for every answer.",
      dimension: "scale",
      fact: "size",
      share: 1,
      factor: { kind: "bands", questionId: "employees", bands: [{ upTo: Number.POSITIVE_INFINITY, level: 0 }] },
      poles: { low: support, high: support },
      reasons: { low: { text: "Fixed.", tiers: [] }, high: { text: "Fixed.", tiers: [] } },
      citations: [],
    }),
    weight: 1,
  }));
  const ids = [...new Set(criteria.map((_, index) => groupOf(index)))];
  return {
    version: "test",
    criteria,
    groups: ids.map((id) => ({ id, label: id, weight: criteria.filter((_, index) => groupOf(index) === id).reduce((sum, criterion) => sum + criterion.weight, 0) })),
    groupOf: (criterion) => groupOf(criteria.indexOf(criterion)),
  };
}

describe("the robustness analysis", () => {
  it("is deterministic: the same answers and model give the same draws, whatever the order of keys and choices", () => {
    const answers = profile("insurer_ai");
    const reordered = Object.fromEntries(Object.entries(answers).reverse().map(([id, value]) => [id, Array.isArray(value) ? [...value].reverse() : value]));
    const first = analyseRobustness(CURRENT_MODEL, answers);
    expect(analyseRobustness(CURRENT_MODEL, structuredClone(answers))).toEqual(first);
    expect(analyseRobustness(CURRENT_MODEL, reordered)).toEqual(first);
    expect(first.seed).toMatch(/^[0-9a-f]{32}$/);
  });

  it("is seeded from the model version as well as the answers", () => {
    const answers = profile("regional_bank");
    expect(robustnessSeed(CURRENT_MODEL.version, answers)).not.toBe(robustnessSeed(MODEL_2026_1.version, answers));
    expect(analyseRobustness(CURRENT_MODEL, answers).seed).not.toBe(analyseRobustness(MODEL_2026_1, answers).seed);
  });

  it(
    "gives shares that add up to 100%: every draw has exactly one winner",
    () => {
      fc.assert(
        fc.property(answersArbitrary({ mode: "draft" }), fc.integer({ min: 1, max: 3_000 }), (answers, draws) => {
          const robustness = analyseRobustness(CURRENT_MODEL, answers, { draws });
          expect(totalWins(robustness)).toBe(draws);
          const shares = winShares(robustness);
          expect(shares.separate + shares.ctio + shares.cdo).toBeCloseTo(1, 12);
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it("gives 100% to a structure that wins at every weight: one supported at least as much as the others by every criterion", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...STRUCTURE_IDS),
        fc.integer({ min: 1, max: 3 }),
        (rows, dominant, groups) => {
          // The dominant structure gets the best support of each row plus a margin, so it wins whatever the weights.
          const supports = rows.map(([a, b, margin]) => {
            const [x, y] = dominant === "separate" ? ["ctio", "cdo"] : dominant === "ctio" ? ["separate", "cdo"] : ["separate", "ctio"];
            return { [x as string]: a, [y as string]: b, [dominant]: Math.max(a, b) + margin + 1e-6 } as StructureScores;
          });
          const model = fixedModel(supports, (index) => `group_${index % groups}`);
          const robustness = analyseRobustness(model, { employees: 10 }, { draws: 500 });
          expect(robustness.structures[dominant].wins).toBe(500);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("splits the draws when two structures trade places as the weights move", () => {
    // Two groups pulling opposite ways with equal weight: each wins when its group is drawn heavier.
    const model = fixedModel([s(1, 0, 0), s(0, 0, 1)], (index) => `group_${index}`);
    const robustness = analyseRobustness(model, { employees: 10 });
    expect(winShares(robustness).separate).toBeGreaterThan(0.4);
    expect(winShares(robustness).cdo).toBeGreaterThan(0.4);
    expect(robustness.structures.separate.heavier.map((tilt) => tilt.groupId)).toEqual(["group_0"]);
    expect(robustness.structures.cdo.heavier.map((tilt) => tilt.groupId)).toEqual(["group_1"]);
  });

  it("draws the answers left open, and names the answers its winners drew more often", () => {
    const answers = { ...profile("regional_bank"), digital_transformation: DONT_KNOW, audit_burden: DONT_KNOW };
    const robustness = analyseRobustness(CURRENT_MODEL, answers);
    expect(robustness.drawnQuestionIds.sort()).toEqual(["audit_burden", "digital_transformation"]);
    expect(analyseRobustness(CURRENT_MODEL, profile("regional_bank")).drawnQuestionIds).toEqual([]);
    const described = STRUCTURE_IDS.flatMap((id) => robustness.structures[id].answers);
    for (const tilt of described) {
      expect(["audit_burden", "digital_transformation"]).toContain(tilt.questionId);
      expect(tilt.share).toBeGreaterThan(tilt.baseline);
    }
  });

  it("draws a question hidden by another open answer too: nothing sold, or something sold with engineers to count", () => {
    const answers = { ...profile("b2b_platform") };
    delete answers.sells_technology;
    const robustness = analyseRobustness(CURRENT_MODEL, withoutSkippedAnswers(QUESTIONNAIRE, answers));
    expect(robustness.drawnQuestionIds).toEqual(expect.arrayContaining(["sells_technology", "tech_revenue_share", "product_engineers"]));
  });

  it("measures results of the earlier model with that model's own weight groups", () => {
    const robustness = analyseRobustness(MODEL_2026_1, profile("hospital_network"));
    expect(robustness.modelVersion).toBe("2026.1");
    expect(Object.keys(robustness.structures.separate.centralWeights).sort()).toEqual(MODEL_2026_1.groups.map((group) => group.id).sort());
  });

  it("measures an organization's combination with one variant of the model per draw for all respondents", () => {
    const bank = profile("regional_bank");
    const retailer = profile("global_retailer");
    const alone = analyseCombinedRobustness(CURRENT_MODEL, [{ answers: bank, weight: 1 }]);
    expect(totalWins(alone)).toBe(alone.draws);
    expect(winShares(alone).separate).toBeGreaterThan(0.95);
    const mixed = analyseCombinedRobustness(CURRENT_MODEL, [
      { answers: bank, weight: 1 },
      { answers: retailer, weight: 1 },
    ]);
    expect(totalWins(mixed)).toBe(mixed.draws);
    const leaning = analyseCombinedRobustness(CURRENT_MODEL, [
      { answers: bank, weight: 3 },
      { answers: retailer, weight: 1 },
    ]);
    expect(winShares(leaning).separate).toBeGreaterThan(winShares(mixed).separate);
    expect(analyseCombinedRobustness(CURRENT_MODEL, [{ answers: bank, weight: 3 }, { answers: retailer, weight: 1 }])).toEqual(leaning);
  });
});
