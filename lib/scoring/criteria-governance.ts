/**
 * Criteria on regulation, governance and incidents. Regulation is one fact, however many
 * questions describe it. It reads two ways: compliance needs dedicated attention beside the
 * product remit (S3), which only matters where there is a product remit; and S3's rule that large
 * enterprises with complex governance separate the roles into peers.
 */
import { Q } from "./citations";
import { NEUTRAL, ONE_LEADER, SELLS_ANY, TWO_LEADERS, interaction, oneOrTwo, reason, s, single, type Criterion } from "./criteria-model";
import type { Corners, Factor } from "./mapping";
import type { StructureId } from "./types";

/** Obligations add up; one heavy one (a prudential regime) counts for more than a certification. */
const FRAMEWORK_LOAD = {
  gdpr: 0.2,
  hipaa: 0.35,
  sox: 0.3,
  pci_dss: 0.25,
  soc2: 0.15,
  iso27001: 0.15,
  solvency_ii: 0.35,
  dora: 0.35,
  nydfs: 0.3,
  nis2: 0.3,
  other: 0.2,
  none: 0,
};

const LARGE: Factor = {
  kind: "bands",
  questionId: "employees",
  bands: [
    { upTo: 1000, level: 0 },
    { upTo: Number.POSITIVE_INFINITY, level: 1 },
  ],
};

/** Light audit loads barely count; S3's rule is about complex governance. */
const AUDIT_LOAD: Factor = { kind: "scale", questionId: "audit_burden", levels: [0, 0.1, 0.3, 0.75, 1] };

/** Compliance load beside a product remit: S3's reason to separate, dedicated attention to both. Without products, neutral. */
const BESIDE_PRODUCTS: Corners = { lowLow: NEUTRAL, highLow: NEUTRAL, lowHigh: oneOrTwo(0.65, 0.35), highHigh: oneOrTwo(0.35, 0.65) };

/** S3's order for large, governed firms: separate peers first, one executive next, a CDO layer last. */
const S3_PEERS: StructureId[][] = [["separate"], ["ctio"], ["cdo"]];

const NO_PRODUCT_TEXT = "With no technology for sale there is no product remit competing for a leader's attention, so one CIO-led executive can give compliance its due.";

export const GOVERNANCE_CRITERIA: Criterion[] = [
  interaction({
    id: "regulatory_frameworks",
    statement: "The regulations and standards to meet, beside a product remit: S3 wants compliance and innovation to each get dedicated attention.",
    dimension: "governance",
    fact: "regulation",
    share: 0.15,
    factor: { kind: "optionSum", questionId: "frameworks", perOption: FRAMEWORK_LOAD },
    by: SELLS_ANY,
    corners: BESIDE_PRODUCTS,
    reasons: {
      lowLow: reason(NO_PRODUCT_TEXT),
      highLow: reason(NO_PRODUCT_TEXT),
      lowHigh: reason("Few obligations to meet: compliance can be one part of the job of an executive who also leads the products.", ...ONE_LEADER),
      highHigh: reason("Many obligations (S2 puts rules such as GDPR and HIPAA in the CIO's remit) beside a product remit: S3 wants compliance and innovation each to get dedicated attention.", ...TWO_LEADERS),
    },
    citations: [Q.s2RiskRow, Q.s3DedicatedAttention],
  }),
  interaction({
    id: "data_sensitivity",
    statement: "How sensitive the data held is, beside a product remit: governing it is CIO work that competes with products for one leader's time.",
    dimension: "governance",
    fact: "regulation",
    share: 0.1,
    factor: { kind: "options", questionId: "data_sensitivity", levels: { low: 0, moderate: 0.35, high: 0.7, very_high: 1 } },
    by: SELLS_ANY,
    corners: BESIDE_PRODUCTS,
    reasons: {
      lowLow: reason(NO_PRODUCT_TEXT),
      highLow: reason(NO_PRODUCT_TEXT),
      lowHigh: reason("Data of low or moderate sensitivity asks little dedicated governance of a leader who also leads the products.", ...ONE_LEADER),
      highHigh: reason("Sensitive data needs the governance S3 assigns the CIO (quality, lineage, privacy), which competes with the products for one leader's time.", ...TWO_LEADERS),
    },
    citations: [Q.s3DataGovernance, Q.s3CioMachinery],
  }),
  interaction({
    id: "compliance_attention",
    statement: "The audit and compliance workload, beside a product remit: S3 separates the roles so that both get dedicated attention.",
    dimension: "governance",
    fact: "regulation",
    share: 0.15,
    factor: AUDIT_LOAD,
    by: SELLS_ANY,
    corners: { lowLow: NEUTRAL, highLow: NEUTRAL, lowHigh: NEUTRAL, highHigh: oneOrTwo(0.3, 0.7) },
    reasons: {
      lowLow: reason(NO_PRODUCT_TEXT),
      highLow: reason(NO_PRODUCT_TEXT),
      lowHigh: reason("A fairly light audit load beside the products makes only a faint case for a second leader.", ...TWO_LEADERS),
      highHigh: reason("A heavy audit load beside a product remit: S3 separates the roles so that compliance and innovation each get dedicated attention.", ...TWO_LEADERS),
    },
    citations: [Q.s3DedicatedAttention, Q.s2Governance45],
  }),
  interaction({
    id: "sector_supervision",
    statement: "A sector regulator watching the company: S3 names regulation among the forces that set the split, and in a large firm it is complex governance.",
    dimension: "governance",
    fact: "regulation",
    share: 0.2,
    factor: { kind: "options", questionId: "sector_supervision", levels: { yes: 1, no: 0 } },
    by: LARGE,
    corners: { lowLow: NEUTRAL, lowHigh: NEUTRAL, highLow: NEUTRAL, highHigh: s(0.75, 0.5, 0.2) },
    reasons: {
      lowLow: reason("No sector regulator, so this force S3 names does not move the line."),
      lowHigh: reason("No sector regulator, so this force S3 names does not move the line."),
      highLow: reason("A sector regulator watches the company; in a firm of this size it counts through the obligations and audit load beside the products, not on its own."),
      highHigh: reason(
        "A sector regulator watching a large firm is the complex governance for which S3 separates the roles into peers to avoid bottlenecks; a CDO layer above them adds one.",
        ...S3_PEERS,
      ),
    },
    citations: [Q.s3Spectrum, Q.s3LargeMature],
  }),
  interaction({
    id: "complex_governance",
    statement: "S3's rule: large enterprises whose governance is complex separate the roles to avoid bottlenecks.",
    dimension: "governance",
    fact: "regulation",
    share: 0.4,
    factor: AUDIT_LOAD,
    by: LARGE,
    corners: { lowLow: NEUTRAL, lowHigh: NEUTRAL, highLow: NEUTRAL, highHigh: s(0.9, 0.5, 0.2) },
    reasons: {
      lowLow: reason("S3's rule concerns large enterprises, and this company is not one."),
      lowHigh: reason("A fairly light audit load: S3's reason for separating the roles in a large firm, complex governance, is weak here.", ...S3_PEERS),
      highLow: reason("S3's rule concerns large enterprises; in a smaller firm the audit load counts through the attention compliance needs beside the products."),
      highHigh: reason(
        "A heavy audit load in a large company is S3's case for separate peers, chosen to avoid bottlenecks; one executive would be one, and so would a CDO layer above the two.",
        ...S3_PEERS,
      ),
    },
    citations: [Q.s3LargeMature, Q.s3DedicatedAttention],
  }),
  single({
    id: "security_incidents",
    statement: "Serious security incidents, which S3 reads as a sign of weak governance and a trigger to revisit the structure.",
    dimension: "governance",
    fact: "incidents",
    share: 0.5,
    factor: { kind: "options", questionId: "security_incidents", levels: { none: 0, one_minor: 0.2, one_major: 0.6, several_major: 1 } },
    poles: { low: NEUTRAL, high: oneOrTwo(0.3, 0.7) },
    reasons: {
      low: reason("No major security incident: S3's trigger of incidents signalling weak governance has at most faintly fired.", ...TWO_LEADERS),
      high: reason("Major security incidents signal weak governance (S3), which a leader with dedicated governance capacity is better placed to fix than one spread over both remits.", ...TWO_LEADERS),
    },
    citations: [Q.s3Incidents],
  }),
  single({
    id: "operational_incidents",
    statement: "How often outages happen: frequent incidents signal weak governance and call for a leader whose job operations are.",
    dimension: "governance",
    fact: "incidents",
    share: 0.5,
    factor: { kind: "options", questionId: "incident_frequency", levels: { rare: 0, quarterly: 0.3, monthly: 0.7, weekly: 1 } },
    poles: { low: NEUTRAL, high: oneOrTwo(0.3, 0.7) },
    reasons: {
      low: reason("Outages are rare or occasional: S3's trigger of frequent incidents has at most faintly fired.", ...TWO_LEADERS),
      high: reason("Frequent outages are S3's sign of weak governance; formal incident response is CIO work that needs a leader's full attention.", ...TWO_LEADERS),
    },
    citations: [Q.s3Incidents, Q.s3IncidentResponse],
  }),
];
