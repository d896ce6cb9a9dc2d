/**
 * The English model's text in the shape of a translation, read from the model itself (which stays
 * the source of truth): what every translation must cover, field for field. Test support: the
 * translations test holds de and fr to it.
 */
import { recommendationContent } from "../../content";
import { CRITERIA } from "../../criteria";
import { DIMENSIONS } from "../../dimensions";
import { MODEL_VERSION } from "../../engine";
import type { ScoringModel } from "../../model";
import { FACTS } from "../../facts";
import { DISAGREEMENTS } from "../../reconciliation";
import { STRUCTURES } from "../../structures";
import { TRIGGER_DIRECTIONS, TRIGGER_TEXT } from "../../triggers";
import { STRUCTURE_IDS, type StructureId } from "../../types";
import type { FrozenModelText, ModelText, RecommendationText } from "../types";

function byId<T extends { id: string }, R>(items: readonly T[], text: (item: T) => R): Record<string, R> {
  return Object.fromEntries(items.map((item) => [item.id, text(item)]));
}

function recommendationText(structure: StructureId): RecommendationText {
  const content = recommendationContent(structure);
  return {
    summary: content.summary,
    ownership: content.ownership.map(({ area, owner, note }) => ({ area, owner, note })),
    mechanisms: content.mechanisms.map(({ name, description }) => ({ name, description })),
    kpis: content.kpis.map(({ role, metrics }) => ({ role, metrics: [...metrics] })),
    leadershipProfile: [...content.leadershipProfile],
    revisitTriggers: [...content.revisitTriggers],
  };
}

export const ENGLISH_MODEL_TEXT: ModelText = {
  modelVersion: MODEL_VERSION,
  criteria: byId(CRITERIA, (criterion) => ({
    statement: criterion.statement,
    reasons: Object.fromEntries(Object.entries(criterion.reasons).map(([key, reason]) => [key, reason.text])),
  })),
  structures: byId(Object.values(STRUCTURES), ({ name, description }) => ({ name, description })) as ModelText["structures"],
  dimensions: byId(DIMENSIONS, ({ label, description }) => ({ label, description })) as ModelText["dimensions"],
  facts: byId(FACTS, ({ label, why }) => ({ label, why })) as ModelText["facts"],
  triggers: TRIGGER_TEXT,
  triggerDirections: TRIGGER_DIRECTIONS,
  recommendations: Object.fromEntries(STRUCTURE_IDS.map((id) => [id, recommendationText(id)])) as ModelText["recommendations"],
  disagreements: byId(DISAGREEMENTS, ({ title, sides, reconciliation }) => ({ title, sides, reconciliation })),
};

/** A frozen earlier model's text, in the shape of its translation. */
export function frozenModelText(model: ScoringModel): FrozenModelText {
  return {
    modelVersion: model.version,
    criteria: byId(model.criteria, ({ statement }) => ({ statement })),
    groups: Object.fromEntries(model.groups.map((group) => [group.id, group.label])),
  };
}
