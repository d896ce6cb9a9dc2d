import { describe, expect, it } from "vitest";
import type { TAnswers } from "../questionnaire/schema";
import { DIMENSION_IDS, type DimensionId, type DimensionResult } from "../scoring/types";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import type { RespondentResult } from "./aggregate";
import { DEFAULT_AGENDA_LENGTH, DISAGREEMENT_RULE, disagreementAgenda } from "./disagreement";

function dimensions(values: Partial<Record<DimensionId, number | null>>): DimensionResult[] {
  return DIMENSION_IDS.map((id) => ({ id, label: id, value: values[id] ?? null, coverage: values[id] === undefined ? 0 : 1 }));
}

function respondent(id: string, day: number, answers: TAnswers, values: Partial<Record<DimensionId, number | null>> = {}): RespondentResult {
  return {
    resultId: id,
    name: id.toUpperCase(),
    role: "ceo",
    submittedAt: new Date(Date.UTC(2026, 1, day)).toISOString(),
    recommended: "separate",
    scores: { separate: 60, ctio: 40, cdo: 50 },
    answers,
    dimensions: dimensions(values),
    modelVersion: "synthetic",
  };
}

const { business_units: _dropped, ...withoutBusinessUnits } = COMPLETE_ANSWERS;

/**
 * Three executives of one company. Built so the expected order is known: headcounts on either
 * side of the model's large-company line (1.0, first because the model reads headcount most),
 * a 1-to-5 scale split end to end (1.0), one of three on another stage
 * (0.333), business units a band apart with one unanswered (0.3), and an audit burden a
 * point apart (0.25). Revenue has one real answer and two "don't know"; frameworks are the
 * same set in another order.
 */
const TEAM = [
  respondent("ana", 1, COMPLETE_ANSWERS, { scale: 70, governance: 80, speed_priority: 25 }),
  respondent(
    "ben",
    2,
    { ...withoutBusinessUnits, speed_vs_stability: 5, employees: 30, stage: "startup", revenue_band: "dont_know", frameworks: ["pci_dss", "gdpr", "sox"], audit_burden: 3 },
    { scale: 20, governance: 75, speed_priority: 100 },
  ),
  respondent(
    "cara",
    3,
    { ...COMPLETE_ANSWERS, speed_vs_stability: 1, employees: 2500, business_units: 12, revenue_band: "dont_know" },
    { scale: 70, governance: 80, speed_priority: null },
  ),
];

describe("where respondents disagree", () => {
  it("ranks questions by their normalized spread", () => {
    const agenda = disagreementAgenda(TEAM, 20);
    expect(agenda.questions.map((item) => [item.questionId, item.spread])).toEqual([
      ["employees", 1],
      ["speed_vs_stability", 1],
      ["stage", 0.333],
      ["business_units", 0.3],
      ["audit_burden", 0.25],
    ]);
    expect(agenda.questionsWithDisagreement).toBe(5);
    expect(agenda.respondentCount).toBe(3);
    expect(agenda.rule).toBe(DISAGREEMENT_RULE);
  });

  it("shows each respondent's answer as a person reads it, and why the question matters", () => {
    const speed = disagreementAgenda(TEAM).questions.find((item) => item.questionId === "speed_vs_stability");
    expect(speed).toMatchObject({ label: expect.stringContaining("speed"), section: expect.any(String), type: "scale", answered: 3, dontKnow: 0, unanswered: 0 });
    expect(speed?.summary).toBe("Answers range from 1 to 5 on the 1-5 scale.");
    expect(speed?.answers.map((answer) => [answer.respondent, answer.value])).toEqual([
      ["ANA", 2],
      ["BEN", 5],
      ["CARA", 1],
    ]);
    expect(speed?.answers[1]?.answer).toMatch(/^5 of 5/);
    expect(speed?.whyItMatters.length).toBeGreaterThan(0);
    for (const reading of speed?.whyItMatters ?? []) {
      expect(reading).toMatchObject({ criterionId: expect.any(String), statement: expect.any(String), dimensionLabel: expect.any(String) });
      expect(reading.weight).toBeGreaterThan(0);
    }
  });

  it("compares numbers through the scoring model's bands: a difference inside one band is no disagreement", () => {
    const items = disagreementAgenda(TEAM, 20).questions;
    expect(items.find((item) => item.questionId === "employees")?.summary).toBe("Answers range from 30 employees to 2,500 employees.");
    const sameBand = disagreementAgenda([TEAM[0]!, respondent("dan", 4, { ...COMPLETE_ANSWERS, employees: 4900 })], 20).questions;
    expect(sameBand.map((item) => item.questionId)).not.toContain("employees");
  });

  it("leaves \"don't know\" and unanswered out of the spread but counts them", () => {
    const items = disagreementAgenda(TEAM, 20).questions;
    expect(items.map((item) => item.questionId)).not.toContain("revenue_band");
    const units = items.find((item) => item.questionId === "business_units");
    expect(units).toMatchObject({ answered: 2, unanswered: 1, dontKnow: 0 });
    expect(units?.answers.find((answer) => answer.respondent === "BEN")?.answer).toBe("Not answered");

    const revenue = disagreementAgenda([...TEAM, respondent("dan", 4, { ...COMPLETE_ANSWERS, revenue_band: "over_10b" })], 20).questions.find(
      (item) => item.questionId === "revenue_band",
    );
    expect(revenue).toMatchObject({ answered: 2, dontKnow: 2, unanswered: 0, spread: 0.5 });
    expect(revenue?.answers.filter((answer) => answer.answer === "Don't know")).toHaveLength(2);
  });

  it("treats a multiple choice answer as the same set whatever the order, and measures choices by the share off the most common answer", () => {
    const items = disagreementAgenda(TEAM, 20).questions;
    expect(items.map((item) => item.questionId)).not.toContain("frameworks");
    expect(items.find((item) => item.questionId === "stage")?.summary).toBe('1 of 3 respondents answered other than the most common answer, "Established: steady growth".');

    const differentSets = disagreementAgenda([TEAM[0]!, respondent("dan", 4, { ...COMPLETE_ANSWERS, frameworks: ["gdpr"] })], 20).questions;
    expect(differentSets.find((item) => item.questionId === "frameworks")).toMatchObject({ spread: 0.5, summary: "All 2 respondents gave different answers." });
  });

  it("breaks equal spreads by the weight the scoring model puts on the question, not by questionnaire order", () => {
    // Innovation ambition comes first in the questionnaire but weighs 0.9 against 2.5 for speed against stability.
    const pair = [respondent("ana", 1, COMPLETE_ANSWERS), respondent("ben", 2, { ...COMPLETE_ANSWERS, innovation_ambition: 4, speed_vs_stability: 3 })];
    const items = disagreementAgenda(pair).questions;
    expect(items.map((item) => [item.questionId, item.spread])).toEqual([
      ["speed_vs_stability", 0.25],
      ["innovation_ambition", 0.25],
    ]);
    const weight = (index: number) => items[index]!.whyItMatters.reduce((sum, reading) => sum + reading.weight, 0);
    expect(weight(0)).toBeGreaterThan(weight(1));
  });

  it("ranks dimensions by the gap between the highest and lowest respondent, leaving out those not informed", () => {
    const agenda = disagreementAgenda(TEAM);
    expect(agenda.dimensions.map((item) => [item.dimensionId, item.spread, item.low, item.high])).toEqual([
      ["speed_priority", 0.75, 25, 100],
      ["scale", 0.5, 20, 70],
      ["governance", 0.05, 75, 80],
    ]);
    expect(agenda.dimensions[0]).toMatchObject({ informed: 2, notInformed: 1, label: "Speed over stability", summary: "Respondents range from 25.0 to 100.0 out of 100." });
    expect(agenda.dimensions[0]?.values.find((entry) => entry.respondent === "CARA")?.value).toBeNull();
    expect(agenda.dimensions[0]?.description.length).toBeGreaterThan(20);
  });

  it("cuts the agenda to its length and has nothing to say about one respondent or full agreement", () => {
    const many = disagreementAgenda(TEAM, 2);
    expect(many.questions).toHaveLength(2);
    expect(many.questionsWithDisagreement).toBe(5);
    expect(many.dimensions).toHaveLength(2);
    expect(disagreementAgenda(TEAM).questions.length).toBeLessThanOrEqual(DEFAULT_AGENDA_LENGTH);

    const alone = disagreementAgenda([TEAM[0]!]);
    expect(alone.questions).toEqual([]);
    expect(alone.dimensions).toEqual([]);
    const twins = disagreementAgenda([respondent("ana", 1, COMPLETE_ANSWERS, { scale: 50 }), respondent("ben", 2, COMPLETE_ANSWERS, { scale: 50 })]);
    expect(twins.questionsWithDisagreement).toBe(0);
    expect(twins.dimensionsWithDisagreement).toBe(0);
  });

  it("is plain data that survives JSON", () => {
    const agenda = disagreementAgenda(TEAM);
    expect(JSON.parse(JSON.stringify(agenda))).toEqual(agenda);
  });
});
