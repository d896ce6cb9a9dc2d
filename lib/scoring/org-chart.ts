/**
 * The recommended structure as an org chart beside the roles the company has today, with what
 * changes between the two. The recommended structure is a parameter (a consultant may override
 * the model's), today's roles come from the questionnaire's leadership section, and a role whose
 * status is not known is shown as not known: nothing here guesses it.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { TAnswers } from "../questionnaire/schema";
import { ownersOf } from "./content";
import { joinAnd } from "./robustness-text";
import { recommendationContentIn } from "./translations/localize";
import { CHART_ROLES, type ChartRole, type HireFirstAdvice, type StructureId } from "./types";

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

const CURRENT_STATUSES: readonly CurrentStatus[] = ["filled", "vacant", "none", "unknown", "disputed"];
const CHANGE_KINDS: readonly ChangeKind[] = ["keep", "create", "fill", "merge", "rescope", "remove", "unknown"];

type Translate = ReturnType<typeof translator<"ReportScoring">>;

/** The role titles in a language: German keeps the English titles, French uses its own (DSI for the CIO). */
export function roleTitlesIn(locale: Locale): Record<ChartRole, { title: string; short: string }> {
  const t = translator(locale, "ReportScoring");
  return Object.fromEntries(CHART_ROLES.map((role) => [role, { title: t(`chart.roles.${role}.title`), short: t(`chart.roles.${role}.short`) }])) as Record<ChartRole, { title: string; short: string }>;
}

export function statusLabelsIn(locale: Locale): Record<CurrentStatus, string> {
  const t = translator(locale, "ReportScoring");
  return Object.fromEntries(CURRENT_STATUSES.map((status) => [status, t(`chart.status.${status}`)])) as Record<CurrentStatus, string>;
}

export function changeLabelsIn(locale: Locale): Record<ChangeKind, string> {
  const t = translator(locale, "ReportScoring");
  return Object.fromEntries(CHANGE_KINDS.map((change) => [change, t(`chart.change.${change}`)])) as Record<ChangeKind, string>;
}

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

/** The areas of the ownership split the role owns; an area it shares with another role says so. */
export function remitOf(structure: StructureId, role: ChartRole, locale: Locale = DEFAULT_LOCALE): string[] {
  const t = translator(locale, "ReportScoring");
  const localized = recommendationContentIn(structure, locale).ownership;
  return ownersOf(structure).flatMap((owners, index) => {
    if (!owners.includes(role)) return [];
    const area = localized[index]!.area;
    return [owners.length > 1 ? t("chart.shared", { area }) : area];
  });
}

type Statuses = Record<ChartRole, CurrentStatus>;

/** What the chart's sentences need: the translator and the role abbreviations in the language. */
interface Words {
  locale: Locale;
  t: Translate;
  short: (role: ChartRole) => string;
}

function known(status: CurrentStatus): boolean {
  return status !== "unknown" && status !== "disputed";
}

function notKnownFact(role: ChartRole, status: CurrentStatus, w: Words): string {
  return w.t(status === "disputed" ? "chart.disputedFact" : "chart.unknownFact", { role: w.short(role) });
}

function notKnownDetail(role: ChartRole, status: CurrentStatus, w: Words): string {
  return w.t(status === "disputed" ? "chart.settleBeforeDeciding" : "chart.confirmBeforeDeciding", { fact: notKnownFact(role, status, w) });
}

/** Toward a CTIO without one in place: the incumbent whose role widens into it, as hireFirstAdvice prefers (the CTO first). */
function widened(s: Statuses): "cio" | "cto" | null {
  if (s.ctio !== "none" && s.ctio !== "vacant") return null;
  if (s.cio === "filled" && s.cto === "filled") return null;
  return s.cto === "filled" ? "cto" : s.cio === "filled" ? "cio" : null;
}

function ctioNode(s: Statuses, w: Words): Pick<ChartNode, "change" | "detail"> {
  const { t } = w;
  if (s.ctio === "filled") return { change: "keep", detail: t("chart.ctio.keep") };
  if (!known(s.ctio)) return { change: "unknown", detail: notKnownDetail("ctio", s.ctio, w) };
  if (s.cio === "filled" && s.cto === "filled") return { change: "merge", detail: t("chart.ctio.merge", { cio: w.short("cio"), cto: w.short("cto") }) };
  const incumbent = widened(s);
  if (incumbent) return { change: "rescope", detail: t("chart.ctio.widen", { role: w.short(incumbent) }) };
  if (s.ctio === "vacant") return { change: "fill", detail: t("chart.ctio.fill") };
  return { change: "create", detail: t("chart.ctio.create") };
}

function pillarNode(role: "cio" | "cto", s: Statuses, structure: StructureId, refocused: "cio" | "cto" | null, w: Words): Pick<ChartNode, "change" | "detail"> {
  const { t } = w;
  const short = w.short(role);
  const underCdo = structure === "cdo";
  if (s[role] === "filled") {
    if (underCdo && !known(s.cdo)) return { change: "keep", detail: t("chart.pillar.keepCdoUnsettled", { role: short }) };
    if (underCdo && s.cdo !== "filled") return { change: "rescope", detail: t("chart.pillar.keepReportingToCdo", { role: short }) };
    return { change: "keep", detail: underCdo ? t("chart.pillar.keepUnderCdo", { role: short }) : t("chart.pillar.keepAsPeer", { role: short, peer: w.short(role === "cio" ? "cto" : "cio") }) };
  }
  if (!known(s[role])) return { change: "unknown", detail: notKnownDetail(role, s[role], w) };
  if (refocused === role) return { change: "rescope", detail: t("chart.pillar.refocus", { role: short }) };
  if (s[role] === "vacant") return { change: "fill", detail: t("chart.pillar.fill", { role: short }) };
  return { change: "create", detail: t("chart.pillar.create", { role: short, underCdo: underCdo ? "yes" : "no" }) };
}

function cdoNode(s: Statuses, w: Words): Pick<ChartNode, "change" | "detail"> {
  const { t } = w;
  if (s.cdo === "filled") return { change: "keep", detail: t("chart.cdo.keep") };
  if (!known(s.cdo)) return { change: "unknown", detail: notKnownDetail("cdo", s.cdo, w) };
  if (s.cdo === "vacant") return { change: "fill", detail: t("chart.cdo.fill") };
  return { change: "create", detail: t("chart.cdo.create", { cio: w.short("cio"), cto: w.short("cto") }) };
}

/** Under "separate", a CTIO with neither peer in place keeps the side the hire-first advice does not hire for. */
function refocusedCtio(structure: StructureId, s: Statuses, hireFirst: HireFirstAdvice): "cio" | "cto" | null {
  const open = (status: CurrentStatus) => status === "none" || status === "vacant";
  if (structure !== "separate" || s.ctio !== "filled" || !open(s.cio) || !open(s.cto)) return null;
  if (hireFirst.role === "cio") return "cto";
  if (hireFirst.role === "cto") return "cio";
  return null;
}

function outgoingRoles(structure: StructureId, s: Statuses, nodes: ChartNode[], refocused: "cio" | "cto" | null, w: Words): OutgoingRole[] {
  const { t } = w;
  const inStructure = new Set(nodes.map((node) => node.role));
  const ctio = nodes.find((node) => node.role === "ctio");
  const out: OutgoingRole[] = [];
  for (const role of CHART_ROLES) {
    if (inStructure.has(role)) continue;
    const short = w.short(role);
    const status = s[role];
    if (status === "none") continue;
    if (!known(status)) {
      out.push({ role, short, change: "unknown", detail: t("chart.outgoing.unknown", { fact: notKnownFact(role, status, w), role: short }), becomes: null });
      continue;
    }
    if (status === "vacant") {
      out.push({ role, short, change: "remove", detail: t("chart.outgoing.vacant", { role: short }), becomes: null });
      continue;
    }
    if (role === "ctio") {
      out.push({
        role,
        short,
        change: "rescope",
        detail: refocused
          ? t("chart.outgoing.ctioRefocused", { role: w.short(refocused) })
          : t("chart.outgoing.ctioSplit", { cio: w.short("cio"), cto: w.short("cto"), underCdo: structure === "cdo" ? "yes" : "no" }),
        becomes: refocused,
      });
    } else if (role === "cdo") {
      out.push({ role, short, change: "rescope", detail: t("chart.outgoing.cdo"), becomes: null });
    } else if (ctio?.change === "merge") {
      out.push({ role, short, change: "merge", detail: t("chart.outgoing.merges", { role: short }), becomes: "ctio" });
    } else if (ctio && widened(s) === role) {
      out.push({ role, short, change: "rescope", detail: t("chart.outgoing.becomesCtio", { role: short }), becomes: "ctio" });
    } else {
      out.push({ role, short, change: "rescope", detail: t(role === "cio" ? "chart.outgoing.besideCtioCio" : "chart.outgoing.besideCtioCto", { role: short }), becomes: null });
    }
  }
  return out;
}

function hireFirstCaveat(current: CurrentRole[], w: Words): string | null {
  const unsure = current.filter((role) => !known(role.status)).map((role) => w.short(role.role));
  const [only] = unsure;
  if (only === undefined) return null;
  const which = unsure.length === 1 ? w.t("chart.caveat.one", { role: only }) : w.t("chart.caveat.several", { roles: joinAnd(unsure, w.locale) });
  return w.t("chart.caveat.sentence", { which });
}

/**
 * The chart of the recommended structure against today's roles. `hireFirst` is the advice for
 * the same recommended structure (hireFirstAdvice for one result, combinedHireFirst for an organization).
 */
export function orgChart(recommended: StructureId, current: CurrentRole[], hireFirst: HireFirstAdvice, locale: Locale = DEFAULT_LOCALE): OrgChart {
  const titles = roleTitlesIn(locale);
  const w: Words = { locale, t: translator(locale, "ReportScoring"), short: (role) => titles[role].short };
  const s = Object.fromEntries(current.map((role) => [role.role, role.status])) as Statuses;
  const refocused = refocusedCtio(recommended, s, hireFirst);
  const nodes = STRUCTURE_ROLES[recommended].map(({ role, reportsTo }): ChartNode => {
    const { change, detail } = role === "ctio" ? ctioNode(s, w) : role === "cdo" ? cdoNode(s, w) : pillarNode(role, s, recommended, refocused, w);
    return {
      role,
      ...titles[role],
      reportsTo,
      remit: remitOf(recommended, role, locale),
      change,
      detail,
      first: hireFirst.role === role && change !== "keep" && change !== "unknown",
    };
  });
  return { recommended, nodes, current, outgoing: outgoingRoles(recommended, s, nodes, refocused, w), hireFirst, hireFirstCaveat: hireFirstCaveat(current, w) };
}
