/**
 * Criteria on size, stage and spread: whether one executive can carry both remits (S2, S3, S4),
 * and S2's own rule that larger companies put a CDO over distinct leaders. Size only argues for a
 * second leader when there is a second remit: a company that sells no technology has none (S1).
 */
import { Q } from "./citations";
import { CDO_ABOVE, NEUTRAL, NO_CDO, ONE_LEADER, SELLS_ANY, TWO_LEADERS, cdoOrNot, interaction, oneOrTwo, reason, single, type Criterion } from "./criteria-model";
import type { Corners, Factor } from "./mapping";

const EMPLOYEES: Factor = {
  kind: "bands",
  questionId: "employees",
  bands: [
    { upTo: 50, level: 0 },
    { upTo: 250, level: 0.25 },
    { upTo: 1000, level: 0.5 },
    { upTo: 5000, level: 0.75 },
    { upTo: Number.POSITIVE_INFINITY, level: 1 },
  ],
};

/** Small to large, with and without technology for sale. */
const SIZE_BY_PRODUCT: Corners = {
  lowLow: oneOrTwo(0.8, 0.2),
  lowHigh: oneOrTwo(0.8, 0.2),
  highLow: oneOrTwo(0.6, 0.4),
  highHigh: oneOrTwo(0.2, 0.8),
};

export const SCALE_CRITERIA: Criterion[] = [
  interaction({
    id: "company_size",
    statement: "Headcount, read with whether the company sells technology: small firms can have one executive cover both remits; larger ones with two remits need a leader for each.",
    dimension: "scale",
    fact: "size",
    share: 0.45,
    factor: EMPLOYEES,
    by: SELLS_ANY,
    corners: SIZE_BY_PRODUCT,
    reasons: {
      lowLow: reason("A company this small, selling no technology, has little for two executives to lead; S2 lets small firms combine the roles.", ...ONE_LEADER),
      lowHigh: reason("A company this small can have one executive cover both its product and its internal technology, as S2 says small firms may.", ...ONE_LEADER),
      highLow: reason("Even at this size, with no technology for sale the CTO's remit (what the company sells, in S1) is missing, so one CIO-led executive fits better than two.", ...ONE_LEADER),
      highHigh: reason("At this size, with technology for sale, both remits are large; S2 and S4 see distinct leaders for each in big companies.", ...TWO_LEADERS),
    },
    citations: [Q.s2SmallFirms, Q.s4BigCompanies, Q.s1CtoSells],
  }),
  interaction({
    id: "revenue_scale",
    statement: "Revenue, a second measure of size, read the same way: big companies with two remits are where distinct technology executives pay off.",
    dimension: "scale",
    fact: "size",
    share: 0.25,
    factor: { kind: "options", questionId: "revenue_band", levels: { under_10m: 0, "10m_100m": 0.25, "100m_1b": 0.5, "1b_10b": 0.75, over_10b: 1 } },
    by: SELLS_ANY,
    corners: SIZE_BY_PRODUCT,
    reasons: {
      lowLow: reason("Revenue this small, with nothing sold in technology, leaves little for two executives to lead.", ...ONE_LEADER),
      lowHigh: reason("Revenue this small points to a firm small enough for one executive to cover both remits (S2).", ...ONE_LEADER),
      highLow: reason("Revenue this large, but none of it from technology: the CTO's remit is missing, so one CIO-led executive fits better than two.", ...ONE_LEADER),
      highHigh: reason("Revenue this large, with technology among what is sold, marks the big company S4 says needs both roles.", ...TWO_LEADERS),
    },
    citations: [Q.s4BigCompanies, Q.s2SmallFirms],
  }),
  interaction({
    id: "larger_company_cdo",
    statement: "S2's own rule for larger companies: distinct technology leaders under a Chief Digital Officer.",
    dimension: "scale",
    fact: "size",
    share: 0.3,
    factor: {
      kind: "bands",
      questionId: "employees",
      bands: [
        { upTo: 1000, level: 0 },
        { upTo: 5000, level: 0.35 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
    },
    by: SELLS_ANY,
    corners: { lowLow: cdoOrNot(0.3, 0.6), lowHigh: cdoOrNot(0.3, 0.6), highLow: NEUTRAL, highHigh: cdoOrNot(0.85, 0.35) },
    reasons: {
      lowLow: reason("S2 keeps the CDO for larger companies; a company of this size has no need of a layer above its technology leadership.", ...NO_CDO),
      lowHigh: reason("S2 keeps the CDO for larger companies; at this size a layer above the technology leaders is not what it advises.", ...NO_CDO),
      highLow: reason("S2's CDO sits above two distinct leaders; with no technology for sale there is no second leader to put beneath one."),
      highHigh: reason("S2 says larger companies typically need distinct leadership under a CDO, and this company is large with technology for sale.", ...CDO_ABOVE),
    },
    citations: [Q.s2LargerCdo],
  }),
  single({
    id: "maturity_stage",
    statement: "Stage: S3 sees startups combine the roles and mature enterprises separate them.",
    dimension: "scale",
    fact: "stage",
    share: 1,
    factor: { kind: "options", questionId: "stage", levels: { startup: 0, scaleup: 0.4, established: 0.7, mature: 1 } },
    poles: { low: oneOrTwo(0.8, 0.2), high: oneOrTwo(0.2, 0.8) },
    reasons: {
      low: reason("A young company is where S3 sees the roles combined under one executive.", ...ONE_LEADER),
      high: reason("An established or mature company is where S3 sees the roles separated.", ...TWO_LEADERS),
    },
    citations: [Q.s3Startups, Q.s3LargeMature],
  }),
  single({
    id: "business_units",
    statement: "Business units with their own P&L: each adds systems and decision rights for technology leadership to coordinate.",
    dimension: "scale",
    fact: "spread",
    share: 0.6,
    factor: {
      kind: "bands",
      questionId: "business_units",
      bands: [
        { upTo: 1, level: 0 },
        { upTo: 3, level: 0.3 },
        { upTo: 10, level: 0.7 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
    },
    poles: { low: oneOrTwo(0.65, 0.35), high: oneOrTwo(0.35, 0.65) },
    reasons: {
      low: reason("Few business units leave little to coordinate, which one executive can do.", ...ONE_LEADER),
      high: reason("Many business units, each working with IT on its own systems (S3), are more than one executive can coordinate alongside products.", ...TWO_LEADERS),
    },
    citations: [Q.s3BusinessUnits],
  }),
  single({
    id: "geographic_reach",
    statement: "Countries of operation: more of them widen the platform products run on and the regulations to meet.",
    dimension: "scale",
    fact: "spread",
    share: 0.4,
    factor: {
      kind: "bands",
      questionId: "countries",
      bands: [
        { upTo: 1, level: 0 },
        { upTo: 5, level: 0.3 },
        { upTo: 20, level: 0.7 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
    },
    poles: { low: oneOrTwo(0.65, 0.35), high: oneOrTwo(0.35, 0.65) },
    reasons: {
      low: reason("Operating in few countries keeps both remits narrow enough for one executive.", ...ONE_LEADER),
      high: reason("Operating in many countries widens both the platform (S3: growth across geographies) and the regulations to meet.", ...TWO_LEADERS),
    },
    citations: [Q.s3Geographies, Q.s3Spectrum],
  }),
];
