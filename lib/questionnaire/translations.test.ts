import { describe, expect, it } from "vitest";
import { sameAsEnglishIn } from "../i18n/glossary";
import type { Locale } from "../i18n/locales";
import { QUESTIONNAIRE } from "./definition";
import { ANSWER_TEXT, answerLabel } from "./labels";
import { localizeQuestionnaire, questionnaireIn } from "./localize";
import { DONT_KNOW, ZQuestionnaire, type TQuestion, type TQuestionnaire } from "./schema";
import { allQuestions } from "./skip";
import { TRANSLATIONS, type TranslatedLocale } from "./translations";
import type { QuestionnaireText, QuestionText } from "./translations/types";

const LANGUAGES = Object.keys(TRANSLATIONS) as TranslatedLocale[];

/** Every human text of the English questionnaire and of answers, by a key that names ids only. */
function englishFields(questionnaire: TQuestionnaire): Map<string, string> {
  const fields = new Map<string, string>();
  for (const section of questionnaire.sections) {
    fields.set(`sections.${section.id}.title`, section.title);
    fields.set(`sections.${section.id}.description`, section.description);
    for (const question of section.questions) {
      const key = `questions.${question.id}`;
      fields.set(`${key}.label`, question.label);
      fields.set(`${key}.help`, question.help);
      if (question.type === "number") {
        fields.set(`${key}.unit`, question.unit);
        fields.set(`${key}.unit.one`, answerLabel(question, 1).replace(/^1 ?/, ""));
      }
      if (question.type === "scale") {
        fields.set(`${key}.minLabel`, question.minLabel);
        fields.set(`${key}.maxLabel`, question.maxLabel);
      }
      if ("options" in question) for (const option of question.options) fields.set(`${key}.options.${option.id}`, option.label);
    }
  }
  for (const [name, words] of Object.entries(ANSWER_TEXT)) fields.set(`answers.${name}`, words);
  return fields;
}

function translatedFields(text: QuestionnaireText): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [id, section] of Object.entries(text.sections)) {
    fields.set(`sections.${id}.title`, section.title);
    fields.set(`sections.${id}.description`, section.description);
  }
  for (const [id, question] of Object.entries(text.questions)) {
    const key = `questions.${id}`;
    fields.set(`${key}.label`, question.label);
    fields.set(`${key}.help`, question.help);
    if (question.unit) {
      fields.set(`${key}.unit`, question.unit.other);
      fields.set(`${key}.unit.one`, question.unit.one);
    }
    if (question.minLabel !== undefined) fields.set(`${key}.minLabel`, question.minLabel);
    if (question.maxLabel !== undefined) fields.set(`${key}.maxLabel`, question.maxLabel);
    for (const [optionId, label] of Object.entries(question.options ?? {})) fields.set(`${key}.options.${optionId}`, label);
  }
  for (const [name, words] of Object.entries(text.answers)) fields.set(`answers.${name}`, words);
  return fields;
}


const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

interface Problems {
  missing: string[];
  sameAsEnglish: string[];
  unknown: string[];
  placeholders: string[];
}

function problems(text: QuestionnaireText, locale: Locale): Problems {
  const english = englishFields(QUESTIONNAIRE);
  const translated = translatedFields(text);
  const allowed = new Set(sameAsEnglishIn(locale));
  const found: Problems = { missing: [], sameAsEnglish: [], unknown: [], placeholders: [] };
  for (const [key, source] of english) {
    const words = translated.get(key);
    if (!words?.trim()) found.missing.push(key);
    else if (words === source && !allowed.has(words)) found.sameAsEnglish.push(`${key}: ${words}`);
    else if (placeholders(words).join() !== placeholders(source).join()) found.placeholders.push(`${key}: ${words}`);
  }
  for (const key of translated.keys()) if (!english.has(key)) found.unknown.push(key);
  return found;
}

const NO_PROBLEMS: Problems = { missing: [], sameAsEnglish: [], unknown: [], placeholders: [] };

const TEXT_FIELDS = new Set(["label", "help", "unit", "minLabel", "maxLabel", "title", "description"]);
/** The questionnaire with every text field removed: what a translation may not change. */
const structure = (questionnaire: TQuestionnaire): unknown =>
  JSON.parse(JSON.stringify(questionnaire, (key, value: unknown) => (TEXT_FIELDS.has(key) ? undefined : value)));

const copy = (locale: TranslatedLocale): { -readonly [K in keyof QuestionnaireText]: QuestionnaireText[K] } =>
  structuredClone(TRANSLATIONS[locale]);

function question(questionnaire: TQuestionnaire, id: string): TQuestion {
  const found = allQuestions(questionnaire).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

describe.each(LANGUAGES)("the questionnaire in %s", (locale) => {
  it("translates every text of the English questionnaire, each in its own words, naming only ids it has, with the same placeholders", () => {
    expect(problems(TRANSLATIONS[locale], locale)).toEqual(NO_PROBLEMS);
  });

  it("is written for the current questionnaire version", () => {
    expect(TRANSLATIONS[locale].version).toBe(QUESTIONNAIRE.version);
  });

  it("keeps the English structure exactly: same ids, order, types, bounds, skip rules and sources", () => {
    const localized = questionnaireIn(locale);
    expect(ZQuestionnaire.safeParse(localized).success).toBe(true);
    expect(structure(localized)).toEqual(structure(QUESTIONNAIRE));
    expect(localized.sections[0]!.title).toBe(TRANSLATIONS[locale].sections.profile!.title);
    expect(question(localized, "frameworks")).not.toEqual(question(QUESTIONNAIRE, "frameworks"));
  });

  it("is built once", () => {
    expect(questionnaireIn(locale)).toBe(questionnaireIn(locale));
  });
});

describe("the translation checks themselves", () => {
  it("report a missing section, question, option, unit or an empty text", () => {
    const text = copy("de");
    const { profile: _profile, ...sections } = text.sections;
    const { employees: _employees, ...rest } = text.questions;
    const questions: Record<string, QuestionText> = rest;
    questions.stage = { ...questions.stage!, options: { startup: "Startup" } };
    questions.countries = { ...questions.countries!, unit: undefined };
    questions.industry = { ...questions.industry!, help: "  " };
    text.sections = sections;
    text.questions = questions;
    expect(problems(text, "de").missing).toEqual([
      "sections.profile.title",
      "sections.profile.description",
      "questions.employees.label",
      "questions.employees.help",
      "questions.employees.unit",
      "questions.employees.unit.one",
      "questions.stage.options.scaleup",
      "questions.stage.options.established",
      "questions.stage.options.mature",
      "questions.countries.unit",
      "questions.countries.unit.one",
      "questions.industry.help",
    ]);
  });

  it("report a text left in English unless the glossary keeps it so in that language", () => {
    const text = copy("de");
    text.questions = { ...text.questions, stage: { ...text.questions.stage!, label: "Which stage best describes the company?" } };
    expect(problems(text, "de").sameAsEnglish).toEqual(["questions.stage.label: Which stage best describes the company?"]);
    // The glossary keeps the long title in German, not in French.
    expect(problems(copy("de"), "de").sameAsEnglish).toEqual([]);
    const french = copy("fr");
    french.questions = { ...french.questions, role_cio: { ...french.questions.role_cio!, label: "Chief Information Officer (CIO)" } };
    expect(problems(french, "fr").sameAsEnglish).toEqual(["questions.role_cio.label: Chief Information Officer (CIO)"]);
  });

  it("report an id or a field the questionnaire does not have", () => {
    const text = copy("fr");
    text.sections = { ...text.sections, budget: { title: "Budget", description: "Une section qui n'existe pas." } };
    text.questions = {
      ...text.questions,
      headcount: { label: "Effectif", help: "Une question qui n'existe pas dans le questionnaire." },
      stage: { ...text.questions.stage!, options: { ...text.questions.stage!.options, unicorn: "Licorne" } },
      industry: { ...text.questions.industry!, unit: { other: "secteurs", one: "secteur" } },
    };
    expect(problems(text, "fr").unknown).toEqual([
      "sections.budget.title",
      "sections.budget.description",
      "questions.stage.options.unicorn",
      "questions.industry.unit",
      "questions.industry.unit.one",
      "questions.headcount.label",
      "questions.headcount.help",
    ]);
  });

  it("report placeholders that differ from the English", () => {
    const text = copy("fr");
    text.answers = { ...text.answers, scale: "{valeur} sur 5 (1 = {minLabel}, 5 = {maxLabel})" };
    expect(problems(text, "fr").placeholders).toEqual(["answers.scale: {valeur} sur 5 (1 = {minLabel}, 5 = {maxLabel})"]);
    text.answers = { ...text.answers, scale: "{value} sur 5" };
    expect(problems(text, "fr").placeholders).toHaveLength(1);
  });

  it("tell a changed structure from a translated one", () => {
    const changed = structuredClone(questionnaireIn("de"));
    const employees = changed.sections[0]!.questions[0]!;
    if (employees.type !== "number") throw new Error("employees should be a number question");
    employees.max = 10;
    expect(structure(changed)).not.toEqual(structure(QUESTIONNAIRE));
  });

  it("refuse to build a questionnaire from a text that lacks a question, is for another version or breaks the schema", () => {
    const text = copy("de");
    const { employees: _employees, ...questions } = text.questions;
    expect(() => localizeQuestionnaire(QUESTIONNAIRE, { ...text, questions })).toThrow("has no question employees");
    expect(() => localizeQuestionnaire(QUESTIONNAIRE, { ...copy("de"), version: "2026.1" })).toThrow("not 2027.1");
    const long = copy("de");
    long.questions = { ...long.questions, stage: { ...long.questions.stage!, label: "Phase ".repeat(40) } };
    expect(() => localizeQuestionnaire(QUESTIONNAIRE, long)).toThrow();
  });
});

describe("answers read in the reader's language", () => {
  const NBSP = "\u00a0";
  const NARROW_NBSP = "\u202f";

  it("writes numbers with units through the language's number format and plural rules", () => {
    const employees = question(QUESTIONNAIRE, "employees");
    expect(answerLabel(employees, 1200, "de")).toBe("1.200 Mitarbeitende");
    expect(answerLabel(employees, 1, "de")).toBe("1 Mitarbeitender");
    expect(answerLabel(employees, 1200, "fr")).toBe(`1${NARROW_NBSP}200 salariés`);
    expect(answerLabel(employees, 1, "fr")).toBe("1 salarié");
    // French counts 0 as singular.
    expect(answerLabel(question(QUESTIONNAIRE, "product_engineers"), 0, "fr")).toBe("0 ingénieur");
    expect(answerLabel(question(QUESTIONNAIRE, "countries"), 1, "de")).toBe("1 Land");
    expect(answerLabel(question(QUESTIONNAIRE, "tech_revenue_share"), 40, "de")).toBe(`40${NBSP}% des Umsatzes`);
    expect(answerLabel(question(QUESTIONNAIRE, "tech_revenue_share"), 40, "fr")).toBe(`40${NBSP}% du chiffre d'affaires`);
  });

  it("lists several options as the language lists them", () => {
    const frameworks = question(QUESTIONNAIRE, "frameworks");
    expect(answerLabel(frameworks, ["gdpr", "sox"], "de")).toBe("DSGVO oder vergleichbares Datenschutzrecht und SOX");
    expect(answerLabel(frameworks, ["gdpr", "sox", "nis2"], "de")).toBe("DSGVO oder vergleichbares Datenschutzrecht, SOX und NIS2 (wesentliche und wichtige Einrichtungen)");
    expect(answerLabel(frameworks, ["hipaa", "sox"], "fr")).toBe("HIPAA et SOX");
    expect(answerLabel(frameworks, ["gdpr", "sox", "dora"], "fr")).toBe(
      "RGPD ou loi comparable sur la protection des données, SOX et DORA (services financiers de l'UE)",
    );
  });

  it("says Don't know, Not answered and a scale answer in the language", () => {
    const revenue = question(QUESTIONNAIRE, "revenue_band");
    expect(answerLabel(revenue, DONT_KNOW, "de")).toBe("Weiß nicht");
    expect(answerLabel(revenue, DONT_KNOW, "fr")).toBe("Je ne sais pas");
    expect(answerLabel(revenue, undefined, "de")).toBe("Nicht beantwortet");
    expect(answerLabel(revenue, null, "fr")).toBe("Sans réponse");
    expect(answerLabel(question(QUESTIONNAIRE, "audit_burden"), 4, "de")).toBe("4 von 5 (1 = Gering, 5 = Sehr hoch)");
    expect(answerLabel(question(QUESTIONNAIRE, "audit_burden"), 4, "fr")).toBe("4 sur 5 (1 = Légère, 5 = Très lourde)");
  });

  it("labels every option of every question in each language, so any stored answer reads (2026.1's too: 2027.1 only added options)", () => {
    for (const locale of LANGUAGES) {
      for (const q of allQuestions(QUESTIONNAIRE)) {
        if (!("options" in q)) continue;
        for (const option of q.options) expect(answerLabel(q, q.type === "multi" ? [option.id] : option.id, locale)).toBe(TRANSLATIONS[locale].questions[q.id]!.options![option.id]);
      }
    }
  });

  it("reads the same from the English or the localized question, since answers are ids", () => {
    for (const locale of LANGUAGES) {
      for (const id of ["employees", "frameworks", "audit_burden", "stage"]) {
        const value = { employees: 3, frameworks: ["nis2", "other"], audit_burden: 2, stage: "scaleup" }[id]!;
        expect(answerLabel(question(questionnaireIn(locale), id), value, locale)).toBe(answerLabel(question(QUESTIONNAIRE, id), value, locale));
      }
    }
  });

  it("leaves English as it was", () => {
    expect(answerLabel(question(QUESTIONNAIRE, "employees"), 1200)).toBe("1,200 employees");
    expect(answerLabel(question(QUESTIONNAIRE, "frameworks"), ["gdpr", "sox", "dora"], "en")).toBe("GDPR or similar privacy law, SOX, DORA (EU financial services)");
    expect(answerLabel(question(QUESTIONNAIRE, "tech_revenue_share"), 40)).toBe("40% of revenue");
    expect(questionnaireIn("en")).toBe(QUESTIONNAIRE);
  });
});
