/**
 * If the company can hire only one technology leader now, which one. Roles already filled
 * are never advised as a hire; the lean between the product and the internal remit
 * decides between a CTO and a CIO.
 */
import type { TAnswers } from "../questionnaire/schema";
import { Q } from "./citations";
import type { Citation, DimensionResult, HireFirstAdvice, StructureId } from "./types";

type Role = HireFirstAdvice["role"];

const ROLE_TITLES: Record<Role, string> = {
  cio: "Chief Information Officer (CIO)",
  cto: "Chief Technology Officer (CTO)",
  ctio: "combined CTIO",
  cdo: "Chief Digital Officer (CDO)",
};

const ROLE_CITATIONS: Record<Role, Citation[]> = {
  cio: [Q.s2Governance45, Q.s3CioProfile],
  cto: [Q.s1CtoSells, Q.s2TechFirst],
  ctio: [Q.s2SmallFirms, Q.s3Startups],
  cdo: [Q.s2LargerCdo, Q.s2JointGovernance],
};

function filled(answers: TAnswers, role: Role): boolean {
  return answers[`role_${role}`] === "filled";
}

function value(dimensions: DimensionResult[], id: DimensionResult["id"]): number {
  return dimensions.find((dimension) => dimension.id === id)?.value ?? 0;
}

/** The product remit (products and innovation) against the internal one (governance and estate). */
function productLeads(dimensions: DimensionResult[]): boolean {
  const product = (value(dimensions, "product_intensity") + value(dimensions, "innovation_horizon")) / 2;
  const internal = (value(dimensions, "governance") + value(dimensions, "internal_estate")) / 2;
  return product > internal;
}

function pillarReason(role: "cio" | "cto"): string {
  return role === "cto"
    ? "Your answers weigh more on products, engineering and innovation than on governance and the internal estate, so the outward-facing CTO remit is the one most in need of a dedicated leader."
    : "Your answers weigh more on governance, compliance and the internal estate than on products and innovation, so the inward-facing CIO remit is the one most in need of a dedicated leader.";
}

function advice(role: Role, title: string, reason: string): HireFirstAdvice {
  return { role, title, reason, citations: ROLE_CITATIONS[role] };
}

function forCtio(answers: TAnswers): HireFirstAdvice {
  if (filled(answers, "ctio")) {
    return advice("ctio", "Keep your CTIO: no new hire is needed", "A combined CTIO is already in place and the combined structure fits, so strengthen the teams under that executive rather than adding a second one.");
  }
  const incumbent = filled(answers, "cto") ? "CTO" : filled(answers, "cio") ? "CIO" : null;
  if (incumbent) {
    return advice("ctio", `Widen your ${incumbent}'s remit into a CTIO`, `One executive should carry both remits; your ${incumbent} is already in place, so extend that role rather than hiring.`);
  }
  return advice("ctio", "Hire a combined CTIO", "One executive covering both the internal and the product remit fits a company of your size and pace; hire one leader who can wear both hats.");
}

function forSeparate(answers: TAnswers, dimensions: DimensionResult[]): HireFirstAdvice {
  const lead: "cio" | "cto" = productLeads(dimensions) ? "cto" : "cio";
  const other: "cio" | "cto" = lead === "cto" ? "cio" : "cto";
  const missing = (["cio", "cto"] as const).filter((role) => !filled(answers, role));
  if (missing.length === 0) {
    return advice(lead, "Both roles are in place: no new hire is needed", `Your CIO and CTO already form the recommended structure. Put your effort into the collaboration mechanisms. ${pillarReason(lead)}`);
  }
  if (missing.length === 1) {
    const role = missing[0] ?? lead;
    return advice(role, `Hire a ${ROLE_TITLES[role]}`, `Your ${role === "cio" ? "CTO" : "CIO"} is already in place, so the missing peer is the hire that completes the structure.`);
  }
  if (filled(answers, "ctio")) {
    return advice(other, `Hire a ${ROLE_TITLES[other]} and refocus your CTIO as ${lead.toUpperCase()}`, `${pillarReason(lead)} Your combined executive can keep that side, and the new hire takes the other.`);
  }
  return advice(lead, `Hire a ${ROLE_TITLES[lead]} first`, pillarReason(lead));
}

function forCdo(answers: TAnswers, dimensions: DimensionResult[]): HireFirstAdvice {
  const lead: "cio" | "cto" = productLeads(dimensions) ? "cto" : "cio";
  const missing = (["cio", "cto"] as const).filter((role) => !filled(answers, role));
  const pick = missing.includes(lead) ? lead : (missing[0] ?? lead);
  if (filled(answers, "cdo")) {
    if (missing.length === 0) {
      return advice("cdo", "All three roles are in place: no new hire is needed", "Your CDO, CIO and CTO already form the recommended structure; focus on the CDO's mandate over shared platforms and transformation.");
    }
    return advice(pick, `Hire a ${ROLE_TITLES[pick]}`, `Your CDO is in place but needs distinct leaders beneath. ${missing.length === 2 ? pillarReason(pick) : "This is the missing one."}`);
  }
  const crossCutting = value(dimensions, "cross_cutting");
  if (missing.length === 0 || crossCutting >= 60) {
    return advice("cdo", "Hire a Chief Digital Officer first", missing.length === 0
      ? "Your CIO and CTO are in place; what is missing is the leader above them who governs the shared platforms and the transformation."
      : "Your transformation and shared platforms already span internal operations and customer products; a CDO should set that agenda before the remaining pillar is hired under it.");
  }
  return advice(pick, `Hire a ${ROLE_TITLES[pick]} first, then a CDO`, `A CDO coordinates distinct technology leaders, so the pillars come first while cross-cutting work is still limited. ${missing.length === 2 ? pillarReason(pick) : "This is the missing pillar."}`);
}

export function hireFirstAdvice(recommended: StructureId, answers: TAnswers, dimensions: DimensionResult[]): HireFirstAdvice {
  switch (recommended) {
    case "ctio":
      return forCtio(answers);
    case "separate":
      return forSeparate(answers, dimensions);
    case "cdo":
      return forCdo(answers, dimensions);
  }
}
