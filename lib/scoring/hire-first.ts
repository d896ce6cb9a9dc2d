/**
 * If the company can hire only one technology leader now, which one. Roles already filled
 * are never advised as a hire; the lean between the product and the internal remit
 * decides between a CTO and a CIO.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { TAnswers } from "../questionnaire/schema";
import { Q } from "./citations";
import type { Citation, DimensionResult, HireFirstAdvice, StructureId } from "./types";

type Role = HireFirstAdvice["role"];
type Translate = ReturnType<typeof translator<"ReportScoring">>;

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

function pillarReason(role: "cio" | "cto", t: Translate): string {
  return t(`hireFirst.pillarReason.${role}`);
}

function advice(role: Role, title: string, reason: string): HireFirstAdvice {
  return { role, title, reason, citations: ROLE_CITATIONS[role] };
}

function forCtio(answers: TAnswers, t: Translate): HireFirstAdvice {
  if (filled(answers, "ctio")) return advice("ctio", t("hireFirst.keepCtio.title"), t("hireFirst.keepCtio.reason"));
  const incumbent = filled(answers, "cto") ? "cto" : filled(answers, "cio") ? "cio" : null;
  if (incumbent) {
    const short = t(`roleShort.${incumbent}`);
    return advice("ctio", t("hireFirst.widen.title", { role: short }), t("hireFirst.widen.reason", { role: short }));
  }
  return advice("ctio", t("hireFirst.hireCtio.title"), t("hireFirst.hireCtio.reason"));
}

function forSeparate(answers: TAnswers, dimensions: DimensionResult[], t: Translate): HireFirstAdvice {
  const lead: "cio" | "cto" = productLeads(dimensions) ? "cto" : "cio";
  const other: "cio" | "cto" = lead === "cto" ? "cio" : "cto";
  const missing = (["cio", "cto"] as const).filter((role) => !filled(answers, role));
  if (missing.length === 0) {
    return advice(lead, t("hireFirst.bothInPlace.title"), t("hireFirst.bothInPlace.reason", { pillar: pillarReason(lead, t) }));
  }
  if (missing.length === 1) {
    const role = missing[0] ?? lead;
    return advice(role, t("hireFirst.hire", { role: t(`roleTitle.${role}`) }), t("hireFirst.missingPeer", { peer: t(`roleShort.${role === "cio" ? "cto" : "cio"}`) }));
  }
  if (filled(answers, "ctio")) {
    return advice(other, t("hireFirst.hireAndRefocus.title", { role: t(`roleTitle.${other}`), lead: t(`roleShort.${lead}`) }), t("hireFirst.hireAndRefocus.reason", { pillar: pillarReason(lead, t) }));
  }
  return advice(lead, t("hireFirst.hireFirst", { role: t(`roleTitle.${lead}`) }), pillarReason(lead, t));
}

function forCdo(answers: TAnswers, dimensions: DimensionResult[], t: Translate): HireFirstAdvice {
  const lead: "cio" | "cto" = productLeads(dimensions) ? "cto" : "cio";
  const missing = (["cio", "cto"] as const).filter((role) => !filled(answers, role));
  const pick = missing.includes(lead) ? lead : (missing[0] ?? lead);
  if (filled(answers, "cdo")) {
    if (missing.length === 0) return advice("cdo", t("hireFirst.allInPlace.title"), t("hireFirst.allInPlace.reason"));
    const rest = missing.length === 2 ? pillarReason(pick, t) : t("hireFirst.theMissingOne");
    return advice(pick, t("hireFirst.hire", { role: t(`roleTitle.${pick}`) }), t("hireFirst.cdoInPlace", { rest }));
  }
  const crossCutting = value(dimensions, "cross_cutting");
  if (missing.length === 0 || crossCutting >= 60) {
    return advice("cdo", t("hireFirst.hireCdoFirst.title"), missing.length === 0 ? t("hireFirst.hireCdoFirst.pillarsInPlace") : t("hireFirst.hireCdoFirst.spanning"));
  }
  const rest = missing.length === 2 ? pillarReason(pick, t) : t("hireFirst.theMissingPillar");
  return advice(pick, t("hireFirst.pillarThenCdo.title", { role: t(`roleTitle.${pick}`) }), t("hireFirst.pillarThenCdo.reason", { rest }));
}

export function hireFirstAdvice(recommended: StructureId, answers: TAnswers, dimensions: DimensionResult[], locale: Locale = DEFAULT_LOCALE): HireFirstAdvice {
  const t = translator(locale, "ReportScoring");
  switch (recommended) {
    case "ctio":
      return forCtio(answers, t);
    case "separate":
      return forSeparate(answers, dimensions, t);
    case "cdo":
      return forCdo(answers, dimensions, t);
  }
}
