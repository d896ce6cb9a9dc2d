/**
 * The shape of the scoring model's text in one language, keyed by the model's ids (never by the
 * English text), so a translation sits beside the English model and is checked against it.
 * Numbers, ids and citations are not text: they stay with the model and are never translated.
 */
import type { FactId } from "../facts";
import type { TriggerWording } from "../triggers";
import type { DimensionId, StructureId } from "../types";

export interface CriterionText {
  statement: string;
  /** A reason's text per side ("low", "high") or per corner ("lowLow" ... "highHigh"). */
  reasons: Record<string, string>;
}

/** RecommendationContent without its citations; list entries in the order of the English lists. */
export interface RecommendationText {
  summary: string;
  ownership: { area: string; owner: string; note: string }[];
  mechanisms: { name: string; description: string }[];
  kpis: { role: string; metrics: string[] }[];
  leadershipProfile: string[];
  revisitTriggers: string[];
}

export interface ModelText {
  /** The MODEL_VERSION whose text this is: a new model version asks for the translation to be reviewed. */
  modelVersion: string;
  /** By criterion id. */
  criteria: Record<string, CriterionText>;
  structures: Record<StructureId, { name: string; description: string }>;
  dimensions: Record<DimensionId, { label: string; description: string }>;
  /** The facts, which are also the weight groups of this model version. Labels sit inside a sentence. */
  facts: Record<FactId, { label: string; why: string }>;
  triggers: TriggerWording["triggers"];
  /** The direction a fired trigger points in, by company size; it fills a trigger's {direction}. */
  triggerDirections: TriggerWording["directions"];
  recommendations: Record<StructureId, RecommendationText>;
  /** By disagreement id (where the sources disagree and how the model reconciles them). */
  disagreements: Record<string, { title: string; sides: string; reconciliation: string }>;
}

/**
 * The text of a frozen earlier model (2026.1), kept so the results it scored read in every
 * language: its criteria carry only a statement, and its weight groups are its dimensions.
 */
export interface FrozenModelText {
  modelVersion: string;
  /** By criterion id. */
  criteria: Record<string, { statement: string }>;
  /** Weight group labels by group id, lower case where the language allows, to sit inside a sentence. */
  groups: Record<string, string>;
}
