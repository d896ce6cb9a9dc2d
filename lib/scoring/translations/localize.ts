/**
 * The English model with its text in another language: same ids, numbers and citations, only the
 * words replaced. English returns the model's own objects. Each language is built once, on first
 * use. A text a translation lacks stays in English rather than breaking a page; the translations
 * test fails on any such gap, so none reaches a release.
 */
import type { Locale } from "../../i18n/locales";
import { recommendationContent } from "../content";
import { CRITERIA, type Criterion } from "../criteria";
import { DIMENSIONS, dimensionLabel, type Dimension } from "../dimensions";
import { FACTS, type Fact, type FactId } from "../facts";
import type { ScoringModel } from "../model";
import { CURRENT_MODEL, modelForVersion } from "../models";
import { DISAGREEMENTS, type Disagreement } from "../reconciliation";
import { STRUCTURES, type Structure } from "../structures";
import { restructureTriggers, TRIGGER_DIRECTIONS, TRIGGER_TEXT, type TriggerWording } from "../triggers";
import type { TAnswers } from "../../questionnaire/schema";
import { STRUCTURE_IDS, type DimensionId, type RecommendationContent, type RestructureTrigger, type StructureId } from "../types";
import { DE_MODEL_TEXT } from "./de";
import { FR_MODEL_TEXT } from "./fr";
import type { FrozenModelText, ModelText, RecommendationText } from "./types";
import { DE_MODEL_2026_1_TEXT } from "./v2026-1/de";
import { FR_MODEL_2026_1_TEXT } from "./v2026-1/fr";

type Translated = Exclude<Locale, "en">;

export const MODEL_TRANSLATIONS: Record<Translated, ModelText> = { de: DE_MODEL_TEXT, fr: FR_MODEL_TEXT };

/** The frozen earlier models' text, by model version. */
export const FROZEN_MODEL_TRANSLATIONS: Record<string, Record<Translated, FrozenModelText>> = {
  "2026.1": { de: DE_MODEL_2026_1_TEXT, fr: FR_MODEL_2026_1_TEXT },
};

type LocalizedFact = Fact & { id: FactId };

interface LocalizedModel {
  criteria: readonly Criterion[];
  structures: Record<StructureId, Structure>;
  dimensions: readonly Dimension[];
  facts: readonly LocalizedFact[];
  model: ScoringModel;
  disagreements: readonly Disagreement[];
  recommendations: Record<StructureId, RecommendationContent>;
  triggerWording: TriggerWording;
}

function localizeCriterion(criterion: Criterion, text: ModelText): Criterion {
  const translated = text.criteria[criterion.id];
  if (!translated) return criterion;
  const reasons = Object.fromEntries(
    Object.entries(criterion.reasons).map(([key, reason]) => [key, { ...reason, text: translated.reasons[key] || reason.text }]),
  );
  return { ...criterion, statement: translated.statement || criterion.statement, reasons } as Criterion;
}

/** Pairs the English list with the translated one by position; an entry the translation lacks stays English. */
function zip<E, T>(english: readonly E[], translated: readonly T[], merge: (english: E, translated: T) => E): E[] {
  return english.map((entry, index) => {
    const match = translated[index];
    return match === undefined ? entry : merge(entry, match);
  });
}

function localizeContent(english: RecommendationContent, text: RecommendationText): RecommendationContent {
  return {
    summary: text.summary || english.summary,
    ownership: zip(english.ownership, text.ownership, (_, row) => row),
    mechanisms: zip(english.mechanisms, text.mechanisms, (_, mechanism) => mechanism),
    kpis: zip(english.kpis, text.kpis, (kpi, translated) => ({ role: translated.role, metrics: zip(kpi.metrics, translated.metrics, (_, metric) => metric) })),
    leadershipProfile: zip(english.leadershipProfile, text.leadershipProfile, (_, line) => line),
    revisitTriggers: zip(english.revisitTriggers, text.revisitTriggers, (_, line) => line),
    citations: english.citations,
  };
}

function byStructure<T>(make: (id: StructureId) => T): Record<StructureId, T> {
  return Object.fromEntries(STRUCTURE_IDS.map((id) => [id, make(id)])) as Record<StructureId, T>;
}

const ENGLISH: LocalizedModel = {
  criteria: CRITERIA,
  structures: STRUCTURES,
  dimensions: DIMENSIONS,
  facts: FACTS,
  model: CURRENT_MODEL,
  disagreements: DISAGREEMENTS,
  recommendations: byStructure(recommendationContent),
  triggerWording: { triggers: TRIGGER_TEXT, directions: TRIGGER_DIRECTIONS },
};

function translate(text: ModelText): LocalizedModel {
  const criteria = CRITERIA.map((criterion) => localizeCriterion(criterion, text));
  const facts = FACTS.map((fact) => ({ ...fact, ...text.facts[fact.id] }));
  const factLabels = new Map<string, string>(facts.map((fact) => [fact.id, fact.label]));
  return {
    criteria,
    structures: byStructure((id) => ({ ...STRUCTURES[id], ...text.structures[id] })),
    dimensions: DIMENSIONS.map((dimension) => ({ ...dimension, ...text.dimensions[dimension.id] })),
    facts,
    model: {
      ...CURRENT_MODEL,
      criteria,
      groups: CURRENT_MODEL.groups.map((group) => ({ ...group, label: factLabels.get(group.id) ?? group.label })),
    },
    disagreements: DISAGREEMENTS.map((item) => ({ ...item, ...text.disagreements[item.id] })),
    recommendations: byStructure((id) => localizeContent(ENGLISH.recommendations[id], text.recommendations[id])),
    triggerWording: { triggers: text.triggers, directions: text.triggerDirections },
  };
}

const BUILT = new Map<Locale, LocalizedModel>([["en", ENGLISH]]);

function localized(locale: Locale): LocalizedModel {
  let model = BUILT.get(locale);
  if (!model) {
    model = translate(MODEL_TRANSLATIONS[locale as Translated]);
    BUILT.set(locale, model);
  }
  return model;
}

const BUILT_FROZEN = new Map<string, ScoringModel>();

function translateFrozen(model: ScoringModel, text: FrozenModelText): ScoringModel {
  return {
    ...model,
    criteria: model.criteria.map((criterion) => ({ ...criterion, statement: text.criteria[criterion.id]?.statement || criterion.statement })),
    groups: model.groups.map((group) => ({ ...group, label: text.groups[group.id] || group.label })),
  };
}

/**
 * The model a stored result was scored with, in the locale: the current one, or a frozen earlier
 * one with its own translation. Null for a version the model does not know, as modelForVersion.
 */
export function modelForVersionIn(version: string, locale: Locale): ScoringModel | null {
  const model = modelForVersion(version);
  if (!model || locale === "en") return model;
  if (model === CURRENT_MODEL) return currentModelIn(locale);
  const key = `${version} ${locale}`;
  let built = BUILT_FROZEN.get(key);
  if (!built) {
    const text = FROZEN_MODEL_TRANSLATIONS[version]?.[locale];
    built = text ? translateFrozen(model, text) : model;
    BUILT_FROZEN.set(key, built);
  }
  return built;
}

export function criteriaIn(locale: Locale): readonly Criterion[] {
  return localized(locale).criteria;
}

export function criterionIn(id: string, locale: Locale): Criterion | undefined {
  return localized(locale).criteria.find((criterion) => criterion.id === id);
}

export function structuresIn(locale: Locale): Record<StructureId, Structure> {
  return localized(locale).structures;
}

export function dimensionsIn(locale: Locale): readonly Dimension[] {
  return localized(locale).dimensions;
}

export function dimensionLabelIn(id: DimensionId, locale: Locale): string {
  return localized(locale).dimensions.find((dimension) => dimension.id === id)?.label ?? dimensionLabel(id);
}

/** The facts, which are this model's weight groups, with their labels and reasons in the locale. */
export function factsIn(locale: Locale): readonly LocalizedFact[] {
  return localized(locale).facts;
}

/** The current model (criteria and weight group labels) in the locale, for the robustness analysis's text. */
export function currentModelIn(locale: Locale): ScoringModel {
  return localized(locale).model;
}

export function disagreementsIn(locale: Locale): readonly Disagreement[] {
  return localized(locale).disagreements;
}

export function recommendationContentIn(structure: StructureId, locale: Locale): RecommendationContent {
  return locale === "en" ? recommendationContent(structure) : localized(locale).recommendations[structure];
}

export function restructureTriggersIn(answers: TAnswers, locale: Locale): RestructureTrigger[] {
  return restructureTriggers(answers, localized(locale).triggerWording);
}
