/**
 * The report's two pictures: the org chart of the recommended structure beside today's roles,
 * and the transition plan between them, with the sentences that stand in for the drawing in
 * Markdown and for screen readers. The recommended structure is a parameter, so the effective
 * one (a consultant's override included) can be drawn.
 */
import { combinedHireFirst, type HireFirstMember } from "../portfolio/combined-explain";
import type { TAnswers } from "../questionnaire/schema";
import { hireFirstAdvice } from "../scoring/hire-first";
import { CHANGE_LABELS, combinedCurrentRoles, currentRoles, orgChart, ROLE_TITLES, STATUS_LABELS, type ChangeKind, type ChartNode, type CurrentRole, type OrgChart } from "../scoring/org-chart";
import { STRUCTURES } from "../scoring/structures";
import { transitionPlan } from "../scoring/transition-plan";
import type { Citation, HireFirstAdvice, RestructureTrigger, ScoringOutput, StructureId } from "../scoring/types";
import type { ReportCitation, ReportCurrentRole, ReportStructureChart, ReportTransition } from "./model";

export interface StructureSections {
  structureChart: ReportStructureChart;
  transition: ReportTransition;
}

const CURRENT_NOTE = "The questionnaire asks which roles exist today, not who reports to whom, so today's roles are drawn side by side under the CEO.";

// Mapped here rather than with build-report's helpers, which import this module.
function citations(list: readonly Citation[]): ReportCitation[] {
  return list.map(({ source, phrase, location }) => ({ source, phrase, location }));
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A role to hire for is "hire first"; widening or merging roles already held is a first step, not a hire. */
function firstLabel(change: ChangeKind, first: boolean): string | null {
  if (!first) return null;
  return change === "create" || change === "fill" ? "Hire first" : "First step";
}

function nodePhrase(node: ChartNode): string {
  const label = firstLabel(node.change, node.first);
  const marks = [CHANGE_LABELS[node.change].toLowerCase(), ...(label ? [label.toLowerCase()] : [])].join(", ");
  return `a ${node.short} (${marks})`;
}

function currentRole(role: CurrentRole): ReportCurrentRole {
  const { short, title } = ROLE_TITLES[role.role];
  const detail = role.answers.length > 0 ? role.answers.map((answer) => `${answer.respondent}: ${STATUS_LABELS[answer.status].toLowerCase()}`).join("; ") : null;
  return { role: role.role, short, title, status: role.status, statusLabel: STATUS_LABELS[role.status], detail };
}

/** The chart in words, in the order a reader scans the drawing: recommended, today, then what changes. */
function describe(chart: OrgChart, current: ReportCurrentRole[]): string[] {
  const name = STRUCTURES[chart.recommended].name;
  const top = chart.nodes.filter((node) => node.reportsTo === "ceo");
  const below = chart.nodes.filter((node) => node.reportsTo === "cdo");
  const recommended =
    `Recommended structure, ${name}: the CEO with ${joinList(top.map(nodePhrase))} reporting directly` +
    (below.length > 0 ? `, and ${joinList(below.map(nodePhrase))} reporting to the CDO.` : ".");
  const drawn = current.filter((role) => role.status !== "none");
  const absent = current.filter((role) => role.status === "none").map((role) => role.short);
  const today =
    `Today: ${drawn.length > 0 ? joinList(drawn.map((role) => `${role.short} ${role.statusLabel.toLowerCase()}${role.detail ? ` (${role.detail})` : ""}`)) : "no technology executive role"}` +
    (absent.length > 0 ? `; not part of the structure: ${joinList(absent)}.` : ".");
  return [recommended, today, ...chart.outgoing.map((role) => `${role.short} today (${CHANGE_LABELS[role.change].toLowerCase()}): ${role.detail}`)];
}

function signalsNow(signals: readonly RestructureTrigger[]): string {
  const fired = signals.filter((signal) => signal.fired).map((signal) => signal.label.charAt(0).toLowerCase() + signal.label.slice(1));
  return fired.length > 0
    ? `Present in the answers now, so already a reason to look again: ${joinList(fired)}.`
    : `None of the ${signals.length} restructuring signals the sources name shows in the answers now.`;
}

/** The org chart for a recommended structure, today's roles and the hire-first advice for that structure. */
export function reportStructureChart(recommended: StructureId, current: CurrentRole[], hireFirst: HireFirstAdvice): ReportStructureChart {
  return chartModel(orgChart(recommended, current, hireFirst));
}

function chartModel(chart: OrgChart): ReportStructureChart {
  const { hireFirst } = chart;
  const roles = chart.current.map(currentRole);
  const name = STRUCTURES[chart.recommended].name;
  return {
    lead: `${name} drawn beside the roles in place today, each role marked with what changes for it.`,
    recommendedName: name,
    nodes: chart.nodes.map(({ first, ...node }) => ({ ...node, remit: [...node.remit], changeLabel: CHANGE_LABELS[node.change], firstLabel: firstLabel(node.change, first) })),
    current: roles,
    currentNote: CURRENT_NOTE,
    outgoing: chart.outgoing.map((role) => ({ ...role, changeLabel: CHANGE_LABELS[role.change] })),
    hireFirst: { title: hireFirst.title, reason: hireFirst.reason, caveat: chart.hireFirstCaveat, citations: citations(hireFirst.citations) },
    description: describe(chart, roles),
  };
}

/** Both sections: the chart and the transition plan between today's roles and `recommended`. */
export function structureSections(recommended: StructureId, current: CurrentRole[], hireFirst: HireFirstAdvice, triggers: readonly RestructureTrigger[]): StructureSections {
  const chart = orgChart(recommended, current, hireFirst);
  const plan = transitionPlan(recommended, chart, triggers);
  return {
    structureChart: chartModel(chart),
    transition: {
      lead: `The steps from today's roles to ${STRUCTURES[recommended].name}, in order, through the mechanisms the structure relies on.`,
      steps: plan.steps.map((step) => ({ title: step.title, detail: step.detail, citations: citations(step.citations) })),
      revisit: plan.revisit.map((point) => ({ text: point.text, citations: citations(point.citations) })),
      signalsNow: signalsNow(plan.signals),
    },
  };
}

/** For one result: its respondent's roles and the hire-first advice for `recommended`. */
export function resultStructureSections(recommended: StructureId, answers: TAnswers, output: Pick<ScoringOutput, "dimensions" | "triggers">): StructureSections {
  return structureSections(recommended, currentRoles(answers), hireFirstAdvice(recommended, answers, output.dimensions), output.triggers);
}

/** The org chart alone for an organization's page, from its respondents' answers. */
export function organizationStructureChart(recommended: StructureId, respondents: readonly HireFirstMember[]): ReportStructureChart {
  const current = combinedCurrentRoles(respondents.map((respondent) => ({ label: respondent.label, answers: respondent.result.answers })));
  return reportStructureChart(recommended, current, combinedHireFirst(respondents, recommended));
}

/** For an organization's report: every respondent's account of today's roles, disagreements kept. */
export function organizationStructureSections(
  recommended: StructureId,
  respondents: readonly { label: string; answers: TAnswers }[],
  hireFirst: HireFirstAdvice,
  triggers: readonly RestructureTrigger[],
): StructureSections {
  return structureSections(recommended, combinedCurrentRoles(respondents), hireFirst, triggers);
}
