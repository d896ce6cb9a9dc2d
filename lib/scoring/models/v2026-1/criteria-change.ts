/**
 * Criteria on cross-cutting change and friction. Most are read against company size,
 * because the sources give the same signal opposite answers in small and large firms:
 * a small firm unifies leadership, a larger one puts a Chief Digital Officer over both.
 */
import { Q } from "../../citations";
import { EMPLOYEE_BANDS, LINEAR_SCALE, interaction, s, single, type Criterion } from "./builders";
import type { Corners, Factor } from "../../mapping";

const CROSS_PLATFORMS: Factor = {
  kind: "optionSum",
  questionId: "cross_platforms",
  perOption: { ai: 0.4, cloud: 0.3, data: 0.3, none: 0 },
};

const TRANSFORMATION: Factor = {
  kind: "options",
  questionId: "digital_transformation",
  levels: { none: 0, planned: 0.3, partial: 0.65, enterprise: 1 },
};

/** Cross-cutting work against size: a small firm keeps one leader, a larger one needs a CDO to join the remits. */
const CROSS_CUTTING_BY_SIZE: Corners = {
  lowLow: s(0.5, 0.6, 0.35),
  lowHigh: s(0.65, 0.3, 0.45),
  highLow: s(0.35, 0.75, 0.5),
  highHigh: s(0.35, 0.05, 1),
};

/** Friction against size: a small firm removes the seam by combining, a larger one adds an arbiter. */
const FRICTION_BY_SIZE: Corners = {
  lowLow: s(0.5, 0.55, 0.45),
  lowHigh: s(0.55, 0.45, 0.5),
  highLow: s(0.35, 0.85, 0.4),
  highHigh: s(0.3, 0.05, 1),
};

export const CHANGE_CRITERIA: Criterion[] = [
  single({
    id: "cross_platforms",
    statement: "Platforms such as AI, cloud or data that serve both operations and products need governance that spans both remits.",
    dimension: "cross_cutting",
    weight: 2,
    factor: CROSS_PLATFORMS,
    poles: { low: s(0.55, 0.6, 0.3), high: s(0.5, 0.35, 1) },
    citations: [Q.s2JointGovernance],
  }),
  interaction({
    id: "shared_platforms_at_scale",
    statement: "In a larger company, shared platforms spanning operations and products are best governed by a digital leader above both remits.",
    dimension: "cross_cutting",
    weight: 2.5,
    factor: CROSS_PLATFORMS,
    by: EMPLOYEE_BANDS,
    corners: CROSS_CUTTING_BY_SIZE,
    citations: [Q.s2JointGovernance, Q.s2LargerCdo],
  }),
  single({
    id: "digital_transformation",
    statement: "A digital transformation reaching across the business needs the two technology remits steered as one programme.",
    dimension: "cross_cutting",
    weight: 2,
    factor: TRANSFORMATION,
    poles: { low: s(0.6, 0.6, 0.25), high: s(0.45, 0.3, 1) },
    citations: [Q.s2Transformation, Q.s3DigitalTransformation],
  }),
  interaction({
    id: "transformation_at_scale",
    statement: "A larger company transforming across internal operations and customer products needs distinct technology leaders under a Chief Digital Officer.",
    dimension: "cross_cutting",
    weight: 3,
    factor: TRANSFORMATION,
    by: EMPLOYEE_BANDS,
    corners: CROSS_CUTTING_BY_SIZE,
    citations: [Q.s2LargerCdo, Q.s3DigitalTransformation],
  }),
  single({
    id: "remits_both_sides",
    statement: "When technology serves customers and employees about equally, both remits are large and neither can be a side job.",
    dimension: "cross_cutting",
    weight: 1,
    factor: { kind: "options", questionId: "tech_focus", levels: { balanced: 1, customers: 0.2, employees: 0.2 } },
    poles: { low: s(0.5, 0.65, 0.45), high: s(0.75, 0.35, 0.75) },
    citations: [Q.s2ServeEmployees, Q.s2ServeCustomers, Q.s4InwardOutward],
  }),
  single({
    id: "ai_both_sides",
    statement: "AI used both inside operations and in products is a hand-off between the remits that benefits from one owner above them.",
    dimension: "cross_cutting",
    weight: 1,
    factor: { kind: "optionSum", questionId: "emerging_tech", perOption: { ai_products: 0.5, ai_operations: 0.5 } },
    poles: { low: s(0.5, 0.55, 0.45), high: s(0.55, 0.35, 0.9) },
    citations: [Q.s2AiHandOff, Q.s2JointGovernance],
  }),
  single({
    id: "incumbent_cdo",
    expressesDimension: false,
    statement: "A Chief Digital Officer already in place, or being hired, is capacity the CDO structure can build on.",
    dimension: "cross_cutting",
    weight: 0.75,
    factor: { kind: "options", questionId: "role_cdo", levels: { none: 0, vacant: 0.8, filled: 1 } },
    poles: { low: s(0.5, 0.5, 0.45), high: s(0.5, 0.4, 0.85) },
    citations: [Q.s2LargerCdo, Q.s3Assessment],
  }),
  interaction({
    id: "velocity_conflict",
    statement: "Persistent clashes between delivery speed and operational stability call for a restructure: one leader in a small firm, an arbiter above both in a larger one.",
    dimension: "misalignment",
    weight: 2,
    factor: { kind: "scale", questionId: "velocity_conflict", levels: LINEAR_SCALE },
    by: EMPLOYEE_BANDS,
    corners: FRICTION_BY_SIZE,
    citations: [Q.s3Misalignment, Q.s3OutpaceOps],
  }),
  interaction({
    id: "budget_disputes",
    statement: "Frequent budget disputes between cost reduction and growth show the two agendas need one decision-maker or an arbiter.",
    dimension: "misalignment",
    weight: 1.5,
    factor: { kind: "options", questionId: "budget_disputes", levels: { never: 0, sometimes: 0.45, often: 1 } },
    by: EMPLOYEE_BANDS,
    corners: FRICTION_BY_SIZE,
    citations: [Q.s1Budget, Q.s1CostVsGrowth],
  }),
  interaction({
    id: "strategic_pivot",
    statement: "A planned strategic pivot calls for unified or reorganised technology leadership, unified in a small firm and reorganised under a digital leader in a larger one.",
    dimension: "misalignment",
    weight: 1.5,
    factor: { kind: "options", questionId: "strategic_pivot", levels: { none: 0, considering: 0.45, planned: 1 } },
    by: EMPLOYEE_BANDS,
    corners: {
      lowLow: s(0.5, 0.55, 0.45),
      lowHigh: s(0.55, 0.45, 0.5),
      highLow: s(0.3, 0.85, 0.45),
      highHigh: s(0.35, 0.15, 0.95),
    },
    citations: [Q.s3Pivot, Q.s3Restructure],
  }),
];
