/**
 * The report's two pictures: the org chart of the recommended structure beside today's roles,
 * and the transition plan between them, with the sentences that stand in for the drawing in
 * Markdown and for screen readers. The recommended structure is a parameter, so the effective
 * one (a consultant's override included) can be drawn.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { combinedHireFirst, type HireFirstMember } from "../portfolio/combined-explain";
import type { TAnswers } from "../questionnaire/schema";
import { hireFirstAdvice } from "../scoring/hire-first";
import { changeLabelsIn, combinedCurrentRoles, currentRoles, orgChart, roleTitlesIn, statusLabelsIn, type ChangeKind, type ChartNode, type CurrentRole, type OrgChart } from "../scoring/org-chart";
import { joinAnd } from "../scoring/robustness-text";
import { transitionPlan } from "../scoring/transition-plan";
import { structuresIn } from "../scoring/translations/localize";
import type { HireFirstAdvice, RestructureTrigger, ScoringOutput, StructureId } from "../scoring/types";
import type { ReportCurrentRole, ReportRevisit, ReportStructureChart, ReportTransition } from "./model";
import { reportCitations } from "./citations";

export interface StructureSections {
  structureChart: ReportStructureChart;
  transition: ReportTransition;
  /** The plan's revisit points and the signals in the answers now, for the revisit section. */
  revisit: Pick<ReportRevisit, "points" | "signalsNow">;
}

type Translate = ReturnType<typeof translator<"Report">>;

/** The words the chart's sentences are made of, in the report's language. */
interface Words {
  locale: Locale;
  t: Translate;
  changes: Record<ChangeKind, string>;
}

function wordsIn(locale: Locale): Words {
  return { locale, t: translator(locale, "Report"), changes: changeLabelsIn(locale) };
}

/** A role to hire for is "hire first"; widening or merging roles already held is a first step, not a hire. */
function firstLabel(change: ChangeKind, first: boolean, w: Words): string | null {
  if (!first) return null;
  return change === "create" || change === "fill" ? w.t("chart.hireFirst") : w.t("chart.firstStep");
}

function nodePhrase(node: ChartNode, w: Words): string {
  const label = firstLabel(node.change, node.first, w);
  const marks = [w.changes[node.change].toLowerCase(), ...(label ? [label.toLowerCase()] : [])].join(", ");
  return w.t("chart.nodePhrase", { role: node.short, marks });
}

function currentRole(role: CurrentRole, locale: Locale): ReportCurrentRole {
  const { short, title } = roleTitlesIn(locale)[role.role];
  const labels = statusLabelsIn(locale);
  const detail = role.answers.length > 0 ? role.answers.map((answer) => `${answer.respondent}: ${labels[answer.status].toLowerCase()}`).join("; ") : null;
  return { role: role.role, short, title, status: role.status, statusLabel: labels[role.status], detail };
}

/** The chart in words, in the order a reader scans the drawing: recommended, today, then what changes. */
function describe(chart: OrgChart, current: ReportCurrentRole[], w: Words): string[] {
  const { t, locale } = w;
  const name = structuresIn(locale)[chart.recommended].name;
  const top = chart.nodes.filter((node) => node.reportsTo === "ceo");
  const below = chart.nodes.filter((node) => node.reportsTo === "cdo");
  const recommended = t("chart.describeRecommended", {
    name,
    top: joinAnd(top.map((node) => nodePhrase(node, w)), locale),
    hasBelow: below.length > 0 ? "yes" : "no",
    below: joinAnd(below.map((node) => nodePhrase(node, w)), locale),
  });
  const drawn = current.filter((role) => role.status !== "none");
  const absent = current.filter((role) => role.status === "none").map((role) => role.short);
  const today = t("chart.describeToday", {
    roles: drawn.length > 0 ? joinAnd(drawn.map((role) => `${role.short} ${role.statusLabel.toLowerCase()}${role.detail ? ` (${role.detail})` : ""}`), locale) : t("chart.noExecutive"),
    hasAbsent: absent.length > 0 ? "yes" : "no",
    absent: joinAnd(absent, locale),
  });
  return [recommended, today, ...chart.outgoing.map((role) => t("chart.describeOutgoing", { role: role.short, change: w.changes[role.change].toLowerCase(), detail: role.detail }))];
}

function signalsNow(signals: readonly RestructureTrigger[], w: Words): string {
  const fired = signals.filter((signal) => signal.fired).map((signal) => (w.locale === "de" ? signal.label : signal.label.charAt(0).toLowerCase() + signal.label.slice(1)));
  return fired.length > 0 ? w.t("transition.signalsPresent", { signals: joinAnd(fired, w.locale) }) : w.t("transition.signalsAbsent", { count: signals.length });
}

/** The org chart for a recommended structure, today's roles and the hire-first advice for that structure. */
export function reportStructureChart(recommended: StructureId, current: CurrentRole[], hireFirst: HireFirstAdvice, locale: Locale = DEFAULT_LOCALE): ReportStructureChart {
  return chartModel(orgChart(recommended, current, hireFirst, locale), wordsIn(locale));
}

function chartModel(chart: OrgChart, w: Words): ReportStructureChart {
  const { hireFirst } = chart;
  const roles = chart.current.map((role) => currentRole(role, w.locale));
  const name = structuresIn(w.locale)[chart.recommended].name;
  return {
    lead: w.t("chart.lead", { name }),
    recommendedName: name,
    nodes: chart.nodes.map(({ first, ...node }) => ({ ...node, remit: [...node.remit], changeLabel: w.changes[node.change], firstLabel: firstLabel(node.change, first, w) })),
    current: roles,
    currentNote: w.t("chart.currentNote"),
    outgoing: chart.outgoing.map((role) => ({ ...role, changeLabel: w.changes[role.change] })),
    hireFirst: { title: hireFirst.title, reason: hireFirst.reason, caveat: chart.hireFirstCaveat, citations: reportCitations(hireFirst.citations, w.locale) },
    description: describe(chart, roles, w),
  };
}

/** Both sections: the chart and the transition plan between today's roles and `recommended`. */
export function structureSections(
  recommended: StructureId,
  current: CurrentRole[],
  hireFirst: HireFirstAdvice,
  triggers: readonly RestructureTrigger[],
  locale: Locale = DEFAULT_LOCALE,
): StructureSections {
  const w = wordsIn(locale);
  const chart = orgChart(recommended, current, hireFirst, locale);
  const plan = transitionPlan(recommended, chart, triggers, locale);
  return {
    structureChart: chartModel(chart, w),
    transition: {
      lead: w.t("transition.lead", { name: structuresIn(locale)[recommended].name }),
      steps: plan.steps.map((step) => ({ title: step.title, detail: step.detail, citations: reportCitations(step.citations, w.locale) })),
    },
    revisit: {
      points: plan.revisit.map((point) => ({ text: point.text, citations: reportCitations(point.citations, w.locale) })),
      signalsNow: signalsNow(plan.signals, w),
    },
  };
}

/** For one result: its respondent's roles and the hire-first advice for `recommended`, both in the locale. */
export function resultStructureSections(recommended: StructureId, answers: TAnswers, output: Pick<ScoringOutput, "dimensions" | "triggers">, locale: Locale = DEFAULT_LOCALE): StructureSections {
  return structureSections(recommended, currentRoles(answers), hireFirstAdvice(recommended, answers, output.dimensions, locale), output.triggers, locale);
}

/** The org chart alone for an organization's page, from its respondents' answers. */
export function organizationStructureChart(recommended: StructureId, respondents: readonly HireFirstMember[], locale: Locale = DEFAULT_LOCALE): ReportStructureChart {
  const current = combinedCurrentRoles(respondents.map((respondent) => ({ label: respondent.label, answers: respondent.result.answers })));
  return reportStructureChart(recommended, current, combinedHireFirst(respondents, recommended, locale), locale);
}

/** For an organization's report: every respondent's account of today's roles, disagreements kept. */
export function organizationStructureSections(
  recommended: StructureId,
  respondents: readonly { label: string; answers: TAnswers }[],
  hireFirst: HireFirstAdvice,
  triggers: readonly RestructureTrigger[],
  locale: Locale = DEFAULT_LOCALE,
): StructureSections {
  return structureSections(recommended, combinedCurrentRoles(respondents), hireFirst, triggers, locale);
}
