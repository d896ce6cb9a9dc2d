/** Re-scores a stored result with the current model, for comparison only: the stored result is never changed. */
import type { TAnswers } from "../questionnaire/schema";
import { rescoreComparison, type RescoreComparison } from "./compare";
import { MODEL_VERSION } from "./engine";
import { ScoringInputError, score } from "./score";
import { robustnessOfStored } from "./stored";
import type { Robustness, ScoringOutput } from "./types";

export type RescoreOutcome =
  | { status: "current" }
  | {
      status: "compared";
      stored: ScoringOutput;
      current: ScoringOutput;
      /** The saved result's robustness under the model that scored it, measured now when it predates 2027.1. */
      storedRobustness: Robustness | null;
      comparison: RescoreComparison;
    }
  | { status: "not_comparable"; reason: string };

export function rescoreWithCurrentModel(stored: { questionnaireVersion: string; answers: TAnswers; output: ScoringOutput }): RescoreOutcome {
  if (stored.output.modelVersion === MODEL_VERSION) return { status: "current" };
  try {
    const current = score({ questionnaireVersion: stored.questionnaireVersion, answers: stored.answers });
    const storedRobustness = robustnessOfStored(stored);
    return { status: "compared", stored: stored.output, current, storedRobustness, comparison: rescoreComparison(stored.output, current, storedRobustness) };
  } catch (error) {
    if (error instanceof ScoringInputError) {
      return { status: "not_comparable", reason: `The answers were given to an earlier questionnaire (${stored.questionnaireVersion}) that the current model cannot read.` };
    }
    throw error;
  }
}
