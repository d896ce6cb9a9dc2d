import { describe, expect, it } from "vitest";
import { sameAsEnglishIn } from "../../i18n/glossary";
import type { Locale } from "../../i18n/locales";
import { recommendationContent } from "../content";
import { CRITERIA } from "../criteria";
import { DIMENSIONS } from "../dimensions";
import { MODEL_VERSION } from "../engine";
import { FACTS } from "../facts";
import { CURRENT_MODEL, modelForVersion } from "../models";
import { DISAGREEMENTS } from "../reconciliation";
import { STRUCTURES } from "../structures";
import { restructureTriggers } from "../triggers";
import { STRUCTURE_IDS } from "../types";
import type { TAnswers } from "../../questionnaire/schema";
import { ENGLISH_MODEL_TEXT, frozenModelText } from "./testing/english-text";
import {
  FROZEN_MODEL_TRANSLATIONS,
  MODEL_TRANSLATIONS,
  criteriaIn,
  currentModelIn,
  dimensionLabelIn,
  dimensionsIn,
  disagreementsIn,
  factsIn,
  modelForVersionIn,
  recommendationContentIn,
  restructureTriggersIn,
  structuresIn,
} from "./localize";
import type { FrozenModelText, ModelText } from "./types";

type Translated = Exclude<Locale, "en">;
const TRANSLATED = Object.keys(MODEL_TRANSLATIONS) as Translated[];

/** Every text of a ModelText by its path ("criteria.company_size.reasons.lowLow"), the version left out. */
function texts(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (childPath !== "modelVersion") texts(child, childPath, out);
    }
  } else {
    out.set(path, value);
  }
  return out;
}

/** A translation may equal the English only for the shared terms, or where the glossary renders a term as in English. */
function allowedSame(locale: Translated): Set<string> {
  return new Set(sameAsEnglishIn(locale));
}

const sorted = (items: Iterable<string>) => [...items].sort();
const placeholders = (text: string) => sorted(text.match(/\{[^{}]+\}/g) ?? []);
/** The sources a text names: a translation must cite the same ones. */
const sourceIds = (text: string) => sorted(new Set(text.match(/\bS[1-4]\b/g) ?? []));

type Versioned = { modelVersion: string };

function translationProblems(english: Versioned, translated: Versioned, locale: Translated): string[] {
  const problems: string[] = [];
  if (translated.modelVersion !== english.modelVersion) {
    problems.push(`version: translates model ${translated.modelVersion}, the model is ${english.modelVersion}: review the translation`);
  }
  const englishTexts = texts(english);
  const translatedTexts = texts(translated);
  const allowed = allowedSame(locale);
  for (const [path, source] of englishTexts) {
    const text = translatedTexts.get(path);
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(`missing: ${path}`);
      continue;
    }
    if (text === source && !allowed.has(text)) problems.push(`same as English: ${path}`);
    if (placeholders(text).join() !== placeholders(String(source)).join()) problems.push(`placeholders differ: ${path}`);
    if (sourceIds(text).join() !== sourceIds(String(source)).join()) problems.push(`sources named differ: ${path}`);
  }
  for (const path of translatedTexts.keys()) {
    if (!englishTexts.has(path)) problems.push(`unknown: ${path}`);
  }
  return problems;
}

describe("the model's translations", () => {
  it("cover a fair number of texts (the walk finds them)", () => {
    expect(texts(ENGLISH_MODEL_TEXT).size).toBeGreaterThan(300);
  });

  for (const locale of TRANSLATED) {
    it(`${locale}: every text translated, none left in English, no unknown id, same placeholders and sources, this model version`, () => {
      expect(translationProblems(ENGLISH_MODEL_TEXT, MODEL_TRANSLATIONS[locale], locale)).toEqual([]);
    });
  }

  for (const [version, byLocale] of Object.entries(FROZEN_MODEL_TRANSLATIONS)) {
    for (const locale of TRANSLATED) {
      it(`${locale}: frozen model ${version} fully translated, for that version`, () => {
        const model = modelForVersion(version);
        expect(model?.version).toBe(version);
        expect(translationProblems(frozenModelText(model!), byLocale[locale], locale)).toEqual([]);
      });
    }
  }

  it("French says DSI for the CIO, as the glossary does; a bare CIO is a slip", () => {
    const bare = [...texts(MODEL_TRANSLATIONS.fr), ...Object.values(FROZEN_MODEL_TRANSLATIONS).flatMap((byLocale) => [...texts(byLocale.fr)])].filter(([, text]) => /(?<!\()\bCIO\b/.test(String(text))).map(([path]) => path);
    expect(bare).toEqual([]);
  });
});

describe("the translation check fails on a broken copy", () => {
  function broken(change: (copy: ModelText) => void, locale: Translated = "de"): string[] {
    const copy = structuredClone(MODEL_TRANSLATIONS[locale]);
    change(copy);
    return translationProblems(ENGLISH_MODEL_TEXT, copy, locale);
  }

  it("when a text is missing or empty", () => {
    expect(broken((copy) => delete copy.criteria.company_size?.reasons.highHigh)).toEqual(["missing: criteria.company_size.reasons.highHigh"]);
    expect(broken((copy) => (copy.structures.ctio.description = " "))).toEqual(["missing: structures.ctio.description"]);
    expect(broken((copy) => copy.recommendations.cdo.revisitTriggers.pop())).toEqual(["missing: recommendations.cdo.revisitTriggers.2"]);
  });

  it("when a text is the English one, unless the glossary keeps the term", () => {
    expect(broken((copy) => (copy.dimensions.scale.label = "Scale and maturity"))).toEqual(["same as English: dimensions.scale.label"]);
    expect(broken((copy) => (copy.recommendations.separate.kpis[0]!.role = "CIO"), "fr")).toEqual(["same as English: recommendations.separate.kpis.0.role"]);
    expect(broken((copy) => (copy.recommendations.separate.kpis[0]!.role = "CIO"), "de")).toEqual([]);
  });

  it("when an id is unknown to the model", () => {
    expect(broken((copy) => (copy.criteria.not_a_criterion = { statement: "x", reasons: {} }))).toEqual(["unknown: criteria.not_a_criterion.statement"]);
    expect(broken((copy) => (copy.disagreements.gone = { title: "a", sides: "b", reconciliation: "c" }))).toEqual([
      "unknown: disagreements.gone.title",
      "unknown: disagreements.gone.sides",
      "unknown: disagreements.gone.reconciliation",
    ]);
  });

  it("when placeholders or the sources named differ", () => {
    expect(broken((copy) => (copy.triggers.strategic_pivot.explanations.fired = "Eine Neuausrichtung ist geplant. {richtung}"))).toEqual([
      "placeholders differ: triggers.strategic_pivot.explanations.fired",
    ]);
    expect(broken((copy) => (copy.criteria.maturity_stage!.statement = "Die Entwicklungsphase: S2 sieht Start-ups die Rollen zusammenlegen."))).toEqual([
      "sources named differ: criteria.maturity_stage.statement",
    ]);
  });

  it("when it translates another model version", () => {
    expect(broken((copy) => (copy.modelVersion = "2026.1"))).toEqual([`version: translates model 2026.1, the model is ${MODEL_VERSION}: review the translation`]);
  });

  it("in a frozen model's text too", () => {
    const frozen = modelForVersion("2026.1")!;
    const copy: FrozenModelText = structuredClone(FROZEN_MODEL_TRANSLATIONS["2026.1"]!.de);
    delete copy.criteria.company_size;
    copy.groups.scale = frozen.groups.find((group) => group.id === "scale")!.label;
    copy.modelVersion = MODEL_VERSION;
    expect(translationProblems(frozenModelText(frozen), copy, "de")).toEqual([
      `version: translates model ${MODEL_VERSION}, the model is 2026.1: review the translation`,
      "missing: criteria.company_size.statement",
      "same as English: groups.scale",
    ]);
  });
});

/** The text fields of the model's objects; what remains (ids, numbers, factors, tiers, citations) must not change. */
const TEXT_KEYS = new Set(["statement", "text", "name", "description", "label", "why", "title", "sides", "reconciliation", "summary", "area", "owner", "note", "role", "metrics", "leadershipProfile", "revisitTriggers", "explanation"]);

function withoutText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutText);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_KEYS.has(key)).map(([key, child]) => [key, withoutText(child)]));
  }
  return value;
}

const ANSWER_SETS: TAnswers[] = [
  {},
  { velocity_conflict: 5, employees: 120 },
  { budget_disputes: "often", employees: 600 },
  { velocity_conflict: 4, strategic_pivot: "planned", employees: 8000 },
  { strategic_pivot: "planned" },
  { strategic_pivot: "considering", security_incidents: "none", velocity_conflict: 2 },
  { security_incidents: "several_major", strategic_pivot: "none", budget_disputes: "never" },
];

describe("the model in another language", () => {
  it("English is the model's own objects", () => {
    expect(criteriaIn("en")).toBe(CRITERIA);
    expect(structuresIn("en")).toBe(STRUCTURES);
    expect(dimensionsIn("en")).toBe(DIMENSIONS);
    expect(factsIn("en")).toBe(FACTS);
    expect(currentModelIn("en")).toBe(CURRENT_MODEL);
    expect(disagreementsIn("en")).toBe(DISAGREEMENTS);
    for (const id of STRUCTURE_IDS) expect(recommendationContentIn(id, "en")).toEqual(recommendationContent(id));
    for (const answers of ANSWER_SETS) expect(restructureTriggersIn(answers, "en")).toEqual(restructureTriggers(answers));
    expect(modelForVersionIn("2026.1", "en")).toBe(modelForVersion("2026.1"));
    expect(modelForVersionIn("1999.1", "de")).toBeNull();
  });

  it("the comparison without text notices a changed number", () => {
    const [first] = CRITERIA;
    expect(withoutText([{ ...first!, weight: first!.weight + 1 }])).not.toEqual(withoutText(CRITERIA.slice(0, 1)));
    expect(withoutText([{ ...first!, statement: "anything" }])).toEqual(withoutText(CRITERIA.slice(0, 1)));
  });

  for (const locale of TRANSLATED) {
    const text = MODEL_TRANSLATIONS[locale];

    it(`${locale}: equals the English model once its text is removed`, () => {
      expect(withoutText(criteriaIn(locale))).toEqual(withoutText(CRITERIA));
      expect(withoutText(structuresIn(locale))).toEqual(withoutText(STRUCTURES));
      expect(withoutText(dimensionsIn(locale))).toEqual(withoutText(DIMENSIONS));
      expect(withoutText(factsIn(locale))).toEqual(withoutText(FACTS));
      expect(withoutText(disagreementsIn(locale))).toEqual(withoutText(DISAGREEMENTS));
      const model = currentModelIn(locale);
      expect(withoutText({ ...model, criteria: model.criteria })).toEqual(withoutText(CURRENT_MODEL));
      expect(model.criteria.map((criterion) => model.groupOf(criterion))).toEqual(CURRENT_MODEL.criteria.map((criterion) => CURRENT_MODEL.groupOf(criterion)));
      for (const id of STRUCTURE_IDS) expect(withoutText(recommendationContentIn(id, locale))).toEqual(withoutText(recommendationContent(id)));
      for (const answers of ANSWER_SETS) expect(withoutText(restructureTriggersIn(answers, locale))).toEqual(withoutText(restructureTriggers(answers)));
    });

    it(`${locale}: carries the translation's words, built once`, () => {
      expect(criteriaIn(locale)).toBe(criteriaIn(locale));
      for (const criterion of criteriaIn(locale)) {
        expect(criterion.statement).toBe(text.criteria[criterion.id]?.statement);
        for (const [key, reason] of Object.entries(criterion.reasons)) expect(reason.text).toBe(text.criteria[criterion.id]?.reasons[key]);
      }
      for (const id of STRUCTURE_IDS) {
        expect(structuresIn(locale)[id]).toMatchObject(text.structures[id]);
        const { citations, ...content } = recommendationContentIn(id, locale);
        expect(citations).toEqual(recommendationContent(id).citations);
        expect(content).toEqual(text.recommendations[id]);
      }
      for (const dimension of dimensionsIn(locale)) {
        expect(dimension).toMatchObject(text.dimensions[dimension.id]);
        expect(dimensionLabelIn(dimension.id, locale)).toBe(text.dimensions[dimension.id].label);
      }
      for (const fact of factsIn(locale)) expect(fact).toMatchObject(text.facts[fact.id]);
      expect(currentModelIn(locale).groups.map((group) => group.label)).toEqual(FACTS.map((fact) => text.facts[fact.id].label));
      for (const item of disagreementsIn(locale)) expect(item).toMatchObject(text.disagreements[item.id]!);
    });

    it(`${locale}: the model a stored result was scored with, current or frozen, in the locale`, () => {
      expect(modelForVersionIn(MODEL_VERSION, locale)).toBe(currentModelIn(locale));
      for (const [version, byLocale] of Object.entries(FROZEN_MODEL_TRANSLATIONS)) {
        const english = modelForVersion(version)!;
        const localized = modelForVersionIn(version, locale)!;
        expect(modelForVersionIn(version, locale)).toBe(localized);
        expect(withoutText(localized)).toEqual(withoutText(english));
        expect(localized.criteria.map((criterion) => criterion.statement)).toEqual(english.criteria.map((criterion) => byLocale[locale].criteria[criterion.id]?.statement));
        expect(localized.groups.map((group) => group.label)).toEqual(english.groups.map((group) => byLocale[locale].groups[group.id]));
      }
    });

    it(`${locale}: a fired trigger's explanation names the direction for the company's size`, () => {
      const [small, mid, large] = [120, 600, 8000].map((employees) => restructureTriggersIn({ strategic_pivot: "planned", employees }, locale)[2]!.explanation);
      expect(small).toBe(text.triggers.strategic_pivot.explanations.fired.replace("{direction}", text.triggerDirections.smallFirm));
      expect(mid).toContain(text.triggerDirections.midSize);
      expect(large).toContain(text.triggerDirections.largerCompany);
      expect(restructureTriggersIn({}, locale).map((trigger) => trigger.label)).toEqual([
        text.triggers.persistent_misalignment.label,
        text.triggers.frequent_incidents.label,
        text.triggers.strategic_pivot.label,
      ]);
    });
  }
});
