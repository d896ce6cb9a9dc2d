import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW, type TAnswers } from "../questionnaire/schema";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { answersArbitrary } from "../testing/arbitrary-answers";
import { ARCHETYPES } from "./archetypes";
import { applyChange, singleChangeCandidates } from "./candidates";
import { scoreOnly } from "./engine";
import { roundScores } from "./explain";
import type { TippingPoint } from "./types";
import { MAX_TIPPING_POINTS, whatWouldChangeIt } from "./what-would-change";

const draft = answersSchema(QUESTIONNAIRE, "draft");

function applyTippingPoint(answers: TAnswers, point: TippingPoint): TAnswers {
  let next = withoutSkippedAnswers(QUESTIONNAIRE, answers);
  for (const change of point.changes) {
    expect(change.to).not.toBeNull();
    if (change.to !== null) next = applyChange(next, change.questionId, change.to);
  }
  return next;
}

describe("whatWouldChangeIt", () => {
  it("returns tipping points that really flip the recommendation, smallest first, distinct and valid", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "draft" }), (answers) => {
        const base = scoreOnly(withoutSkippedAnswers(QUESTIONNAIRE, answers));
        const points = whatWouldChangeIt(answers);
        expect(points.length).toBeLessThanOrEqual(MAX_TIPPING_POINTS);
        const keys = new Set<string>();
        points.forEach((point, index) => {
          const changed = applyTippingPoint(answers, point);
          expect(draft.safeParse(changed).success).toBe(true);
          const result = scoreOnly(changed);
          expect(result.recommended).toBe(point.newRecommendation);
          expect(point.newRecommendation).not.toBe(base.recommended);
          expect(point.newScores).toEqual(roundScores(result.scores));
          expect(point.changes.length === 1 || point.changes.length === 2).toBe(true);
          if (index > 0) expect(point.size).toBeGreaterThanOrEqual(points[index - 1]?.size ?? 0);
          const key = point.changes.map((change) => `${change.questionId}=${JSON.stringify(change.to)}`).join("&");
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        });
      }),
      { numRuns: 80 },
    );
  });

  it("finds the smallest single change (brute force over every candidate) and tries pairs only when none flips", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "draft" }), (answers) => {
        const base = withoutSkippedAnswers(QUESTIONNAIRE, answers);
        const recommended = scoreOnly(base).recommended;
        const flipSizes = singleChangeCandidates(base)
          .filter((candidate) => scoreOnly(applyChange(base, candidate.question.id, candidate.to)).recommended !== recommended)
          .map((candidate) => candidate.size);
        const points = whatWouldChangeIt(answers);
        if (flipSizes.length > 0) {
          const smallest = Math.min(...flipSizes);
          expect(points[0]?.size).toBe(smallest);
          for (const point of points) expect(point.changes).toHaveLength(1);
        } else {
          for (const point of points) expect(point.changes).toHaveLength(2);
        }
        // No single change smaller than a reported one flips the same question to the same structure.
        for (const point of points) {
          if (point.changes.length !== 1) continue;
          const questionId = point.changes[0]?.questionId;
          const smaller = singleChangeCandidates(base).filter((candidate) => candidate.question.id === questionId && candidate.size < point.size);
          for (const candidate of smaller) {
            expect(scoreOnly(applyChange(base, candidate.question.id, candidate.to)).recommended).not.toBe(point.newRecommendation);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("generates only changes that leave a valid draft answer set", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "draft" }), (answers) => {
        const base = withoutSkippedAnswers(QUESTIONNAIRE, answers);
        for (const candidate of singleChangeCandidates(base)) {
          const parsed = draft.safeParse(applyChange(base, candidate.question.id, candidate.to));
          expect(parsed.success, `${candidate.question.id} -> ${JSON.stringify(candidate.to)}`).toBe(true);
          expect(candidate.size).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("measures sizes on each answer's own scale", () => {
    const base = withoutSkippedAnswers(QUESTIONNAIRE, ARCHETYPES[0]?.answers ?? {});
    const candidates = singleChangeCandidates(base);
    const find = (id: string, to: unknown) => candidates.find((c) => c.question.id === id && JSON.stringify(c.to) === JSON.stringify(to));
    // employees 14: bands 1-50 | 51-250 | 251-1000 | 1001-5000 | 5001+; the nearest value in each band.
    expect(find("employees", 51)?.size).toBe(1);
    expect(find("employees", 1001)?.size).toBe(3);
    expect(find("stage", "mature")?.size).toBe(3); // ordinal: startup -> mature
    expect(find("industry", "retail")?.size).toBe(1); // nominal
    expect(find("speed_vs_stability", 2)?.size).toBe(3); // scale 5 -> 2
    expect(find("frameworks", ["gdpr", "sox"])?.size).toBe(1); // one option toggled
    expect(find("frameworks", ["none"])?.size).toBe(2); // gdpr off, none on
    // Withdrawing an answer is no change a company can make, so it is never listed.
    expect(candidates.filter((c) => c.to === DONT_KNOW)).toEqual([]);
  });

  it("ignores answers to questions hidden by skip logic", () => {
    const answers = { ...(ARCHETYPES[1]?.answers ?? {}), product_engineers: 5000 };
    expect(whatWouldChangeIt(answers)).toEqual(whatWouldChangeIt(ARCHETYPES[1]?.answers ?? {}));
  });

  it("finds a tipping point for every close call", () => {
    for (const archetype of ARCHETYPES.filter((a) => a.closeCall)) {
      expect(whatWouldChangeIt(archetype.answers).length, archetype.id).toBeGreaterThan(0);
    }
  });

  it.each(["seed_saas", "enterprise_software_vendor", "regional_bank"])("%s: the pair search matches a brute force over all pairs", (id) => {
    const base = ARCHETYPES.find((archetype) => archetype.id === id)?.answers ?? {};
    const recommended = scoreOnly(base).recommended;
    const candidates = singleChangeCandidates(base);
    let smallest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        const [a, b] = [candidates[i], candidates[j]];
        if (!a || !b || a.question.id === b.question.id || a.size + b.size >= smallest) continue;
        const changed = applyChange(applyChange(base, a.question.id, a.to), b.question.id, b.to);
        if (changed[a.question.id] === undefined || changed[b.question.id] === undefined) continue;
        if (scoreOnly(changed).recommended !== recommended) smallest = a.size + b.size;
      }
    }
    const points = whatWouldChangeIt(base);
    expect(points[0]?.size ?? Number.POSITIVE_INFINITY).toBe(smallest);
  });
});
