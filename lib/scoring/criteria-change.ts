/**
 * Criteria on speed, cross-cutting change, friction and who is in post. Each is tied to the
 * context its source ties it to: speed to young companies (S3), shared platforms and
 * transformation to larger ones (S2), friction and pivots to size as S2's advice on drift reads.
 */
import { Q } from "./citations";
import {
  CDO_ABOVE,
  NEUTRAL,
  NO_CDO,
  ONE_LEADER,
  SIZE_CONTEXT,
  TWO_LEADERS,
  cdoOrNot,
  interaction,
  oneOrTwo,
  reason,
  s,
  single,
  type Criterion,
} from "./criteria-model";
import type { Corners } from "./mapping";
import type { StructureId } from "./types";

/**
 * Triggers to restructure read by size: one leader in a small firm, distinct leaders under a CDO
 * in a larger one. The two ends add up to the same for every structure, so at mid size, where
 * neither source says which way, a trigger favours nothing.
 */
const TRIGGER_BY_SIZE: Corners = { lowLow: NEUTRAL, lowHigh: NEUTRAL, highLow: s(0.5, 0.85, 0.15), highHigh: s(0.5, 0.15, 0.85) };
const SMALL_FIRM_TIERS: StructureId[][] = [["ctio"], ["separate"], ["cdo"]];
const LARGE_FIRM_TIERS: StructureId[][] = [["cdo"], ["separate"], ["ctio"]];

/**
 * Cross-cutting work read by size: S2 gives joint governance of it to a CDO in larger companies;
 * without it, a CDO has nothing to lead above two peers. One executive gains nothing from size.
 */
const CROSS_CUTTING_BY_SIZE: Corners = { lowLow: NEUTRAL, lowHigh: cdoOrNot(0.15, 0.5), highLow: NEUTRAL, highHigh: cdoOrNot(0.65, 0.3) };

const ROLE_IN_POST = { none: 0, vacant: 0.7, filled: 1 };

export const CHANGE_CRITERIA: Criterion[] = [
  interaction({
    id: "speed_in_young_company",
    statement: "Speed against stability, in a young company: S3 says startups that lean toward speed may combine the roles to decide faster.",
    dimension: "speed_priority",
    fact: "speed",
    share: 1,
    factor: { kind: "scale", questionId: "speed_vs_stability", levels: [0, 0, 0, 0.6, 1] },
    by: { kind: "options", questionId: "stage", levels: { startup: 1, scaleup: 0.7, established: 0, mature: 0 } },
    corners: { lowLow: NEUTRAL, lowHigh: NEUTRAL, highLow: NEUTRAL, highHigh: oneOrTwo(0.9, 0.2) },
    reasons: {
      lowLow: reason("Speed does not usually win over stability here, and S3's rule about speed concerns young companies only."),
      lowHigh: reason("Speed does not usually win over stability here, so S3's reason for a startup to combine the roles, leaning toward speed, does not apply."),
      highLow: reason("Speed usually wins here, but S3 ties combining the roles for speed to startups, not to established firms."),
      highHigh: reason("A young company that lets speed win is S3's case for combining the roles under one executive to streamline decisions.", ...ONE_LEADER),
    },
    citations: [Q.s3Startups],
  }),
  interaction({
    id: "shared_platforms",
    statement: "Platforms such as AI, cloud or data that serve both operations and products: S2 wants them governed jointly, which in a larger company means a CDO.",
    dimension: "cross_cutting",
    fact: "platforms",
    share: 1,
    factor: { kind: "optionSum", questionId: "cross_platforms", perOption: { ai: 0.5, cloud: 0.3, data: 0.3, none: 0 } },
    by: SIZE_CONTEXT,
    corners: CROSS_CUTTING_BY_SIZE,
    reasons: {
      lowLow: reason("In a small firm, platforms shared by operations and products are governed by whoever leads technology; they do not call for a CDO."),
      lowHigh: reason("In a company this large, at most one platform spans operations and products: two peers can govern it jointly, with no call for a CDO above them.", ...NO_CDO),
      highLow: reason("In a small firm, shared platforms are governed by whoever leads technology; S2's CDO is advice for larger companies."),
      highHigh: reason("Several platforms span operations and products in a larger company: S2's joint governance of them is the CDO's job.", ...CDO_ABOVE),
    },
    citations: [Q.s2JointGovernance, Q.s2LargerCdo],
  }),
  interaction({
    id: "transformation",
    statement: "A digital transformation across the business: S3 says it depends on the CTO and CIO working as one, which S2 gives a CDO in larger companies.",
    dimension: "cross_cutting",
    fact: "transformation",
    share: 1,
    factor: { kind: "options", questionId: "digital_transformation", levels: { none: 0, planned: 0.25, partial: 0.65, enterprise: 1 } },
    by: SIZE_CONTEXT,
    corners: CROSS_CUTTING_BY_SIZE,
    reasons: {
      lowLow: reason("In a small firm, whoever leads technology steers any transformation; it does not call for a CDO."),
      lowHigh: reason("No transformation is under way across the business (at most one is planned), so a CDO would have no cross-cutting programme to lead above two peers.", ...NO_CDO),
      highLow: reason("In a small firm a transformation is steered by whoever leads technology; S2's CDO is advice for larger companies."),
      highHigh: reason("A transformation under way across much of a larger company needs both remits steered as one (S3), which S2 gives a CDO above them.", ...CDO_ABOVE),
    },
    citations: [Q.s3DigitalTransformation, Q.s2LargerCdo],
  }),
  interaction({
    id: "velocity_conflict",
    statement: "Persistent clashes between delivery speed and stability, S3's trigger to revisit the structure, read by size as S2's advice on drift reads.",
    dimension: "misalignment",
    fact: "friction",
    share: 0.55,
    factor: { kind: "scale", questionId: "velocity_conflict", levels: [0, 0, 0.25, 0.75, 1] },
    by: SIZE_CONTEXT,
    corners: TRIGGER_BY_SIZE,
    reasons: {
      lowLow: reason("Speed and stability clash only now and then: S3's trigger has barely fired, and in a small firm it would point to one leader.", ...SMALL_FIRM_TIERS),
      lowHigh: reason("Speed and stability clash only now and then: S3's trigger has barely fired, and in a larger firm it would point to a CDO.", ...LARGE_FIRM_TIERS),
      highLow: reason("Delivery and stability clash persistently, S3's trigger to revisit the structure; in a small firm one leader over both removes the seam, as S3's consolidating startups do.", ...SMALL_FIRM_TIERS),
      highHigh: reason("Delivery and stability clash persistently, S3's trigger to revisit the structure; in a larger company S2's answer to drift between the leaders is distinct leadership under a CDO.", ...LARGE_FIRM_TIERS),
    },
    citations: [Q.s3Misalignment, Q.s2Drift],
  }),
  interaction({
    id: "budget_disputes",
    statement: "Budget disputes between cost reduction and growth, the tension S1 describes, read by size like the other triggers.",
    dimension: "misalignment",
    fact: "friction",
    share: 0.45,
    factor: { kind: "options", questionId: "budget_disputes", levels: { never: 0, sometimes: 0.4, often: 1 } },
    by: SIZE_CONTEXT,
    corners: TRIGGER_BY_SIZE,
    reasons: {
      lowLow: reason("Budget disputes are occasional at most; in a small firm they would point to one decision-maker.", ...SMALL_FIRM_TIERS),
      lowHigh: reason("Budget disputes are occasional at most; in a larger company they would point to a CDO.", ...LARGE_FIRM_TIERS),
      highLow: reason("Frequent budget disputes between cost and growth (S1) are drift between two agendas; in a small firm one executive deciding both removes it.", ...SMALL_FIRM_TIERS),
      highHigh: reason("Frequent budget disputes between cost and growth (S1) are drift between the leaders; S2's answer in a larger company is distinct leadership under a CDO.", ...LARGE_FIRM_TIERS),
    },
    citations: [Q.s1Budget, Q.s2Drift],
  }),
  interaction({
    id: "strategic_pivot",
    statement: "A planned strategic pivot, S3's trigger for a unified or reorganised leadership model.",
    dimension: "misalignment",
    fact: "pivot",
    share: 1,
    factor: { kind: "options", questionId: "strategic_pivot", levels: { none: 0, considering: 0.4, planned: 1 } },
    by: SIZE_CONTEXT,
    corners: TRIGGER_BY_SIZE,
    reasons: {
      lowLow: reason("A pivot is at most being considered; in a small firm it would call for unified leadership.", ...SMALL_FIRM_TIERS),
      lowHigh: reason("A pivot is at most being considered; in a larger company it would call for reorganised leadership.", ...LARGE_FIRM_TIERS),
      highLow: reason("A planned pivot calls for a unified leadership model (S3): in a small firm, one executive.", ...SMALL_FIRM_TIERS),
      highHigh: reason("A planned pivot calls for a reorganised leadership model (S3): in a larger company, distinct leaders under a CDO.", ...LARGE_FIRM_TIERS),
    },
    citations: [Q.s3Pivot],
  }),
  single({
    id: "incumbent_cio",
    expressesDimension: false,
    statement: "Whether a CIO is in post: capacity a structure with a distinct CIO can build on.",
    dimension: "internal_estate",
    fact: "incumbents",
    share: 0.25,
    factor: { kind: "options", questionId: "role_cio", levels: ROLE_IN_POST },
    poles: { low: NEUTRAL, high: oneOrTwo(0.35, 0.65) },
    reasons: {
      low: reason("No CIO in post, so no structure gets a head start from one."),
      high: reason("A CIO is already in post (or being hired): capacity S3's assessment of capacity counts, which the structures with a distinct CIO build on.", ...TWO_LEADERS),
    },
    citations: [Q.s3Assessment],
  }),
  single({
    id: "incumbent_cto",
    expressesDimension: false,
    statement: "Whether a CTO is in post: capacity a structure with a distinct CTO can build on.",
    dimension: "product_intensity",
    fact: "incumbents",
    share: 0.25,
    factor: { kind: "options", questionId: "role_cto", levels: ROLE_IN_POST },
    poles: { low: NEUTRAL, high: oneOrTwo(0.4, 0.6) },
    reasons: {
      low: reason("No CTO in post, so no structure gets a head start from one."),
      high: reason("A CTO is already in post (or being hired), capacity the structures with a distinct CTO build on.", ...TWO_LEADERS),
    },
    citations: [Q.s3Assessment],
  }),
  single({
    id: "incumbent_cdo",
    expressesDimension: false,
    statement: "Whether a Chief Digital Officer is in post or being hired: capacity the CDO structure can build on.",
    dimension: "cross_cutting",
    fact: "incumbents",
    share: 0.25,
    factor: { kind: "options", questionId: "role_cdo", levels: ROLE_IN_POST },
    poles: { low: NEUTRAL, high: cdoOrNot(0.75, 0.45) },
    reasons: {
      low: reason("No CDO in post, so no structure gets a head start from one."),
      high: reason("A CDO is in post or being hired, capacity the CDO structure builds on.", ...CDO_ABOVE),
    },
    citations: [Q.s2LargerCdo, Q.s3Assessment],
  }),
  single({
    id: "incumbent_ctio",
    expressesDimension: false,
    statement: "Whether a combined technology and information officer is in post: it makes the combined structure cheaper to keep.",
    dimension: "speed_priority",
    fact: "incumbents",
    share: 0.25,
    factor: { kind: "options", questionId: "role_ctio", levels: ROLE_IN_POST },
    poles: { low: NEUTRAL, high: oneOrTwo(0.7, 0.4) },
    reasons: {
      low: reason("No combined technology executive in post, so no structure gets a head start from one."),
      high: reason("A combined technology executive is already in post: one executive wearing both hats (S3) is the cheaper structure to keep.", ...ONE_LEADER),
    },
    citations: [Q.s3BothHats, Q.s3Assessment],
  }),
];
