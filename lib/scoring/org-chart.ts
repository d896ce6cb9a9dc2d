/**
 * The recommended structure as an org chart beside the roles the company has today, with what
 * changes between the two. The recommended structure is a parameter (a consultant may override
 * the model's), today's roles come from the questionnaire's leadership section, and a role whose
 * status is not known is shown as not known: nothing here guesses it.
 */
import type { TAnswers } from "../questionnaire/schema";
import { recommendationContent } from "./content";
import type { HireFirstAdvice, StructureId } from "./types";

export const CHART_ROLES = ["cdo", "cio", "cto", "ctio"] as const;
export type ChartRole = (typeof CHART_ROLES)[number];

/** The questionnaire's options for a role (definition.ts roleStatus), "unknown" when no usable answer was given. */
export type RoleStatus = "filled" | "vacant" | "none" | "unknown";

/** "disputed": respondents of an organization gave different answers. */
export type CurrentStatus = RoleStatus | "disputed";

export interface CurrentRole {
  role: ChartRole;
  status: CurrentStatus;
  /** Each respondent's own answer when they disagree (an organization's view); empty otherwise. */
  answers: { respondent: string; status: RoleStatus }[];
}

export type ChangeKind = "keep" | "create" | "fill" | "merge" | "rescope" | "remove" | "unknown";

export interface ChartNode {
  role: ChartRole;
  /** "Chief Information Officer (CIO)". */
  title: string;
  short: string;
  reportsTo: "ceo" | "cdo";
  /** The areas the model's ownership split gives this role; "(shared)" where another role holds it too. */
  remit: string[];
  change: ChangeKind;
  /** What the change means for this role, in a sentence. */
  detail: string;
  /** The role to act on first: the hire-first advice names it and something changes for it. */
  first: boolean;
}

/** A role the company has (or is hiring) today that the recommended structure does not keep as it is. */
export interface OutgoingRole {
  role: ChartRole;
  short: string;
  change: ChangeKind;
  detail: string;
  /** The recommended role this one turns into (merged or widened into a CTIO, a CTIO refocused); that role's change covers it. */
  becomes: ChartRole | null;
}

export interface OrgChart {
  recommended: StructureId;
  nodes: ChartNode[];
  current: CurrentRole[];
  /** Today's roles that are not nodes of the recommended structure but need a decision. */
  outgoing: OutgoingRole[];
  hireFirst: HireFirstAdvice;
  /** Set when the hire-first advice rests on a role whose status is not known. */
  hireFirstCaveat: string | null;
}

export const ROLE_TITLES: Record<ChartRole, { title: string; short: string }> = {
  cdo: { title: "Chief Digital Officer (CDO)", short: "CDO" },
  cio: { title: "Chief Information Officer (CIO)", short: "CIO" },
  cto: { title: "Chief Technology Officer (CTO)", short: "CTO" },
  ctio: { title: "Chief Technology and Information Officer (CTIO)", short: "CTIO" },
};

export const STATUS_LABELS: Record<CurrentStatus, string> = {
  filled: "In place",
  vacant: "Vacant or being hired",
  none: "Not part of the structure",
  unknown: "Not known",
  disputed: "Respondents disagree",
};

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  keep: "Keep",
  create: "Create",
  fill: "Fill the vacancy",
  merge: "Merge",
  rescope: "Re-scope",
  remove: "Leave out",
  unknown: "Confirm first",
};

const STRUCTURE_ROLES: Record<StructureId, { role: ChartRole; reportsTo: "ceo" | "cdo" }[]> = {
  separate: [
    { role: "cio", reportsTo: "ceo" },
    { role: "cto", reportsTo: "ceo" },
  ],
  ctio: [{ role: "ctio", reportsTo: "ceo" }],
  cdo: [
    { role: "cdo", reportsTo: "ceo" },
    { role: "cio", reportsTo: "cdo" },
    { role: "cto", reportsTo: "cdo" },
  ],
};

function statusOf(value: TAnswers[string]): RoleStatus {
  return value === "filled" || value === "vacant" || value === "none" ? value : "unknown";
}

/** One respondent's roles today, as they answered the leadership section ("Don't know" or no answer is "unknown"). */
export function currentRoles(answers: TAnswers): CurrentRole[] {
  return CHART_ROLES.map((role) => ({ role, status: statusOf(answers[`role_${role}`]), answers: [] }));
}

/**
 * An organization's roles today from its respondents' answers: what those who answered agree on,
 * and "disputed" with each answer when they do not, rather than a majority picked silently.
 */
export function combinedCurrentRoles(respondents: readonly { label: string; answers: TAnswers }[]): CurrentRole[] {
  return CHART_ROLES.map((role) => {
    const answers = respondents.map((respondent) => ({ respondent: respondent.label, status: statusOf(respondent.answers[`role_${role}`]) }));
    const known = new Set(answers.map((answer) => answer.status).filter((status) => status !== "unknown"));
    const [only] = known;
    if (known.size > 1) return { role, status: "disputed", answers };
    return { role, status: only ?? "unknown", answers: [] };
  });
}

/** The areas of the ownership split that name the role; a role named beside another shares it. */
export function remitOf(structure: StructureId, role: ChartRole): string[] {
  const pattern = new RegExp(`\\b${ROLE_TITLES[role].short}\\b`);
  return recommendationContent(structure)
    .ownership.filter((row) => pattern.test(row.owner))
    .map((row) => (CHART_ROLES.some((other) => other !== role && new RegExp(`\\b${ROLE_TITLES[other].short}\\b`).test(row.owner)) ? `${row.area} (shared)` : row.area));
}

type Statuses = Record<ChartRole, CurrentStatus>;

function known(status: CurrentStatus): boolean {
  return status !== "unknown" && status !== "disputed";
}

function notKnownFact(role: ChartRole, status: CurrentStatus): string {
  const short = ROLE_TITLES[role].short;
  return status === "disputed" ? `Respondents disagree on whether a ${short} exists today` : `The answers do not say whether a ${short} exists today`;
}

function notKnownDetail(role: ChartRole, status: CurrentStatus): string {
  return `${notKnownFact(role, status)}; ${status === "disputed" ? "settle that" : "confirm it"} before deciding whether to keep, fill or create the role.`;
}

/** Toward a CTIO without one in place: the incumbent whose role widens into it, as hireFirstAdvice prefers (the CTO first). */
function widened(s: Statuses): "cio" | "cto" | null {
  if (s.ctio !== "none" && s.ctio !== "vacant") return null;
  if (s.cio === "filled" && s.cto === "filled") return null;
  return s.cto === "filled" ? "cto" : s.cio === "filled" ? "cio" : null;
}

function ctioNode(s: Statuses): Pick<ChartNode, "change" | "detail"> {
  if (s.ctio === "filled") return { change: "keep", detail: "Your CTIO already carries both remits; strengthen the heads beneath rather than adding an executive." };
  if (!known(s.ctio)) return { change: "unknown", detail: notKnownDetail("ctio", s.ctio) };
  if (s.cio === "filled" && s.cto === "filled") return { change: "merge", detail: "Merge the CIO and CTO roles into one CTIO who carries both remits." };
  const incumbent = widened(s);
  if (incumbent) return { change: "rescope", detail: `Widen your ${ROLE_TITLES[incumbent].short}'s remit to both the internal and the product side, making the role a CTIO.` };
  if (s.ctio === "vacant") return { change: "fill", detail: "The CTIO role is already open: complete the hire, looking for a leader who can wear both hats." };
  return { change: "create", detail: "Create a CTIO role that carries both the internal and the product remit." };
}

function pillarNode(role: "cio" | "cto", s: Statuses, structure: StructureId, refocused: "cio" | "cto" | null): Pick<ChartNode, "change" | "detail"> {
  const short = ROLE_TITLES[role].short;
  const underCdo = structure === "cdo";
  if (s[role] === "filled") {
    if (underCdo && !known(s.cdo)) return { change: "keep", detail: `Keep your ${short}; whether a CDO above it exists today is not settled.` };
    if (underCdo && s.cdo !== "filled") {
      return { change: "rescope", detail: `Keep your ${short}, now reporting to the CDO, who takes the lead on platforms and choices that span both remits.` };
    }
    return { change: "keep", detail: underCdo ? `Keep your ${short} under the CDO.` : `Keep your ${short} as a peer of the ${role === "cio" ? "CTO" : "CIO"}.` };
  }
  if (!known(s[role])) return { change: "unknown", detail: notKnownDetail(role, s[role]) };
  if (refocused === role) return { change: "rescope", detail: `Refocus your CTIO on the ${short} remit; the other remit goes to a new peer.` };
  if (s[role] === "vacant") return { change: "fill", detail: `The ${short} role is already open: complete the hire.` };
  return { change: "create", detail: `Create the ${short} role${underCdo ? " under the CDO" : ""}.` };
}

function cdoNode(s: Statuses): Pick<ChartNode, "change" | "detail"> {
  if (s.cdo === "filled") return { change: "keep", detail: "Keep your CDO, with a mandate over the transformation and the platforms shared by operations and products." };
  if (!known(s.cdo)) return { change: "unknown", detail: notKnownDetail("cdo", s.cdo) };
  if (s.cdo === "vacant") return { change: "fill", detail: "The CDO role is already open: complete the hire, with a mandate over the transformation and the shared platforms." };
  return { change: "create", detail: "Create a CDO role above the CIO and the CTO to govern the transformation and the shared platforms." };
}

/** Under "separate", a CTIO with neither peer in place keeps the side the hire-first advice does not hire for. */
function refocusedCtio(structure: StructureId, s: Statuses, hireFirst: HireFirstAdvice): "cio" | "cto" | null {
  const open = (status: CurrentStatus) => status === "none" || status === "vacant";
  if (structure !== "separate" || s.ctio !== "filled" || !open(s.cio) || !open(s.cto)) return null;
  if (hireFirst.role === "cio") return "cto";
  if (hireFirst.role === "cto") return "cio";
  return null;
}

function outgoingRoles(structure: StructureId, s: Statuses, nodes: ChartNode[], refocused: "cio" | "cto" | null): OutgoingRole[] {
  const inStructure = new Set(nodes.map((node) => node.role));
  const ctio = nodes.find((node) => node.role === "ctio");
  const out: OutgoingRole[] = [];
  for (const role of CHART_ROLES) {
    if (inStructure.has(role)) continue;
    const short = ROLE_TITLES[role].short;
    const status = s[role];
    if (status === "none") continue;
    if (!known(status)) {
      out.push({ role, short, change: "unknown", detail: `${notKnownFact(role, status)}; the recommended structure has no separate ${short}.`, becomes: null });
      continue;
    }
    if (status === "vacant") {
      out.push({ role, short, change: "remove", detail: `The open ${short} search does not fit the recommended structure: reconsider it before making an offer.`, becomes: null });
      continue;
    }
    if (role === "ctio") {
      out.push({
        role,
        short,
        change: "rescope",
        detail: refocused ? `Your CTIO becomes the ${ROLE_TITLES[refocused].short} and hands the other remit to a new peer.` : `Split the CTIO's two remits between the CIO and the CTO${structure === "cdo" ? " under the CDO" : ""}; decide whether its holder takes one of them.`,
        becomes: refocused,
      });
    } else if (role === "cdo") {
      out.push({ role, short, change: "rescope", detail: "The recommended structure has no CDO layer above the technology leaders: agree with the steering committee whether the CDO's mandate ends or moves.", becomes: null });
    } else if (ctio?.change === "merge") {
      out.push({ role, short, change: "merge", detail: `Your ${short} merges into the CTIO role.`, becomes: "ctio" });
    } else if (ctio && widened(s) === role) {
      out.push({ role, short, change: "rescope", detail: `Your ${short} becomes the CTIO.`, becomes: "ctio" });
    } else {
      const head = role === "cio" ? "head of IT operations" : "lead architect or head of engineering";
      out.push({ role, short, change: "rescope", detail: `Beside a CTIO, your ${short} becomes the ${head} reporting to the CTIO.`, becomes: null });
    }
  }
  return out;
}

function hireFirstCaveat(current: CurrentRole[]): string | null {
  const unsure = current.filter((role) => !known(role.status)).map((role) => ROLE_TITLES[role.role].short);
  const [only] = unsure;
  if (only === undefined) return null;
  const which = unsure.length === 1 ? `whether a ${only} exists` : `whether the ${unsure.slice(0, -1).join(", ")} and ${unsure[unsure.length - 1]} roles exist`;
  return `This advice counts a role as in place only when the answers say so; ${which} today is not settled, and the advice may change once it is.`;
}

/**
 * The chart of the recommended structure against today's roles. `hireFirst` is the advice for
 * the same recommended structure (hireFirstAdvice for one result, combinedHireFirst for an organization).
 */
export function orgChart(recommended: StructureId, current: CurrentRole[], hireFirst: HireFirstAdvice): OrgChart {
  const s = Object.fromEntries(current.map((role) => [role.role, role.status])) as Statuses;
  const refocused = refocusedCtio(recommended, s, hireFirst);
  const nodes = STRUCTURE_ROLES[recommended].map(({ role, reportsTo }): ChartNode => {
    const { change, detail } = role === "ctio" ? ctioNode(s) : role === "cdo" ? cdoNode(s) : pillarNode(role, s, recommended, refocused);
    return {
      role,
      ...ROLE_TITLES[role],
      reportsTo,
      remit: remitOf(recommended, role),
      change,
      detail,
      first: hireFirst.role === role && change !== "keep" && change !== "unknown",
    };
  });
  return { recommended, nodes, current, outgoing: outgoingRoles(recommended, s, nodes, refocused), hireFirst, hireFirstCaveat: hireFirstCaveat(current) };
}
