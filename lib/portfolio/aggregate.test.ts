import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { CASE_LIBRARY } from "../scoring/case-library";
import { score } from "../scoring/score";
import type { StructureId, StructureScores } from "../scoring/types";
import { readRoleWeights } from "../validation/aggregation";
import { aggregationRuleIn, combineRespondents, combinedConfidenceRuleIn, respondentLabels, type RespondentResult } from "./aggregate";

const EQUAL = readRoleWeights(null);

function respondent(id: string, role: string | null, scores: [number, number, number], options: { name?: string | null; day?: number } = {}): RespondentResult {
  const structureScores: StructureScores = { separate: scores[0], ctio: scores[1], cdo: scores[2] };
  const recommended = (Object.entries(structureScores) as [StructureId, number][]).sort((a, b) => b[1] - a[1])[0]![0];
  return {
    resultId: id,
    name: options.name === undefined ? `Person ${id}` : options.name,
    role,
    submittedAt: new Date(Date.UTC(2026, 0, options.day ?? 1)).toISOString(),
    recommended,
    scores: structureScores,
    answers: {},
    dimensions: [],
    // A model no server knows: these respondents have scores but no answers to re-measure.
    modelVersion: "synthetic",
  };
}

/** A respondent whose answers are a case library profile, scored by the current model. */
function scored(id: string, role: string, profileId: string): RespondentResult {
  const answers = CASE_LIBRARY.find((profile) => profile.id === profileId)?.answers ?? {};
  const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers });
  return { ...respondent(id, role, [0, 0, 0]), recommended: output.recommended, scores: output.scores, answers, dimensions: output.dimensions, modelVersion: output.modelVersion };
}

// Two of three prefer separate; the CFO prefers CDO by a wide margin.
const TEAM = [respondent("a", "ceo", [70, 40, 50]), respondent("b", "technology_executive", [60, 50, 55]), respondent("c", "cfo", [30, 35, 80])];

describe("combining an organization's respondents", () => {
  it("takes the plain mean of each structure's score when every role weighs 1", () => {
    const aggregate = combineRespondents(TEAM, EQUAL);
    expect(aggregate.combined?.scores).toEqual({ separate: 53.3, ctio: 41.7, cdo: 61.7 });
    expect(aggregate.combined?.recommendation).toBe("cdo");
    expect(aggregate.combined?.recommendationName).toBe("CDO over CIO and CTO");
    expect(aggregate.combined?.ranking).toEqual(["cdo", "separate", "ctio"]);
    expect(aggregate.combined?.lead).toBe(8.4);
    expect(aggregate.combined?.agreement).toEqual({ respondents: 1, of: 3, weightShare: 0.333 });
    expect(aggregate.respondents.map((r) => [r.label, r.recommended, r.weight, r.agrees])).toEqual([
      ["Person a", "separate", 1, false],
      ["Person b", "separate", 1, false],
      ["Person c", "cdo", 1, true],
    ]);
    expect(aggregate.totalWeight).toBe(3);
    expect(aggregate.rule).toBe(aggregationRuleIn());
  });

  it("lets role weights change the combined recommendation", () => {
    const aggregate = combineRespondents(TEAM, readRoleWeights({ ceo: 3 }));
    // (3*70 + 60 + 30) / 5 = 60 for separate against (3*50 + 55 + 80) / 5 = 57 for CDO.
    expect(aggregate.combined?.scores).toEqual({ separate: 60, ctio: 41, cdo: 57 });
    expect(aggregate.combined?.recommendation).toBe("separate");
    expect(aggregate.combined?.lead).toBe(3);
    expect(aggregate.combined?.agreement).toEqual({ respondents: 2, of: 3, weightShare: 0.8 });
    expect(aggregate.respondents.find((r) => r.resultId === "a")?.weight).toBe(3);
    expect(aggregate.weights.find((row) => row.roleId === "ceo")).toEqual({ roleId: "ceo", label: "Chief Executive Officer", weight: 3, respondents: 1 });
  });

  it("leaves out respondents whose role weighs 0, and combines nothing when nobody carries weight", () => {
    const withoutCfo = combineRespondents(TEAM, readRoleWeights({ cfo: 0 }));
    expect(withoutCfo.combined?.scores).toEqual({ separate: 65, ctio: 45, cdo: 52.5 });
    expect(withoutCfo.combined?.agreement).toEqual({ respondents: 2, of: 2, weightShare: 1 });
    expect(withoutCfo.respondents.find((r) => r.resultId === "c")).toMatchObject({ weight: 0, agrees: false });

    const nobody = combineRespondents(TEAM, readRoleWeights({ ceo: 0, cfo: 0, technology_executive: 0 }));
    expect(nobody.combined).toBeNull();
    expect(nobody.totalWeight).toBe(0);
    expect(nobody.respondents).toHaveLength(3);
    expect(combineRespondents([], EQUAL).combined).toBeNull();
  });

  it("weighs a respondent without a role, or with a role outside the list, under \"Role not given\"", () => {
    const team = [respondent("a", null, [70, 40, 50]), respondent("b", "chief_of_staff", [20, 80, 30])];
    const aggregate = combineRespondents(team, readRoleWeights({ unspecified: 2 }));
    expect(aggregate.respondents.map((r) => [r.role, r.roleLabel, r.weight])).toEqual([
      ["unspecified", "Role not given", 2],
      ["unspecified", "Role not given", 2],
    ]);
    expect(aggregate.weights.find((row) => row.roleId === "unspecified")?.respondents).toBe(2);
  });

  it("breaks a tie as a single result does: the structure with fewer executive seats first", () => {
    const aggregate = combineRespondents([respondent("a", "ceo", [60, 40, 50]), respondent("b", "cfo", [40, 60, 50])], EQUAL);
    expect(aggregate.combined?.scores).toEqual({ separate: 50, ctio: 50, cdo: 50 });
    expect(aggregate.combined?.recommendation).toBe("ctio");
    expect(aggregate.combined?.lead).toBe(0);
    expect(aggregate.combined?.confidence.level).toBe("low");
  });

  it("rates confidence from the combination's robustness and the weight that agrees", () => {
    const agreeing = combineRespondents([scored("a", "ceo", "regional_bank"), scored("b", "cfo", "stable_insurer")], EQUAL);
    expect(agreeing.combined?.recommendation).toBe("separate");
    expect(agreeing.combined?.robustness?.structures.separate.wins).toBeGreaterThan(0.95 * (agreeing.combined?.robustness?.draws ?? 0));
    expect(agreeing.combined?.confidence).toMatchObject({ level: "high", rule: combinedConfidenceRuleIn() });
    expect(agreeing.combined?.confidence.reason).toContain("100% of the weight");

    // Half of the weight behind it is not enough for high, however robust the combination.
    const split = combineRespondents([scored("a", "ceo", "regional_bank"), scored("b", "cfo", "seed_saas")], EQUAL);
    expect(split.combined?.agreement.weightShare).toBe(0.5);
    expect(split.combined?.confidence.level).not.toBe("high");

    // Agreement alone is not enough when the sources leave each respondent's case open.
    const close = combineRespondents([scored("a", "ceo", "hospital_network"), scored("b", "cfo", "hospital_network")], EQUAL);
    expect(close.combined?.agreement.weightShare).toBe(1);
    expect(close.combined?.confidence.level).not.toBe("high");
    expect(close.combined?.confidence.reason).toContain("Combined CTIO");
  }, 60_000);

  it("rests on agreement alone, at most moderate, when the respondents' model cannot be re-measured", () => {
    const synthetic = combineRespondents([respondent("a", "ceo", [70, 40, 50]), respondent("b", "cfo", [66, 45, 50])], EQUAL);
    expect(synthetic.combined?.robustness).toBeNull();
    expect(synthetic.combined?.confidence.level).toBe("moderate");
    expect(synthetic.combined?.confidence.reason).toContain("not measured");
  });

  it("names unnamed respondents by submission order, whatever order they arrive in", () => {
    const team = [respondent("late", "ceo", [50, 40, 30], { name: null, day: 9 }), respondent("early", "cfo", [50, 40, 30], { name: "  ", day: 2 })];
    expect(Object.fromEntries(respondentLabels(team))).toEqual({ early: "Respondent 1", late: "Respondent 2" });
    expect(combineRespondents(team, EQUAL).respondents.map((r) => r.label)).toEqual(["Respondent 2", "Respondent 1"]);
  });

  it("is plain data that survives JSON, for the report built on it", () => {
    const aggregate = combineRespondents(TEAM, readRoleWeights({ ceo: 2.5 }));
    expect(JSON.parse(JSON.stringify(aggregate))).toEqual(aggregate);
    expect(aggregate.weights.map((row) => row.roleId)).toContain("unspecified");
  });
});
