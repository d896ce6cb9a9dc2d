/**
 * The text of the questionnaire in one language, keyed by the ids of lib/questionnaire/definition.ts.
 * The English definition stays the source of truth for structure (ids, order, types, bounds, skip
 * rules, sources); a translation carries words only, so it can never change what is asked.
 */

export interface SectionText {
  title: string;
  description: string;
}

/** A number question's unit in both forms, chosen for a value by the language's plural rules (Intl.PluralRules). */
export interface UnitText {
  /** The form the form field shows, and the one for most values: "Länder", "pays". */
  other: string;
  /** The form for the values the language counts as singular: 1 in German, 0 and 1 in French. */
  one: string;
}

export interface QuestionText {
  label: string;
  help: string;
  /** Number questions only. A unit starting with "%" follows the number as Intl formats a percentage. */
  unit?: UnitText;
  /** Scale questions only: what 1 and 5 mean. */
  minLabel?: string;
  maxLabel?: string;
  /** Choice questions only: option id → label. */
  options?: Readonly<Record<string, string>>;
}

/** The words an answer is read with, beside the questions' own labels. Placeholders in braces. */
export interface AnswerText {
  notAnswered: string;
  /** A 1-5 scale answer: {value}, {minLabel}, {maxLabel}. */
  scale: string;
}

export interface QuestionnaireText {
  /** The questionnaire version this text was written for: a new version is translated with it. */
  version: string;
  sections: Readonly<Record<string, SectionText>>;
  questions: Readonly<Record<string, QuestionText>>;
  answers: AnswerText;
}
