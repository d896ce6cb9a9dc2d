/**
 * fast-check arbitraries that generate valid answer sets from the questionnaire definition,
 * for property tests and benchmarks. Skip logic is applied, so every set passes
 * answersSchema(QUESTIONNAIRE, mode). Test-only: imports fast-check.
 */
import fc from "fast-check";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { DONT_KNOW, type TAnswerValue, type TAnswers, type TQuestion } from "../questionnaire/schema";
import { allQuestions, withoutSkippedAnswers } from "../questionnaire/skip";

export interface AnswersArbitraryOptions {
  /** "complete" answers every required question that applies; "draft" may leave any unanswered. */
  mode?: "complete" | "draft";
  /** Whether "don't know" may be generated where a question allows it (default true). */
  dontKnow?: boolean;
}

/** A valid answer to one question (never "don't know"). */
export function valueArbitrary(question: TQuestion): fc.Arbitrary<TAnswerValue> {
  switch (question.type) {
    case "single":
      return fc.constantFrom(...question.options.map((option) => option.id));
    case "multi": {
      const exclusive = question.exclusiveOptionId;
      const others = question.options.map((option) => option.id).filter((id) => id !== exclusive);
      const subsets: fc.Arbitrary<string[]> = fc.subarray(others, { minLength: 1 });
      if (!exclusive) return subsets;
      return fc.oneof({ arbitrary: subsets, weight: 4 }, { arbitrary: fc.constant(null).map((): string[] => [exclusive]), weight: 1 });
    }
    case "number": {
      // Real answers cluster at small numbers; a uniform draw up to two million would almost never be small.
      const { min, max } = question;
      return fc.oneof(
        fc.integer({ min, max: Math.min(max, min + 20) }),
        fc.integer({ min, max: Math.min(max, 2_000) }),
        fc.integer({ min, max: Math.min(max, 100_000) }),
        fc.integer({ min, max }),
      );
    }
    case "scale":
      return fc.integer({ min: 1, max: 5 });
  }
}

function answerArbitrary(question: TQuestion, options: Required<AnswersArbitraryOptions>): fc.Arbitrary<TAnswerValue | undefined> {
  const choices: fc.WeightedArbitrary<TAnswerValue | undefined>[] = [{ arbitrary: valueArbitrary(question), weight: 8 }];
  if (options.dontKnow && question.allowDontKnow) choices.push({ arbitrary: fc.constant(DONT_KNOW), weight: 1 });
  if (options.mode === "draft" || !question.required) choices.push({ arbitrary: fc.constant(undefined), weight: 1 });
  return fc.oneof(...choices);
}

export function answersArbitrary(options: AnswersArbitraryOptions = {}): fc.Arbitrary<TAnswers> {
  const resolved: Required<AnswersArbitraryOptions> = { mode: options.mode ?? "complete", dontKnow: options.dontKnow ?? true };
  const shape: Record<string, fc.Arbitrary<TAnswerValue | undefined>> = {};
  for (const question of allQuestions(QUESTIONNAIRE)) shape[question.id] = answerArbitrary(question, resolved);
  return fc.record(shape).map((raw) => {
    const answers: TAnswers = {};
    for (const [id, value] of Object.entries(raw)) if (value !== undefined) answers[id] = value;
    return withoutSkippedAnswers(QUESTIONNAIRE, answers);
  });
}
