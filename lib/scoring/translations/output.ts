/**
 * A stored result's scoring output with its text in another language. Placeholder until the
 * lead's version lands: it returns the stored output unchanged.
 */
import type { Locale } from "../../i18n/locales";
import type { TAnswers } from "../../questionnaire/schema";
import type { ScoringOutput } from "../types";

export function outputIn(stored: { output: ScoringOutput; answers: TAnswers; questionnaireVersion: string }, locale: Locale): ScoringOutput {
  void locale;
  return stored.output;
}
