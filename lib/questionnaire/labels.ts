/**
 * Answers as a person would read them: review step, contributions, tipping points, reports.
 * Answers are stored by id, so one answer reads in any language: the option labels, units and
 * words come from the locale's text by question and option id, whichever language's question
 * object the caller holds.
 */
import { glossaryTerm } from "../i18n/glossary";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "./schema";
import { TRANSLATIONS } from "./translations";
import type { AnswerText, QuestionText } from "./translations/types";
import { englishSingular } from "./units";

export const DONT_KNOW_LABEL = glossaryTerm("dont_know").text.en;

/** The English words of an answer; the translations carry the same keys and placeholders. */
export const ANSWER_TEXT: AnswerText = {
  notAnswered: "Not answered",
  scale: "{value} of 5 (1 = {minLabel}, 5 = {maxLabel})",
};

export function dontKnowLabel(locale: Locale = DEFAULT_LOCALE): string {
  return glossaryTerm("dont_know").text[locale];
}

/** Intl formatters are costly to build and answerLabel runs in the scoring loops: one of each per locale. */
interface Formats {
  number: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  plural: Intl.PluralRules;
  list: Intl.ListFormat;
}
const formatsByLocale = new Map<Locale, Formats>();

function formats(locale: Locale): Formats {
  let found = formatsByLocale.get(locale);
  if (!found) {
    found = {
      number: new Intl.NumberFormat(locale),
      percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }),
      plural: new Intl.PluralRules(locale),
      // English keeps the plain enumeration its readers (and callers) know, "A, B"; German and French
      // join the last item as their readers expect, "A und B", "A et B". (CLDR's German "unit" list
      // writes "A, B" but "A, B und C", so it is not an option.)
      list: new Intl.ListFormat(locale, { type: locale === "en" ? "unit" : "conjunction", style: "short" }),
    };
    formatsByLocale.set(locale, found);
  }
  return found;
}

function translated(locale: Locale, question: TQuestion): QuestionText | undefined {
  return locale === "en" ? undefined : TRANSLATIONS[locale].questions[question.id];
}

function optionLabel(question: TQuestion, text: QuestionText | undefined, id: string): string {
  const own = "options" in question ? question.options.find((option) => option.id === id)?.label : undefined;
  return text?.options?.[id] ?? own ?? id;
}

/** "1 country", "1.200 Mitarbeitende", "40 % du chiffre d'affaires": a "%" unit follows the number as Intl writes a percentage. */
function withUnit(value: number, question: TQuestion & { type: "number" }, text: QuestionText | undefined, locale: Locale): string {
  const unit = text?.unit ?? { other: question.unit, one: englishSingular(question.unit) };
  const { number, percent, plural } = formats(locale);
  if (unit.other.startsWith("%")) return `${percent.format(value / 100)}${unit.other.slice(1)}`;
  return `${number.format(value)} ${plural.select(value) === "one" ? unit.one : unit.other}`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/** A question's label in the locale, as the questionnaire asks it. */
export function questionLabel(question: TQuestion, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? question.label : (translated(locale, question)?.label ?? question.label);
}

export function answerLabel(question: TQuestion, value: TAnswerValue | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const words = locale === "en" ? ANSWER_TEXT : TRANSLATIONS[locale].answers;
  if (value === undefined || value === null) return words.notAnswered;
  if (value === DONT_KNOW) return dontKnowLabel(locale);
  const text = translated(locale, question);
  switch (question.type) {
    case "single":
      return typeof value === "string" ? optionLabel(question, text, value) : String(value);
    case "multi":
      return Array.isArray(value) ? formats(locale).list.format(value.map((id) => optionLabel(question, text, id))) : String(value);
    case "number":
      return typeof value === "number" ? withUnit(value, question, text, locale) : String(value);
    case "scale":
      return typeof value === "number"
        ? fill(words.scale, {
            value: formats(locale).number.format(value),
            minLabel: text?.minLabel ?? question.minLabel,
            maxLabel: text?.maxLabel ?? question.maxLabel,
          })
        : String(value);
  }
}
