/**
 * Criteria on the size of each remit: the technology the company sells and the engineers who
 * build it (the CTO's, in S1 and S4), the internal estate (the CIO's) and the innovation agenda.
 * A thin remit on either side is what lets one executive carry both.
 */
import { Q } from "./citations";
import { LINEAR_SCALE, ONE_LEADER, TWO_LEADERS, oneOrTwo, reason, single, type Criterion, type Reason } from "./criteria-model";
import type { Poles } from "./mapping";

const REMIT_POLES: Poles = { low: oneOrTwo(0.75, 0.25), high: oneOrTwo(0.25, 0.75) };
const MILD_POLES: Poles = { low: oneOrTwo(0.6, 0.4), high: oneOrTwo(0.4, 0.6) };

function sides(low: string, high: string): { low: Reason; high: Reason } {
  return { low: reason(low, ...ONE_LEADER), high: reason(high, ...TWO_LEADERS) };
}

export const REMIT_CRITERIA: Criterion[] = [
  single({
    id: "sells_technology",
    statement: "Whether the company sells technology: S1 makes the CTO responsible for the technology a company creates and sells.",
    dimension: "product_intensity",
    fact: "product",
    share: 0.3,
    factor: { kind: "options", questionId: "sells_technology", levels: { no: 0, some: 0.6, core: 1 } },
    poles: REMIT_POLES,
    reasons: sides(
      "The company sells no technology, so the remit S1 and S4 give a CTO is missing: there is little for a dedicated CTO to lead.",
      "The company sells technology, the remit S1 gives a CTO, which argues for a technology leader dedicated to it.",
    ),
    citations: [Q.s1CtoSells, Q.s4CtoProducts],
  }),
  single({
    id: "tech_revenue_share",
    statement: "The share of revenue from technology products: S1 and S4 tie the CTO's aim to that revenue.",
    dimension: "product_intensity",
    fact: "product",
    share: 0.2,
    factor: {
      kind: "bands",
      questionId: "tech_revenue_share",
      bands: [
        { upTo: 10, level: 0.1 },
        { upTo: 30, level: 0.35 },
        { upTo: 60, level: 0.7 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
      whenSkipped: 0,
    },
    poles: REMIT_POLES,
    reasons: sides(
      "Little or no revenue comes from technology, so the CTO's revenue aim (S4) has little to work on.",
      "Much of the revenue comes from technology, the revenue S1 and S4 make the CTO's aim.",
    ),
    citations: [Q.s1CtoRevenue, Q.s4CtoRevenue],
  }),
  single({
    id: "product_engineering",
    statement: "How many engineers build the products sold: managing them is the first CTO duty in S1 and S4.",
    dimension: "product_intensity",
    fact: "product",
    share: 0.3,
    factor: {
      kind: "bands",
      questionId: "product_engineers",
      bands: [
        { upTo: 10, level: 0 },
        { upTo: 50, level: 0.25 },
        { upTo: 250, level: 0.6 },
        { upTo: 1000, level: 0.85 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
      whenSkipped: 0,
    },
    poles: REMIT_POLES,
    reasons: sides(
      "Few or no product engineers: the engineering organisation S1 and S4 give a CTO to manage is small enough to sit under one executive.",
      "A large product engineering organisation, the CTO's first duty in S1 and S4, needs a leader focused on it.",
    ),
    citations: [Q.s1CtoEngineers, Q.s4CtoEngineers],
  }),
  single({
    id: "tech_first_industry",
    statement: "Whether the market is technology-first, where S2 says companies rely heavily on their CTO.",
    dimension: "product_intensity",
    fact: "product",
    share: 0.1,
    factor: {
      kind: "options",
      questionId: "industry",
      levels: {
        software: 1,
        media_telecom: 0.75,
        financial_services: 0.6,
        retail: 0.4,
        manufacturing: 0.4,
        healthcare: 0.4,
        other: 0.4,
        energy: 0.3,
        professional_services: 0.2,
        public_sector: 0,
      },
    },
    poles: MILD_POLES,
    reasons: sides(
      "The industry is not technology-first, so the outward-facing remit weighs less here.",
      "In a technology-first market, S2 says companies rely heavily on their CTO to win.",
    ),
    citations: [Q.s2TechFirst],
  }),
  single({
    id: "remits_balance",
    statement: "Whom technology mainly serves: when it serves customers and employees about equally, both remits are large.",
    dimension: "product_intensity",
    fact: "product",
    share: 0.1,
    factor: { kind: "options", questionId: "tech_focus", levels: { balanced: 1, customers: 0, employees: 0 } },
    poles: MILD_POLES,
    reasons: sides(
      "Technology mainly serves one side, customers or employees, so one remit dominates and one executive can lead it with the other in support.",
      "Technology serves customers and employees about equally: S2's two focuses, external and internal, are both large.",
    ),
    citations: [Q.s2ServeEmployees, Q.s2ServeCustomers],
  }),
  single({
    id: "enterprise_apps",
    statement: "The enterprise applications to run (ERP, finance, HR, collaboration), the CIO's operational core in S2.",
    dimension: "internal_estate",
    fact: "estate",
    share: 0.25,
    factor: { kind: "count", questionId: "enterprise_apps", levels: [0, 0.15, 0.3, 0.45, 0.7, 0.85, 1] },
    poles: MILD_POLES,
    reasons: sides("Few enterprise applications: the internal remit is small.", "Many enterprise applications to run, the operational core S2 gives the CIO."),
    citations: [Q.s2EnterpriseApps, Q.s3EnterpriseApps],
  }),
  single({
    id: "legacy_estate",
    statement: "How much runs on legacy systems, which must be kept running while they are modernised.",
    dimension: "internal_estate",
    fact: "estate",
    share: 0.2,
    factor: { kind: "options", questionId: "legacy_share", levels: { little: 0, some: 0.3, substantial: 0.7, most: 1 } },
    poles: MILD_POLES,
    reasons: sides(
      "Little legacy to keep running: modernisation does not need a leader of its own.",
      "A large legacy estate to run and modernise at once is the long CIO job S1 and S3 describe.",
    ),
    citations: [Q.s1Legacy, Q.s3Modernization],
  }),
  single({
    id: "vendor_portfolio",
    statement: "How many technology vendors to evaluate, integrate and manage, listed as CIO work in S1, S2 and S4.",
    dimension: "internal_estate",
    fact: "estate",
    share: 0.2,
    factor: {
      kind: "bands",
      questionId: "vendor_count",
      bands: [
        { upTo: 10, level: 0 },
        { upTo: 50, level: 0.3 },
        { upTo: 200, level: 0.7 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
    },
    poles: MILD_POLES,
    reasons: sides("A short vendor list, which one executive can manage alongside everything else.", "A long vendor list makes vendor strategy a standing executive task (S2)."),
    citations: [Q.s2Vendors, Q.s1CioVendors],
  }),
  single({
    id: "it_organisation",
    statement: "The size of the internal IT organisation: managing IT staff is the first CIO responsibility in S1.",
    dimension: "internal_estate",
    fact: "estate",
    share: 0.35,
    factor: {
      kind: "bands",
      questionId: "it_staff",
      bands: [
        { upTo: 5, level: 0 },
        { upTo: 25, level: 0.25 },
        { upTo: 100, level: 0.45 },
        { upTo: 500, level: 0.75 },
        { upTo: Number.POSITIVE_INFINITY, level: 1 },
      ],
    },
    poles: MILD_POLES,
    reasons: sides(
      "A small internal IT team: the internal remit is small enough to share an executive.",
      "A large internal IT organisation needs a leader whose job is to run it (S1, S4).",
    ),
    citations: [Q.s1CioStaff, Q.s4CioInfra],
  }),
  single({
    id: "innovation_ambition",
    statement: "How central technology-led innovation is to strategy: driving it is the CTO's purpose in S2 and S4.",
    dimension: "innovation_horizon",
    fact: "innovation",
    share: 0.45,
    factor: { kind: "scale", questionId: "innovation_ambition", levels: LINEAR_SCALE },
    poles: MILD_POLES,
    reasons: sides(
      "Technology-led innovation is not central to strategy, so the outward remit needs no leader of its own for it.",
      "Technology-led innovation is central to strategy: S2 and S4 make driving it the CTO's purpose, which needs a leader free to pursue it.",
    ),
    citations: [Q.s2CtoInnovation, Q.s4CtoInnovation],
  }),
  single({
    id: "strategy_horizon",
    statement: "How far ahead the technology strategy looks: S2 contrasts the CIO's this-quarter focus with the CTO's long view.",
    dimension: "innovation_horizon",
    fact: "innovation",
    share: 0.25,
    factor: { kind: "options", questionId: "innovation_horizon", levels: { this_year: 0, one_to_three: 0.5, beyond_three: 1 } },
    poles: MILD_POLES,
    reasons: sides(
      "The strategy looks only at this year's needs, the short horizon S2 gives the CIO; no long-range agenda needs a second leader.",
      "The strategy looks years ahead, S2's long-term horizon for the CTO, alongside this year's operational needs: two horizons, two owners.",
    ),
    citations: [Q.s2Horizon, Q.s3Bets],
  }),
  single({
    id: "emerging_tech",
    statement: "Pilots of AI, edge, blockchain or quantum technology: the exploratory work S2 and S3 give the CTO.",
    dimension: "innovation_horizon",
    fact: "innovation",
    share: 0.3,
    factor: {
      kind: "optionSum",
      questionId: "emerging_tech",
      perOption: { ai_products: 0.35, ai_operations: 0.2, edge_iot: 0.25, blockchain: 0.15, quantum: 0.25, none: 0 },
    },
    poles: MILD_POLES,
    reasons: sides(
      "Little emerging technology planned: the exploratory CTO work S2 describes is small.",
      "Several emerging technologies planned: pilots and prototypes are CTO work (S2) that needs a leader's time.",
    ),
    citations: [Q.s2Emerging, Q.s2Pilots],
  }),
];
