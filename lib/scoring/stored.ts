/**
 * Robustness for stored results. Since model 2027.1 it is stored with the result; a result scored
 * earlier is measured on demand with the model that scored it (kept in ./models), and the same
 * seeded draws give the same numbers on every view.
 */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { canReadVersion } from "../questionnaire/versions";
import { modelForVersion } from "./models";
import { analyseRobustness } from "./robustness";
import type { Robustness, ScoringOutput } from "./types";

export interface StoredScoring {
  questionnaireVersion: string;
  answers: TAnswers;
  output: ScoringOutput;
}

/** Null only for a model or questionnaire this server no longer knows. */
export function robustnessOfStored(stored: StoredScoring): Robustness | null {
  if (stored.output.robustness) return stored.output.robustness;
  const model = modelForVersion(stored.output.modelVersion);
  if (!model || !canReadVersion(stored.questionnaireVersion)) return null;
  return analyseRobustness(model, withoutSkippedAnswers(QUESTIONNAIRE, stored.answers));
}
