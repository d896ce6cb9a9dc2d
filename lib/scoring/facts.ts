/**
 * The facts about a company that the criteria read. A fact has one weight, shared by every
 * criterion that reads it, so a fact read by three criteria counts no more than one read by
 * one: "heavily regulated" is one fact however many questions describe it.
 */
import { Q } from "./citations";
import type { Citation } from "./types";

export interface Fact {
  id: string;
  /** Lower case, to sit inside a sentence. */
  label: string;
  weight: number;
  /** Why the fact weighs what it does, in our words. */
  why: string;
  citations: Citation[];
}

export const FACTS = [
  {
    id: "size",
    label: "the company's size",
    weight: 5,
    why: "Size is the first test in S2 (small firms combine, larger ones need distinct leaders) and in S4 (both roles matter most in big companies).",
    citations: [Q.s2SmallFirms, Q.s2LargerCdo, Q.s4BigCompanies],
  },
  {
    id: "stage",
    label: "the company's stage",
    weight: 2.5,
    why: "S3 ties combining to startups and separating to mature enterprises.",
    citations: [Q.s3Startups, Q.s3LargeMature],
  },
  {
    id: "spread",
    label: "business units and countries",
    weight: 1.5,
    why: "Units and countries widen both remits, but the sources mention them only in passing.",
    citations: [Q.s3BusinessUnits, Q.s3Geographies],
  },
  {
    id: "regulation",
    label: "regulation and governance",
    weight: 6,
    why: "Regulation is one of the three forces S3 says set the split, and complex governance is its reason to separate; four questions describe it, so they share one weight.",
    citations: [Q.s3Spectrum, Q.s3LargeMature, Q.s2RiskRow],
  },
  {
    id: "incidents",
    label: "incidents",
    weight: 1.5,
    why: "Frequent incidents are one of S3's three triggers to revisit the structure, not a rule for which structure to choose, so they weigh little.",
    citations: [Q.s3Incidents],
  },
  {
    id: "product",
    label: "the product remit",
    weight: 4.5,
    why: "S1 and S4 define the CTO's remit as the technology the company sells and the engineers who build it: how large it is decides whether a dedicated CTO has a job.",
    citations: [Q.s1CtoSells, Q.s4CtoProducts, Q.s4CtoEngineers],
  },
  {
    id: "estate",
    label: "the internal estate",
    weight: 3,
    why: "The systems, vendors and IT staff a CIO runs are the size of the internal remit (S1, S2, S4).",
    citations: [Q.s1CioStaff, Q.s2EnterpriseApps, Q.s4CioInfra],
  },
  {
    id: "innovation",
    label: "the innovation agenda",
    weight: 2,
    why: "Driving innovation and exploring emerging technology is CTO work (S2, S4), the outward half of the remits.",
    citations: [Q.s2CtoInnovation, Q.s4CtoInnovation, Q.s2Emerging],
  },
  {
    id: "speed",
    label: "speed over stability",
    weight: 2.5,
    why: "S3 gives a preference for speed one consequence: a startup that leans toward it may combine the roles. Outside young companies it decides nothing.",
    citations: [Q.s3Startups],
  },
  {
    id: "platforms",
    label: "shared platforms",
    weight: 2,
    why: "S2 asks for joint governance of platforms such as AI and cloud that serve both operations and products.",
    citations: [Q.s2JointGovernance],
  },
  {
    id: "transformation",
    label: "digital transformation",
    weight: 2,
    why: "Both S2 and S3 place digital transformation across the two remits, which S2 gives to a CDO in larger companies.",
    citations: [Q.s2Transformation, Q.s3DigitalTransformation, Q.s2LargerCdo],
  },
  {
    id: "friction",
    label: "friction between the remits",
    weight: 1.5,
    why: "Persistent misalignment is a trigger to revisit the structure (S3); S2's advice on drift between the two leaders says which way by size.",
    citations: [Q.s3Misalignment, Q.s2Drift, Q.s1Budget],
  },
  {
    id: "pivot",
    label: "a strategic pivot",
    weight: 0.75,
    why: "A pivot is S3's third trigger, calling for a unified or reorganised leadership model.",
    citations: [Q.s3Pivot],
  },
  {
    id: "incumbents",
    label: "who is in post today",
    weight: 1.5,
    why: "S3 asks for an assessment of capacity: leaders already in post make their structure cheaper, but should not decide it.",
    citations: [Q.s3Assessment, Q.s2Titles],
  },
] as const satisfies readonly Fact[];

export type FactId = (typeof FACTS)[number]["id"];

const BY_ID = new Map<string, Fact>(FACTS.map((fact) => [fact.id, fact]));

export function factById(id: string): Fact {
  const fact = BY_ID.get(id);
  if (!fact) throw new Error(`Unknown fact: ${id}`);
  return fact;
}
