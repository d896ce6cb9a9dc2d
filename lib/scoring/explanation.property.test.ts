import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { answersArbitrary } from "../testing/arbitrary-answers";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { CASE_LIBRARY, variations } from "./case-library";
import { CRITERIA } from "./criteria";
import type { Reason } from "./criteria-model";
import { evaluateCriteria } from "./engine";
import { middleText, reasonFor, sideOf } from "./explain";
import { score } from "./score";
import type { Contribution, ScoringOutput, StructureId } from "./types";

const SLOW = 60_000;
const run = (answers: TAnswers) => score({ questionnaireVersion: QUESTIONNAIRE.version, answers }, { tippingPoints: false });

/** Whether a reason's claim says `credited` is better supported than `compared`: an earlier tier. */
function claims(reason: Reason, credited: StructureId, compared: StructureId): boolean {
  const tierOf = (id: StructureId) => reason.tiers.findIndex((tier) => tier.includes(id));
  const [a, b] = [tierOf(credited), tierOf(compared)];
  return a >= 0 && b >= 0 && a < b;
}

interface Listed {
  item: Contribution;
  credited: StructureId;
  compared: StructureId;
}

/** Drivers are credited to the recommendation over the runner-up; counter-signals to what they favour over the recommendation. */
function listed(output: ScoringOutput): Listed[] {
  const runnerUp = output.ranking[1]!;
  return [
    ...output.drivers.map((item) => ({ item, credited: output.recommended, compared: runnerUp })),
    ...output.counterSignals.map((item) => {
      expect(item.favours, `${item.criterionId} is listed against the recommendation, so it favours something`).not.toBeNull();
      return { item, credited: item.favours ?? output.recommended, compared: output.recommended };
    }),
  ];
}

/** Every driver and counter-signal: its reason is the one written for the respondent's side of the scale, and that reason argues for the structure it is credited to. */
function checkDirections(answers: TAnswers): void {
  const output = run(answers);
  const evaluated = evaluateCriteria(withoutSkippedAnswers(QUESTIONNAIRE, answers));
  for (const { item, credited, compared } of listed(output)) {
    const index = CRITERIA.findIndex((criterion) => criterion.id === item.criterionId);
    const criterion = CRITERIA[index]!;
    const entry = evaluated[index];
    expect(entry, item.criterionId).toBeTruthy();
    if (!entry) continue;
    expect(item.answerSummary.length, `${item.criterionId}: what the respondent answered`).toBeGreaterThan(0);
    const written = reasonFor(criterion, entry);
    if (written) {
      expect(item.reason, `${item.criterionId} at level ${entry.level}`).toBe(written.text);
      expect(claims(written, credited, compared), `${item.criterionId} (level ${entry.level}, by ${entry.byLevel}): "${written.text}" credited to ${credited} over ${compared}`).toBe(true);
    } else {
      // Only an answer exactly midway, on either factor, has no side; the text then says so.
      const sides = [sideOf(entry.level), entry.byLevel === undefined ? "low" : sideOf(entry.byLevel)];
      expect(sides, item.criterionId).toContain("middle");
      expect(item.reason).toMatch(/midway/);
    }
  }
}

describe("explanations in the answer's own direction", () => {
  it("on random complete answers, no driver or counter-signal argues against the answer it rests on", () => {
    fc.assert(fc.property(answersArbitrary({ mode: "complete" }), checkDirections), { numRuns: 300, seed: 20271 });
  }, SLOW);

  it("on random drafts (answers missing or don't know), the same holds", () => {
    fc.assert(fc.property(answersArbitrary({ mode: "draft" }), checkDirections), { numRuns: 200, seed: 20272 });
  }, SLOW);

  it(
    "on every case library profile and each of its variations",
    () => {
      for (const profile of CASE_LIBRARY) for (const answers of variations(profile)) checkDirections(answers);
    },
    SLOW,
  );

  it("never credits speed to a respondent who answered that stability usually wins", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "complete" }), fc.constantFrom(1, 2, 3), (answers, speed) => {
        const output = run({ ...answers, speed_vs_stability: speed });
        for (const contribution of output.contributions) expect(contribution.reason ?? "").not.toMatch(/lets speed win|speed usually wins here, but|leaning toward speed, applies/i);
      }),
      { numRuns: 200, seed: 20273 },
    );
  }, SLOW);
});

describe("explanations of an answer that sits midway", () => {
  it("say where the criterion leans when, read with another answer, it still leans hard one way", () => {
    // 300 people is midway on size; a company that sells no technology still reads it as one leader's remit.
    const output = run({ ...COMPLETE_ANSWERS, employees: 300, sells_technology: "no" });
    const size = output.contributions.find((item) => item.criterionId === "company_size")!;
    expect(size.points.ctio - size.points.separate).toBeGreaterThan(2);
    expect(size.reason).toMatch(/midway.*still counts toward Combined CTIO\.$/);
  });

  it("call an answer's effect small only when its points are close together", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "complete" }), (answers) => {
        const evaluated = evaluateCriteria(withoutSkippedAnswers(QUESTIONNAIRE, answers));
        for (const [index, entry] of evaluated.entries()) {
          if (!entry || middleText(CRITERIA[index]!, entry) !== "Your answer sits midway on this question, so it moves the scores only a little either way.") continue;
          const support = Object.values(entry.support);
          expect(Math.max(...support) - Math.min(...support), CRITERIA[index]!.id).toBeLessThan(0.15);
        }
      }),
      { numRuns: 200, seed: 20274 },
    );
  }, SLOW);
});
