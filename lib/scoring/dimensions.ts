/**
 * The eight dimensions that group the criteria. A dimension's value says how strongly the
 * answers express it (not which structure it favours): the weighted mean of its criteria's
 * levels, where an interaction criterion is expressed by its first factor. Criteria about
 * who is in post today are left out: they are context, not a measure of the dimension.
 */
import { CRITERIA } from "./criteria";
import type { EvaluatedCriterion } from "./engine";
import { DIMENSION_IDS, type DimensionId, type DimensionResult } from "./types";

export interface Dimension {
  id: DimensionId;
  label: string;
  description: string;
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: "scale",
    label: "Scale and maturity",
    description: "Headcount, revenue, stage, business units and countries: how much leadership capacity the technology agenda needs.",
  },
  {
    id: "governance",
    label: "Governance and risk",
    description: "Regulations, supervision, audit load, data sensitivity and incidents: how much the compliance and security remit needs dedicated attention.",
  },
  {
    id: "internal_estate",
    label: "Internal estate",
    description: "Enterprise applications, legacy systems, vendors and the internal IT organisation that a CIO runs.",
  },
  {
    id: "product_intensity",
    label: "Product intensity",
    description: "How much of the business is technology sold to customers, and how large the engineering organisation behind it is.",
  },
  {
    id: "innovation_horizon",
    label: "Innovation horizon",
    description: "How central technology-led innovation is, how far ahead strategy looks, and how much emerging technology is being explored.",
  },
  {
    id: "speed_priority",
    label: "Speed over stability",
    description: "How strongly a young company lets speed win when it conflicts with stability, S3's reason for a startup to put one executive in charge.",
  },
  {
    id: "cross_cutting",
    label: "Cross-cutting change",
    description: "Transformation and shared platforms (AI, cloud, data) that span internal operations and customer products.",
  },
  {
    id: "misalignment",
    label: "Friction and pivots",
    description: "Clashes between delivery speed and stability, budget disputes and planned pivots: the named triggers to restructure.",
  },
];

const LABELS = new Map(DIMENSIONS.map((dimension) => [dimension.id, dimension.label]));

export function dimensionLabel(id: DimensionId): string {
  return LABELS.get(id) ?? id;
}

/** Dimension values (0-100, or null when nothing informed them) and their coverage. */
export function dimensionResults(evaluated: readonly (EvaluatedCriterion | null)[]): DimensionResult[] {
  return DIMENSION_IDS.map((id) => {
    let total = 0;
    let informed = 0;
    let weighted = 0;
    CRITERIA.forEach((criterion, index) => {
      if (criterion.dimension !== id || criterion.expressesDimension === false) return;
      total += criterion.weight;
      const entry = evaluated[index];
      if (!entry) return;
      informed += criterion.weight;
      weighted += criterion.weight * entry.level;
    });
    return {
      id,
      label: dimensionLabel(id),
      value: informed > 0 ? Math.round((1000 * weighted) / informed) / 10 : null,
      coverage: total > 0 ? Math.round((1000 * informed) / total) / 1000 : 0,
    };
  });
}
