/**
 * The questionnaire in a language: the English definition's structure (ids, order, types, bounds,
 * skip rules, sources) with the words of lib/questionnaire/translations. Built and checked once per
 * language when this module loads, so a translation that breaks the schema (a label too long, a
 * missing text) fails at start-up and in the unit tests, as a broken definition does.
 */
import type { Locale } from "../i18n/locales";
import { QUESTIONNAIRE } from "./definition";
import { ZQuestionnaire, type TQuestion, type TQuestionnaire, type TSection } from "./schema";
import { TRANSLATIONS, type TranslatedLocale } from "./translations";
import type { QuestionnaireText } from "./translations/types";

function missing(what: string, text: QuestionnaireText): never {
  throw new Error(`The questionnaire ${text.version} text has no ${what}.`);
}

function localizeQuestion(question: TQuestion, text: QuestionnaireText): TQuestion {
  const words = text.questions[question.id] ?? missing(`question ${question.id}`, text);
  const base = { label: words.label, help: words.help };
  switch (question.type) {
    case "single":
    case "multi":
      return {
        ...question,
        ...base,
        options: question.options.map((option) => ({
          ...option,
          label: words.options?.[option.id] ?? missing(`option ${question.id}.${option.id}`, text),
        })),
      };
    case "number":
      return { ...question, ...base, unit: words.unit?.other ?? missing(`unit for ${question.id}`, text) };
    case "scale":
      return {
        ...question,
        ...base,
        minLabel: words.minLabel ?? missing(`minLabel for ${question.id}`, text),
        maxLabel: words.maxLabel ?? missing(`maxLabel for ${question.id}`, text),
      };
  }
}

/** The questionnaire with its text replaced; throws when the text lacks any of it. */
export function localizeQuestionnaire(questionnaire: TQuestionnaire, text: QuestionnaireText): TQuestionnaire {
  if (text.version !== questionnaire.version) {
    throw new Error(`The text is for questionnaire ${text.version}, not ${questionnaire.version}.`);
  }
  const sections = questionnaire.sections.map((section): TSection => {
    const words = text.sections[section.id] ?? missing(`section ${section.id}`, text);
    return { ...section, title: words.title, description: words.description, questions: section.questions.map((q) => localizeQuestion(q, text)) };
  });
  return ZQuestionnaire.parse({ ...questionnaire, sections });
}

const LOCALIZED: Readonly<Record<TranslatedLocale, TQuestionnaire>> = {
  de: localizeQuestionnaire(QUESTIONNAIRE, TRANSLATIONS.de),
  fr: localizeQuestionnaire(QUESTIONNAIRE, TRANSLATIONS.fr),
};

/** The current questionnaire in a language; English is QUESTIONNAIRE itself. */
export function questionnaireIn(locale: Locale): TQuestionnaire {
  return locale === "en" ? QUESTIONNAIRE : LOCALIZED[locale];
}

/**
 * An option's English label, as a server message quotes it ("None of these" cannot be combined…),
 * in the language: the questionnaire's own translation of that option. Undefined when no option has it.
 */
export function quotedOptionLabel(english: string, locale: Locale): string | undefined {
  const questions = QUESTIONNAIRE.sections.flatMap((section) => section.questions);
  const translated = questionnaireIn(locale).sections.flatMap((section) => section.questions);
  for (const question of questions) {
    if (question.type !== "single" && question.type !== "multi") continue;
    const option = question.options.find((candidate) => candidate.label === english);
    const inLocale = translated.find((candidate) => candidate.id === question.id);
    if (option && inLocale && (inLocale.type === "single" || inLocale.type === "multi")) return inLocale.options.find((candidate) => candidate.id === option.id)?.label;
  }
  return undefined;
}
