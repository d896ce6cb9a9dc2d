/**
 * The executive summary of an organization's combined report: who was combined and how, the
 * combined recommendation, how far the respondents agree, and what would change it, in a few
 * plain sentences. Everything it says comes from the combination and the respondents' outputs.
 */
import { AGGREGATION_RULE, type OrganizationAggregate } from "../portfolio/aggregate";
import type { DisagreementAgenda } from "../portfolio/disagreement";
import { STRUCTURES } from "../scoring/structures";
import type { Contribution, RecommendationContent, StructureId } from "../scoring/types";
import { joinNames, type CombinedMember, type CombinedView } from "../portfolio/combined-explain";
import { plural, points } from "./format";
import type { ReportChange, ReportLabels, ReportLeadership, ReportTrigger } from "./model";

export interface OrganizationSummaryInput {
  labels: ReportLabels;
  organizationName: string;
  aggregate: OrganizationAggregate;
  combined: CombinedView;
  members: readonly CombinedMember[];
  content: RecommendationContent;
  explained: { drivers: Contribution[]; counterSignals: Contribution[] };
  change: ReportChange;
  hireFirst: ReportLeadership["hireFirst"];
  triggers: ReportTrigger[];
  agenda: DisagreementAgenda;
}

/** How many questions of the agenda the summary names. */
const NAMED_DISAGREEMENTS = 3;

function weightsSentence(aggregate: OrganizationAggregate): string {
  const held = aggregate.weights.filter((row) => row.respondents > 0);
  if (held.every((row) => row.weight === 1)) return "Every respondent's role weighs 1, so each counts equally.";
  const rows = held.map((row) => `${row.label} ${row.weight} (${plural(row.respondents, "respondent", "respondents")}${row.weight === 0 ? ", left out" : ""})`);
  return `Role weights used: ${rows.join("; ")}.`;
}

function agreementSentence(members: readonly CombinedMember[], combined: CombinedView): string {
  const counted = members.filter((member) => member.weight > 0);
  const name = combined.recommendationName;
  const dissent = new Map<StructureId, string[]>();
  for (const member of counted) {
    if (member.result.recommended !== combined.recommendation) {
      dissent.set(member.result.recommended, [...(dissent.get(member.result.recommended) ?? []), member.label]);
    }
  }
  const parts =
    dissent.size === 0
      ? [counted.length === 1 ? `The one counted respondent recommends ${name} on their own.` : `Every counted respondent recommends ${name} on their own.`]
      : [
          `${combined.agreement.respondents} of ${combined.agreement.of} counted respondents recommend ${name} on their own; ` +
            [...dissent].map(([id, names]) => `${joinNames(names)} ${names.length === 1 ? "recommends" : "recommend"} ${STRUCTURES[id].name}`).join("; ") +
            ".",
        ];
  const left = members.filter((member) => member.weight === 0).map((member) => member.label);
  if (left.length > 0) parts.push(`${joinNames(left)} ${left.length === 1 ? "is" : "are"} left out by a weight of 0.`);
  return parts.join(" ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function organizationSummary(input: OrganizationSummaryInput): string[] {
  const { aggregate, combined, members, explained, change, agenda } = input;
  const name = combined.recommendationName;
  const people = joinNames(members.map((member) => `${member.label} (${member.roleLabel})`));
  const others = combined.ranking
    .filter((id) => id !== combined.recommendation)
    .map((id) => `${STRUCTURES[id].name} (${points(combined.scores[id])})`)
    .join(" and ");
  const paragraphs = [
    `Recommended structure for ${input.organizationName}, combining the answers of ${plural(members.length, "respondent", "respondents")}: ${name}. ${input.content.summary}`,
    `The respondents are ${people}. ${AGGREGATION_RULE} ${weightsSentence(aggregate)}`,
    `${name} scores ${points(combined.scores[combined.recommendation])} out of 100 in the combined view, against ${others}. ` +
      `Confidence is ${combined.confidence.level}: ${combined.confidence.reason} ${agreementSentence(members, combined)}`,
  ];

  const reasons: string[] = [];
  const strongest = explained.drivers[0];
  if (strongest) reasons.push(`What weighs most in its favour across the respondents: ${strongest.statement}`);
  const against = explained.counterSignals[0];
  if (against) reasons.push(`What points the other way: ${against.statement}`);
  if (reasons.length > 0) paragraphs.push(reasons.join(" "));

  const nearest = change.tippingPoints[0];
  paragraphs.push(nearest ? `One change that would alter it: ${lowerFirst(nearest.headline)}` : change.emptyText);
  paragraphs.push(`${input.labels.headings.hireFirst}: ${input.hireFirst.title}.`);

  const fired = input.triggers.filter((trigger) => trigger.fired);
  if (fired.length > 0) {
    paragraphs.push(`Signals that the current set-up needs attention now, in at least one respondent's answers: ${fired.map((trigger) => trigger.label).join("; ")}.`);
  }
  const widest = agenda.questions.slice(0, NAMED_DISAGREEMENTS).map((question) => `"${question.label}"`);
  if (widest.length > 0) {
    paragraphs.push(`The respondents disagree most on ${joinNames(widest)}; "Where respondents disagree" sets out each one's answers, as an agenda for talking it through.`);
  }
  return paragraphs;
}
