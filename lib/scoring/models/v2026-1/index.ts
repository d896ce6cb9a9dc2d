/**
 * Scoring model 2026.1 as it scored results until 2027.1 replaced it. Kept so that results stored
 * under it can still be analysed (robustness on both sides of a re-score) and so the case library
 * can compare the two models. Weight groups are its dimensions: it had no facts.
 */
import type { ScoringModel } from "../../model";
import { DIMENSION_IDS } from "../../types";
import { CHANGE_CRITERIA } from "./criteria-change";
import { REMIT_CRITERIA } from "./criteria-remits";
import { SCALE_CRITERIA } from "./criteria-scale";

const CRITERIA = [...SCALE_CRITERIA, ...REMIT_CRITERIA, ...CHANGE_CRITERIA];

const GROUP_LABELS: Record<(typeof DIMENSION_IDS)[number], string> = {
  scale: "scale and maturity",
  governance: "governance and risk",
  internal_estate: "the internal estate",
  product_intensity: "product intensity",
  innovation_horizon: "the innovation horizon",
  speed_priority: "speed over stability",
  cross_cutting: "cross-cutting change",
  misalignment: "friction and pivots",
};

export const MODEL_2026_1: ScoringModel = {
  version: "2026.1",
  criteria: CRITERIA,
  groups: DIMENSION_IDS.map((id) => ({
    id,
    label: GROUP_LABELS[id],
    weight: CRITERIA.filter((criterion) => criterion.dimension === id).reduce((sum, criterion) => sum + criterion.weight, 0),
  })),
  groupOf: (criterion) => criterion.dimension,
};
