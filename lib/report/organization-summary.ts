/**
 * The executive summary of an organization's combined report: who was combined and how, the
 * combined recommendation, how far the respondents agree, and what would change it, in a few
 * plain sentences. Everything it says comes from the combination and the respondents' outputs.
 */
import type { Locale } from "../i18n/locales";
import { joinAnd } from "../scoring/robustness-text";
import type { OrganizationAggregate } from "../portfolio/aggregate";
import type { DisagreementAgenda } from "../portfolio/disagreement";
import { structuresIn } from "../scoring/translations/localize";
import type { Contribution, RecommendationContent, StructureId } from "../scoring/types";
import { combinedText, numberIn, type CombinedMember, type CombinedView } from "../portfolio/combined-explain";
import { insideParentheses, points } from "./format";
import type { ReportChange, ReportLabels, ReportLeadership, ReportTrigger } from "./model";

export interface OrganizationSummaryInput {
  locale: Locale;
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

function weightsSentence(aggregate: OrganizationAggregate, locale: Locale): string {
  const t = combinedText(locale);
  const held = aggregate.weights.filter((row) => row.respondents > 0);
  if (held.every((row) => row.weight === 1)) return t("summary.allEqual");
  const rows = held.map((row) =>
    t("summary.weightRow", { role: row.label, weight: numberIn(row.weight, locale), count: row.respondents, leftOut: row.weight === 0 ? "yes" : "no" }),
  );
  return t("summary.weightsUsed", { rows: rows.join("; ") });
}

function agreementSentence(members: readonly CombinedMember[], combined: CombinedView, locale: Locale): string {
  const t = combinedText(locale);
  const structures = structuresIn(locale);
  const counted = members.filter((member) => member.weight > 0);
  const name = structures[combined.recommendation].name;
  const dissent = new Map<StructureId, string[]>();
  for (const member of counted) {
    if (member.result.recommended !== combined.recommendation) {
      dissent.set(member.result.recommended, [...(dissent.get(member.result.recommended) ?? []), member.label]);
    }
  }
  const parts =
    dissent.size === 0
      ? [counted.length === 1 ? t("summary.oneAgrees", { structure: name }) : t("summary.allAgree", { structure: name })]
      : [
          t("summary.someAgree", {
            agreeing: combined.agreement.respondents,
            counted: combined.agreement.of,
            structure: name,
            dissent: [...dissent]
              .map(([id, names]) => t("summary.dissent", { names: joinAnd(names, locale), count: names.length, structure: structures[id].name }))
              .join("; "),
          }),
        ];
  const left = members.filter((member) => member.weight === 0).map((member) => member.label);
  if (left.length > 0) parts.push(t("summary.leftOut", { names: joinAnd(left, locale), count: left.length }));
  return parts.join(" ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function organizationSummary(input: OrganizationSummaryInput): string[] {
  const { aggregate, combined, members, explained, change, agenda, locale } = input;
  const t = combinedText(locale);
  const structures = structuresIn(locale);
  const name = structures[combined.recommendation].name;
  const people = joinAnd(
    members.map((member) => `${member.label} (${insideParentheses(member.roleLabel)})`),
    locale,
  );
  const others = joinAnd(
    combined.ranking
      .filter((id) => id !== combined.recommendation)
      .map((id) => t("summary.otherScore", { structure: structures[id].name, score: points(combined.scores[id], locale) })),
    locale,
  );
  const paragraphs = [
    t("summary.recommended", { organization: input.organizationName, count: members.length, structure: name, summary: input.content.summary }),
    t("summary.respondents", { people, rule: t("aggregationRule"), weights: weightsSentence(aggregate, locale) }),
    t("summary.scores", {
      structure: name,
      score: points(combined.scores[combined.recommendation], locale),
      others,
      level: t(`confidence.${combined.confidence.level}`),
      reason: combined.confidence.reason,
      agreement: agreementSentence(members, combined, locale),
    }),
  ];

  const reasons: string[] = [];
  const strongest = explained.drivers[0];
  if (strongest) reasons.push(t("summary.favour", { statement: strongest.statement }));
  const against = explained.counterSignals[0];
  if (against) reasons.push(t("summary.against", { statement: against.statement }));
  if (reasons.length > 0) paragraphs.push(reasons.join(" "));

  const nearest = change.tippingPoints[0];
  paragraphs.push(nearest ? t("summary.oneChange", { headline: lowerFirst(nearest.headline) }) : change.emptyText);
  paragraphs.push(t("summary.hireFirst", { heading: input.labels.headings.hireFirst, title: input.hireFirst.title }));

  const fired = input.triggers.filter((trigger) => trigger.fired);
  if (fired.length > 0) {
    paragraphs.push(t("summary.signals", { labels: fired.map((trigger) => trigger.label).join("; ") }));
  }
  const widest = agenda.questions.slice(0, NAMED_DISAGREEMENTS).map((question) => t("summary.quoted", { text: question.label }));
  if (widest.length > 0) {
    paragraphs.push(t("summary.disagree", { questions: joinAnd(widest, locale), section: input.labels.sections.disagreements }));
  }
  return paragraphs;
}
