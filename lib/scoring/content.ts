/**
 * What each recommended structure means in practice: who owns what, how the leaders work
 * together, how they are measured, whom to hire and when to look again. Our wording,
 * resting on the cited passages.
 */
import { Q } from "./citations";
import type { ChartRole, Kpi, RecommendationContent, StructureId } from "./types";

const CIO_METRICS = ["Service reliability and uptime", "Incident resolution time", "Data quality", "Regulatory compliance findings", "Total cost of IT ownership"];
const CTO_METRICS = ["Time to market for new features", "Platform scalability under load", "Share of experiments that succeed", "Value created through ecosystem partnerships"];
const BLENDED = ["Revenue growth from technology-enabled offerings", "Customer satisfaction", "Risk posture"];

const MECHANISMS: Record<StructureId, RecommendationContent["mechanisms"]> = {
  separate: [
    { name: "Cross-functional steering committee", description: "Product, engineering, IT, risk, security and finance review major initiatives together, so neither leader decides alone on work that crosses both remits." },
    { name: "Combined programme office", description: "One programme office keeps the CIO's and the CTO's roadmaps and milestones in a single plan, exposing dependencies early." },
    { name: "Shared risk and compliance framework", description: "Both leaders work to one framework for security and data governance, with product security built in by the CTO and enforced controls owned by the CIO." },
    { name: "Quarterly strategic and monthly execution reviews", description: "A fixed cadence to settle priorities, budgets and resources jointly, instead of in ad hoc disputes." },
  ],
  ctio: [
    { name: "Light steering committee", description: "Even with one executive, a small group from product, risk and finance reviews major initiatives so that one person's view is challenged." },
    { name: "Single roadmap with two tracks", description: "One programme view holds both the internal systems track and the product track, so neither starves the other unnoticed." },
    { name: "Shared risk and compliance framework", description: "A written framework and an independent review keep compliance from depending only on the combined leader's time." },
    { name: "Quarterly strategic and monthly execution reviews", description: "The cadence forces the combined leader to account separately for operations and for product delivery." },
  ],
  cdo: [
    { name: "Steering committee chaired by the CDO", description: "The CDO chairs a cross-functional committee with product, engineering, IT, risk, security and finance, and arbitrates when the remits conflict." },
    { name: "Combined programme office under the CDO", description: "The transformation runs as one programme: the office coordinates the CIO's and the CTO's roadmaps and milestones toward shared outcomes." },
    { name: "Shared risk and compliance framework", description: "One framework governs security and data across operations and products, and applies to shared platforms such as AI and cloud from the start." },
    { name: "Quarterly strategic and monthly execution reviews", description: "The CDO runs the strategic reviews each quarter and the execution reviews each month, keeping priorities, budgets and resources in step." },
  ],
};

const MECHANISM_CITATIONS = [Q.s3SteeringCommittee, Q.s3Pmo, Q.s3SharedRisk, Q.s3Cadence];

/** An area's owners as roles (what the org chart reads), the owner as the report words it, and how the area is run. */
type Ownership = [owners: readonly ChartRole[], owner: string, note: string];

const AREAS = [
  "Enterprise applications",
  "Security and compliance",
  "Data governance",
  "Product architecture and APIs",
  "Emerging technology and R&D",
  "AI and cloud platforms",
  "Vendor strategy",
];

const OWNERSHIP: Record<StructureId, Ownership[]> = {
  separate: [
    [["cio"], "CIO", "ERP, finance, HR and collaboration systems and the integration layer between them."],
    [["cio"], "CIO", "Controls, audits and regulatory obligations; the CTO builds security into the products by design."],
    [["cio"], "CIO", "Data quality, lineage, privacy and compliance across the information systems."],
    [["cto"], "CTO", "The architecture of the products, their APIs and developer experience."],
    [["cto"], "CTO", "Scouting trends, pilots and prototypes, and turning the successful ones into products."],
    [["cio", "cto"], "CIO and CTO jointly", "Platforms that serve both operations and products are governed together through the steering committee."],
    [["cio"], "CIO", "Evaluating and integrating enterprise vendors; the CTO leads partnerships that feed the products."],
  ],
  ctio: [
    [["ctio"], "CTIO", "Usually delegated to a head of IT operations who reports to the CTIO."],
    [["ctio"], "CTIO", "Keep an independent review of compliance so it does not rest on one person's time."],
    [["ctio"], "CTIO", "One owner for data across systems and products keeps standards consistent."],
    [["ctio"], "CTIO", "Usually delegated to a lead architect or head of engineering."],
    [["ctio"], "CTIO", "Kept small and tied to the product roadmap."],
    [["ctio"], "CTIO", "One executive governs the shared platforms, so no joint decision is needed."],
    [["ctio"], "CTIO", "One vendor strategy for both internal tools and product components."],
  ],
  cdo: [
    [["cio"], "CIO", "Runs the enterprise applications and modernises them within the CDO's transformation plan."],
    [["cio"], "CIO", "Owns controls and compliance; the CDO makes sure the transformation respects them."],
    [["cio", "cdo"], "CIO, with the CDO setting enterprise data strategy", "The CIO runs data governance; the CDO decides how data serves both operations and products."],
    [["cto"], "CTO", "Product architecture and APIs stay with the CTO."],
    [["cto"], "CTO", "Pilots and prototypes, prioritised against the CDO's digital agenda."],
    [["cdo"], "CDO", "The CDO governs platforms that span internal operations and customer products, with the CIO and CTO running their parts."],
    [["cio", "cdo"], "CIO, with the CDO arbitrating strategic choices", "The CIO manages vendors; the CDO decides platform-level commitments that affect both remits."],
  ],
};

const KPIS: Record<StructureId, Kpi[]> = {
  separate: [
    { role: "CIO", metrics: CIO_METRICS },
    { role: "CTO", metrics: CTO_METRICS },
    { role: "Shared scorecard", metrics: BLENDED },
  ],
  ctio: [{ role: "CTIO", metrics: [...CTO_METRICS.slice(0, 2), ...CIO_METRICS.slice(0, 4), ...BLENDED] }],
  cdo: [
    { role: "CDO", metrics: [...BLENDED, "Progress of the transformation programme against its milestones"] },
    { role: "CIO", metrics: CIO_METRICS },
    { role: "CTO", metrics: CTO_METRICS },
  ],
};

const CIO_PROFILE = "For the CIO: operational discipline, governance, risk management and reliability, typically grown through management roles in IT operations.";
const CTO_PROFILE = "For the CTO: strategic vision, customer-centric thinking, appetite for experimentation and architectural foresight, typically grown through engineering.";

const PROFILES: Record<StructureId, string[]> = {
  separate: [CIO_PROFILE, CTO_PROFILE, "For both: the habit of settling trade-offs in shared forums rather than in budget disputes."],
  ctio: [
    "One leader who is equally at home with product architecture and with operations, security and compliance.",
    "Able to decide quickly and to delegate day-to-day operations and engineering management to strong heads beneath.",
    "Honest about the limits of the role, and ready to split it as the company grows.",
  ],
  cdo: [
    "For the CDO: a business-minded leader who can set one digital agenda across operations and products and arbitrate between the two remits.",
    CIO_PROFILE,
    CTO_PROFILE,
  ],
};

const REVISIT: Record<StructureId, string[]> = {
  separate: [
    "A transformation starts that spans internal operations and customer products, or shared platforms such as AI become central: consider a CDO above both.",
    "The CIO and CTO clash persistently on speed against stability, or on budgets.",
    "A strategic pivot, merger or new business model changes what technology must deliver.",
  ],
  ctio: [
    "The company grows past a few hundred people or adds business units and countries.",
    "Regulation, audits or incidents start taking a large share of the combined leader's time.",
    "Speed stops being the overriding priority, or a strategic pivot changes the agenda.",
  ],
  cdo: [
    "The transformation is complete and shared platforms are running smoothly: the CDO layer may no longer be needed.",
    "Incidents become frequent, a sign that governance needs more attention than the structure gives it.",
    "A strategic pivot, divestment or merger changes the company's size or direction.",
  ],
};

const SUMMARIES: Record<StructureId, string> = {
  separate:
    "Give the internal remit and the product remit each their own executive. Your size and governance load mean that innovation and compliance both need dedicated attention, and two peers avoid the bottleneck of one person deciding everything.",
  ctio:
    "Put one executive in charge of both technology remits. At your size and pace, a single leader keeps decisions fast and avoids a seam between internal systems and products; plan to split the role as you grow.",
  cdo:
    "Put a Chief Digital Officer over a distinct CIO and CTO. Your transformation and shared platforms span internal operations and customer products, and a larger company needs one leader to govern them and arbitrate between the two remits.",
};

const CITATIONS: Record<StructureId, RecommendationContent["citations"]> = {
  separate: [Q.s3LargeMature, Q.s3DedicatedAttention, Q.s4BigCompanies, Q.s2CioOwns, Q.s2CtoOwns, Q.s3CioMetrics, Q.s3CtoMetrics, Q.s3CioProfile, Q.s3CtoProfile, Q.s1CioCareer, Q.s1CtoCareer],
  ctio: [Q.s2SmallFirms, Q.s3Startups, Q.s3BothHats, Q.s1InwardOutward, Q.s3Blended, Q.s3Restructure],
  cdo: [Q.s2LargerCdo, Q.s2JointGovernance, Q.s3DigitalTransformation, Q.s3Blended, Q.s3CioProfile, Q.s3CtoProfile, Q.s1CioCareer, Q.s1CtoCareer],
};

/** Who owns each area of the ownership split, in its order: the roles, not their wording. */
export function ownersOf(structure: StructureId): readonly (readonly ChartRole[])[] {
  return OWNERSHIP[structure].map(([owners]) => owners);
}

export function recommendationContent(structure: StructureId): RecommendationContent {
  return {
    summary: SUMMARIES[structure],
    ownership: OWNERSHIP[structure].map(([, owner, note], index) => ({ area: AREAS[index]!, owner, note })),
    mechanisms: MECHANISMS[structure],
    kpis: KPIS[structure],
    leadershipProfile: PROFILES[structure],
    revisitTriggers: REVISIT[structure],
    citations: [...CITATIONS[structure], ...MECHANISM_CITATIONS, Q.s3Misalignment, Q.s3Incidents, Q.s3Pivot],
  };
}
