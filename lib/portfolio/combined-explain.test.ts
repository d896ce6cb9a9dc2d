/** The organization-level explanation as domain output: numbers and scoring types, laid out later by the report. */
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES } from "../scoring/archetypes";
import { hireFirstAdvice } from "../scoring/hire-first";
import { score } from "../scoring/score";
import { STRUCTURE_IDS, type StructureId, type StructureScores } from "../scoring/types";
import { readRoleWeights } from "../validation/aggregation";
import { combineRespondents, type RespondentResult } from "./aggregate";
import { combinedTippingPoints } from "./combined-change";
import { combinedDimensions, combinedHireFirst, combinedTriggers, type CombinedMember } from "./combined-explain";

const WEIGHTS = readRoleWeights(null);

function membersOf(ids: readonly string[]): CombinedMember[] {
  const scored = ids.map((id, index) => {
    const archetype = ARCHETYPES.find((item) => item.id === id);
    if (!archetype) throw new Error(`No archetype ${id}`);
    const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers });
    const result: RespondentResult = {
      resultId: `result-${index}`,
      name: `Respondent ${id}`,
      role: index === 0 ? "ceo" : "cfo",
      submittedAt: `2026-03-1${index}T10:00:00.000Z`,
      recommended: output.recommended,
      scores: output.scores,
      answers: archetype.answers,
      dimensions: output.dimensions,
      modelVersion: output.modelVersion,
    };
    return { result, output };
  });
  const aggregate = combineRespondents(
    scored.map((item) => item.result),
    WEIGHTS,
  );
  return scored.map(({ result, output }, index) => {
    const counted = aggregate.respondents[index]!;
    return { result, output, label: counted.label, roleLabel: counted.roleLabel, weight: counted.weight };
  });
}

const best = (scores: StructureScores): StructureId => STRUCTURE_IDS.reduce((top, id) => (scores[id] > scores[top] ? id : top));

describe("the combined explanation", () => {
  it("gives one respondent's own advice, dimensions and signals when they are alone", () => {
    const [only] = membersOf(["regional_bank"]);
    expect(combinedHireFirst([only!], only!.output.recommended)).toEqual(hireFirstAdvice(only!.output.recommended, only!.result.answers, only!.output.dimensions));
    expect(combinedDimensions([only!])).toEqual(
      only!.output.dimensions.map((dimension) => ({ label: dimension.label, value: dimension.value, range: null, coverage: dimension.coverage })),
    );
    expect(combinedTriggers([only!])).toEqual(only!.output.triggers);
  });

  it("reads each dimension as the weighted mean of the respondents who informed it, with their range as numbers", () => {
    const members = membersOf(["regional_bank", "seed_saas", "public_agency"]);
    const dimensions = combinedDimensions(members);
    for (const [index, dimension] of dimensions.entries()) {
      const values = members.flatMap((member) => {
        const value = member.output.dimensions[index]?.value;
        return value === null || value === undefined ? [] : [{ value, weight: member.weight }];
      });
      const total = values.reduce((sum, item) => sum + item.weight, 0);
      if (values.length === 0) {
        expect(dimension.value).toBeNull();
        continue;
      }
      expect(dimension.value).toBeCloseTo(values.reduce((sum, item) => sum + item.weight * item.value, 0) / total, 9);
      const low = Math.min(...values.map((item) => item.value));
      const high = Math.max(...values.map((item) => item.value));
      expect(dimension.range).toEqual(low === high ? null : { low, high });
    }
  });

  it("marks a signal present when any counted respondent's answers show it", () => {
    const members = membersOf(["regional_bank", "seed_saas", "public_agency", "global_retailer"]);
    for (const trigger of combinedTriggers(members)) {
      expect(trigger.fired).toBe(members.some((member) => member.output.triggers.some((own) => own.id === trigger.id && own.fired)));
    }
  });

  it("lists only changes whose new combined scores put another structure first", () => {
    const members = membersOf(["regional_bank", "seed_saas", "public_agency"]);
    const { combined } = combineRespondents(
      members.map((member) => member.result),
      WEIGHTS,
      { robustness: false },
    );
    const points = combinedTippingPoints(members, WEIGHTS, combined!.recommendation);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(best(point.newScores)).not.toBe(combined!.recommendation);
  });
});
