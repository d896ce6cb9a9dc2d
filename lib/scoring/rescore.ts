/** Re-scores a stored result with the current model, for comparison only: the stored result is never changed. */
import type { TAnswers } from "../questionnaire/schema";
import { rescoreComparison, type RescoreComparison } from "./compare";
import { MODEL_VERSION } from "./engine";
import { ScoringInputError, score } from "./score";
import type { ScoringOutput } from "./types";

export type RescoreOutcome =
  | { status: "current" }
  | { status: "compared"; stored: ScoringOutput; current: ScoringOutput; comparison: RescoreComparison }
  | { status: "not_comparable"; reason: string };

export function rescoreWithCurrentModel(stored: { questionnaireVersion: string; answers: TAnswers; output: ScoringOutput }): RescoreOutcome {
  if (stored.output.modelVersion === MODEL_VERSION) return { status: "current" };
  try {
    const current = score({ questionnaireVersion: stored.questionnaireVersion, answers: stored.answers });
    return { status: "compared", stored: stored.output, current, comparison: rescoreComparison(stored.output, current) };
  } catch (error) {
    if (error instanceof ScoringInputError) {
      return { status: "not_comparable", reason: `The answers were given to an earlier questionnaire (${stored.questionnaireVersion}) that the current model cannot read.` };
    }
    throw error;
  }
}
