import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { allQuestions } from "../questionnaire/skip";
import { score } from "../scoring/score";
import type { Contribution, StructureId } from "../scoring/types";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { buildComparison, type ComparedResult } from "./compare";

function result(resultId: string, answers: TAnswers): ComparedResult {
  return { resultId, label: resultId.toUpperCase(), answers, output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers }) };
}

const answeredQuestions = allQuestions(QUESTIONNAIRE).filter((question) => COMPLETE_ANSWERS[question.id] !== undefined).length;

describe("comparing answers", () => {
  it("finds exactly the questions answered differently, in questionnaire order, with readable labels", () => {
    const later = { ...COMPLETE_ANSWERS, countries: 9, employees: 2600, frameworks: ["pci_dss", "gdpr", "sox"], audit_burden: "dont_know" };
    const comparison = buildComparison([result("ana", COMPLETE_ANSWERS), result("ben", later)]);
    expect(comparison.answers.differing.map((item) => item.questionId)).toEqual(["employees", "countries", "audit_burden"]);
    // The same frameworks in another order are the same answer.
    expect(comparison.answers.identical).toBe(answeredQuestions - 3);
    const employees = comparison.answers.differing[0];
    expect(employees?.section).toBe(QUESTIONNAIRE.sections[0]?.title);
    expect(employees?.cells.map((cell) => [cell.label, cell.differsFromBaseline])).toEqual([
      ["2,400 employees", false],
      ["2,600 employees", true],
    ]);
    expect(comparison.answers.differing[2]?.cells[1]).toMatchObject({ value: "dont_know", label: "Don't know" });
  });

  it("counts a question answered in one result only as a difference, and one nobody answered as neither", () => {
    const { countries: _dropped, ...withoutCountries } = COMPLETE_ANSWERS;
    const { emerging_tech: _none, ...withoutEither } = withoutCountries;
    // An empty choice is not a valid submission, so it is scored as the missing answer it stands for.
    const emptyChoice = { ...result("c", withoutEither), answers: { ...withoutCountries, emerging_tech: [] } };
    const comparison = buildComparison([result("a", withoutCountries), result("b", { ...withoutCountries, countries: 3 }), emptyChoice]);
    expect(comparison.answers.differing.map((item) => item.questionId)).toEqual(["countries", "emerging_tech"]);
    const [countries, emerging] = comparison.answers.differing;
    expect(countries?.cells.map((cell) => [cell.value, cell.label, cell.differsFromBaseline])).toEqual([
      [null, "Not answered", false],
      [3, "3 countries", true],
      [null, "Not answered", false],
    ]);
    // An empty multiple choice is no answer at all.
    expect(emerging?.cells.map((cell) => cell.differsFromBaseline)).toEqual([false, false, true]);
    expect(emerging?.cells[2]).toMatchObject({ value: null, label: "Not answered" });
    expect(comparison.answers.identical).toBe(answeredQuestions - 2);
  });

  it("reports no differences for two identical answer sets", () => {
    const a = result("a", COMPLETE_ANSWERS);
    const comparison = buildComparison([a, result("b", structuredClone(COMPLETE_ANSWERS))]);
    expect(comparison.answers.differing).toEqual([]);
    expect(comparison.answers.identical).toBe(answeredQuestions);
    expect(comparison.drivers.changed).toEqual([]);
    expect(comparison.drivers.unchanged).toBe(a.output.drivers.length);
    expect(comparison.scores.every((row) => row.cells[1]?.delta === 0 && row.spread === 0)).toBe(true);
  });
});

describe("comparing scores and dimensions", () => {
  it("measures every column from the first, one decimal, with the spread across all", () => {
    const a = result("a", COMPLETE_ANSWERS);
    const b = result("b", { ...COMPLETE_ANSWERS, employees: 40, business_units: 1, countries: 1, revenue_band: "under_10m", stage: "startup" });
    const c = result("c", { ...COMPLETE_ANSWERS, sells_technology: "core", tech_revenue_share: 90, product_engineers: 800 });
    const comparison = buildComparison([a, b, c]);
    for (const row of comparison.scores) {
      const id = row.id as StructureId;
      expect(row.cells.map((cell) => cell.value)).toEqual([a.output.scores[id], b.output.scores[id], c.output.scores[id]]);
      expect(row.cells[0]?.delta).toBeNull();
      expect(row.cells[1]?.delta).toBeCloseTo(b.output.scores[id] - a.output.scores[id], 1);
      expect(row.cells[2]?.delta).toBeCloseTo(c.output.scores[id] - a.output.scores[id], 1);
      const values = [a, b, c].map((item) => item.output.scores[id]);
      expect(row.spread).toBeCloseTo(Math.max(...values) - Math.min(...values), 1);
    }
    const scale = comparison.dimensions.find((row) => row.id === "scale");
    expect(scale?.label).toBe("Scale and maturity");
    expect(scale?.cells[1]?.delta).toBeLessThan(0);
    expect(comparison.columns.map((column) => column.resultId)).toEqual(["a", "b", "c"]);
  });

  it("leaves a difference out where a dimension has no value", () => {
    const a = result("a", COMPLETE_ANSWERS);
    const empty = result("empty", {});
    const comparison = buildComparison([a, empty]);
    const governance = comparison.dimensions.find((row) => row.id === "governance");
    expect(governance?.cells[1]).toMatchObject({ value: null, delta: null });
    expect(governance?.spread).toBeNull();
  });

  it("says when recommendations or model versions differ", () => {
    const a = result("a", COMPLETE_ANSWERS);
    const older = { ...a, resultId: "older", output: { ...a.output, modelVersion: "2025.1" } };
    expect(buildComparison([a, result("same", COMPLETE_ANSWERS)])).toMatchObject({ recommendationsDiffer: false, modelVersionsDiffer: false });
    expect(buildComparison([a, older]).modelVersionsDiffer).toBe(true);
    const other = { ...a, resultId: "other", output: { ...a.output, recommended: a.output.recommended === "ctio" ? "cdo" : "ctio" } as const };
    const comparison = buildComparison([a, other]);
    expect(comparison.recommendationsDiffer).toBe(true);
    expect(comparison.columns[1]?.recommendedName).not.toBe(comparison.columns[0]?.recommendedName);
  });
});

describe("comparing drivers", () => {
  const base = result("base", COMPLETE_ANSWERS);

  function withDrivers(resultId: string, drivers: Contribution[]): ComparedResult {
    return { ...base, resultId, output: { ...base.output, drivers } };
  }

  function driver(criterionId: string, overrides: Partial<Contribution> = {}): Contribution {
    const template = base.output.drivers[0];
    if (!template) throw new Error("The fixture needs at least one driver");
    return { ...template, criterionId, statement: `${criterionId} statement`, ...overrides };
  }

  it("classifies drivers that appeared, disappeared, changed or stayed, against the first result", () => {
    const first = withDrivers("first", [driver("kept"), driver("dropped"), driver("reread", { answerSummary: "10 countries" }), driver("flipped", { favours: "separate" })]);
    const second = withDrivers("second", [driver("kept"), driver("reread", { answerSummary: "2 countries" }), driver("flipped", { favours: "ctio" }), driver("new")]);
    const comparison = buildComparison([first, second]);
    expect(comparison.drivers.unchanged).toBe(1);
    expect(comparison.drivers.changed.map((row) => [row.criterionId, row.cells[0]?.change, row.cells[1]?.change])).toEqual([
      ["dropped", null, "disappeared"],
      ["reread", null, "changed"],
      ["flipped", null, "changed"],
      ["new", null, "appeared"],
    ]);
    const newRow = comparison.drivers.changed[3];
    expect(newRow?.statement).toBe("new statement");
    expect(newRow?.cells[0]?.driver).toBeNull();
    expect(newRow?.cells[1]?.driver).toMatchObject({ answerSummary: base.output.drivers[0]?.answerSummary });
  });

  it("keeps a driver that only a later result has, with no change marked where it drives neither", () => {
    const comparison = buildComparison([withDrivers("a", []), withDrivers("b", [driver("late")]), withDrivers("c", [])]);
    expect(comparison.drivers.changed.map((row) => row.cells.map((cell) => cell.change))).toEqual([[null, "appeared", null]]);
  });

  it("finds the drivers that change when real answers change the recommendation", () => {
    const startup = result("startup", { ...COMPLETE_ANSWERS, employees: 30, business_units: 1, countries: 1, revenue_band: "under_10m", stage: "startup", speed_vs_stability: 5 });
    const comparison = buildComparison([base, startup]);
    const before = new Set(base.output.drivers.map((item) => item.criterionId));
    const after = new Set(startup.output.drivers.map((item) => item.criterionId));
    const appeared = comparison.drivers.changed.filter((row) => row.cells[1]?.change === "appeared").map((row) => row.criterionId);
    const disappeared = comparison.drivers.changed.filter((row) => row.cells[1]?.change === "disappeared").map((row) => row.criterionId);
    expect(appeared.sort()).toEqual([...after].filter((id) => !before.has(id)).sort());
    expect(disappeared.sort()).toEqual([...before].filter((id) => !after.has(id)).sort());
    expect(appeared.length + disappeared.length).toBeGreaterThan(0);
  });
});

describe("input", () => {
  it("refuses an empty comparison", () => {
    expect(() => buildComparison([])).toThrow();
  });
});
