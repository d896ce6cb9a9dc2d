/**
 * Builds the report of an organization's combined view: its respondents' latest results combined
 * with the organization's role weights (lib/portfolio/aggregate.ts), explained from their stored
 * outputs, with the workshop agenda of where they disagree. Pure, like buildResultReport.
 */
import { AGGREGATION_RULE, combineRespondents, type RespondentResult } from "../portfolio/aggregate";
import { combinedTippingPoints, type CombinedTippingPoint } from "../portfolio/combined-change";
import {
  combinedContributions,
  combinedDimensions,
  combinedHireFirst,
  combinedTriggers,
  combinedUninformed,
  type CombinedDimension,
  type CombinedMember,
  type CombinedView,
} from "../portfolio/combined-explain";
import { DISAGREEMENT_RULE, disagreementAgenda, type DisagreementAgenda } from "../portfolio/disagreement";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { TAnswers } from "../questionnaire/schema";
import { recommendationContent } from "../scoring/content";
import { MODEL_VERSION } from "../scoring/engine";
import { STRUCTURES } from "../scoring/structures";
import type { ScoringOutput, StructureId } from "../scoring/types";
import { DomainError } from "../errors";
import type { RoleWeights } from "../validation/aggregation";
import { answerAppendix, scoringParagraphs, sourceList, structureDescriptions } from "./appendix";
import { ROBUSTNESS_METHOD } from "../scoring/robustness-text";
import { citations, cleanUserText, contributions, rankedScores, reportHireFirst, reportRobustness, reportSignals, roleLabel } from "./build-report";
import { confidenceLabel, longDate, percent, points, reportFileBaseName } from "./format";
import { reportLogo } from "./logo";
import { reportLabels, type ReportChange, ReportDisagreements, ReportMethodology, ReportModel, ReportTippingPoint } from "./model";
import { organizationSummary } from "./organization-summary";
import { UNREVIEWED } from "./review";
import { organizationStructureSections } from "./structure-sections";

export interface OrganizationReportRespondent {
  resultId: string;
  /** As stored; cleaned here. */
  name: string | null;
  /** A role id ("ceo"), or null. */
  role: string | null;
  submittedAt: string;
  answers: TAnswers;
  output: ScoringOutput;
  /** A consultant's override of this result, or null. */
  override?: StructureId | null;
}

export interface OrganizationReportInput {
  organizationName: string;
  consultantFirmName: string | null;
  /** The firm's stored logo (PNG or JPEG bytes), or null. */
  consultantFirmLogo?: Uint8Array | null;
  respondents: OrganizationReportRespondent[];
  roleWeights: RoleWeights;
  generatedAt?: Date;
  /** The report's language; English when not given. */
  locale?: Locale;
}

function nothingToCombine(): DomainError {
  return new DomainError("conflict", "nothing_to_combine", "No submitted result of this organization carries weight yet, so there is no combined report.");
}

/** Submission order, so "Respondent 2" names the same person here as on the organization's page. */
function inSubmissionOrder(respondents: readonly OrganizationReportRespondent[]): OrganizationReportRespondent[] {
  return [...respondents].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.resultId.localeCompare(b.resultId));
}

function asResult(respondent: OrganizationReportRespondent): RespondentResult {
  return {
    resultId: respondent.resultId,
    name: cleanUserText(respondent.name),
    role: respondent.role,
    submittedAt: respondent.submittedAt,
    recommended: respondent.output.recommended,
    override: respondent.override ?? null,
    scores: respondent.output.scores,
    answers: respondent.answers,
    dimensions: respondent.output.dimensions,
    modelVersion: respondent.output.modelVersion,
  };
}

function distinct(values: readonly string[]): string {
  return [...new Set(values)].join(", ");
}

function modelNote(members: readonly CombinedMember[]): string | null {
  const older = members.filter((member) => member.output.modelVersion !== MODEL_VERSION);
  if (older.length === 0) return null;
  const names = older.map((member) => `${member.label} (${member.output.modelVersion})`).join(", ");
  return `Some results were scored with an earlier model: ${names}; the current model is ${MODEL_VERSION}. This report combines the results as they were scored.`;
}

function tippingPoint(point: CombinedTippingPoint): ReportTippingPoint {
  return { headline: point.headline, changes: point.changes.map((item) => ({ ...item })), newScores: `New combined scores: ${rankedScores(point.newScores)}.` };
}

function dimension(item: CombinedDimension): ReportMethodology["dimensions"][number] {
  if (item.value === null) return { label: item.label, value: "Not informed", coverage: percent(item.coverage) };
  const range = item.range ? ` (respondents ${points(item.range.low)} to ${points(item.range.high)})` : "";
  return { label: item.label, value: `${points(item.value)} of 100${range}`, coverage: percent(item.coverage) };
}

function change(members: readonly CombinedMember[], weights: RoleWeights, combined: CombinedView): ReportChange {
  const runnerUp = combined.ranking[1] ?? combined.recommendation;
  return {
    lead:
      `The combined view puts ${combined.recommendationName} ${points(combined.lead)} points ahead of ${STRUCTURES[runnerUp].name}. ` +
      "Because it is a weighted mean of the respondents' scores, it moves when one respondent's answers change, when a role's weight changes, or when a respondent is left out. " +
      "Each change below was tried on the combination itself; the answer changes come from each respondent's own search for the smallest changes that would alter their result.",
    // The combination's own search below covers both directions: every change of an answer, a weight or a respondent that tips it.
    eitherWay: null,
    tippingPoints: combinedTippingPoints(members, weights, combined.recommendation).map(tippingPoint),
    emptyText:
      "No change of one or two answers by any one respondent, no other weight for any one role and no single respondent left out would alter the combined recommendation: the respondents' answers carry it together.",
    uninformed: combinedUninformed(members),
  };
}

function disagreements(agenda: DisagreementAgenda): ReportDisagreements {
  const listed = agenda.questions.length;
  const cut = agenda.questionsWithDisagreement > listed ? `; the ${listed} widest are listed here` : "";
  const widestDimension = agenda.dimensions[0];
  return {
    lead:
      `The questions the respondents answered most differently, widest spread first: an agenda for a workshop with them. ${agenda.questionsWithDisagreement} ${agenda.questionsWithDisagreement === 1 ? "question differs" : "questions differ"} in all${cut}.` +
      (widestDimension ? ` Of the dimensions, they read ${widestDimension.label} most differently. ${widestDimension.summary}` : ""),
    items: agenda.questions.map((question) => ({
      question: question.label,
      summary: question.summary,
      answers: question.answers.map((answer) => ({ respondent: answer.respondent, answer: answer.answer })),
    })),
    emptyText:
      agenda.respondentCount < 2
        ? "With a single respondent there is nothing to compare yet."
        : "Wherever at least two respondents answered a question, they gave the same answer.",
  };
}

/** "each respondent's answers informed between 80% and 100%", or one share when they are all alike. */
function coverageRange(members: readonly CombinedMember[]): string {
  const coverages = members.map((member) => member.output.coverage);
  const low = percent(Math.min(...coverages));
  const high = percent(Math.max(...coverages));
  if (low === high) return members.length === 1 ? `the answers informed ${low}` : `every respondent's answers informed ${low}`;
  return `each respondent's answers informed between ${low} and ${high}`;
}

function methodology(members: readonly CombinedMember[], combined: CombinedView): ReportMethodology {
  return {
    paragraphs: [
      ...scoringParagraphs(distinct(members.map((member) => member.output.modelVersion))),
      `Each respondent's answers are scored on their own. How they are combined: ${AGGREGATION_RULE}`,
      `${ROBUSTNESS_METHOD} For the combined view each draw applies one variant of the model to every respondent and combines their scores with their weights.`,
      "Drivers and counter-signals of the combined view weigh each criterion the same way: its combined points for a structure are the weighted mean of the points it gave that structure in each respondent's result, so over all criteria they add up to the combined scores. What would change the combined recommendation is found by trying, on the combination itself, each respondent's smallest answer changes, every other weight for each role, and leaving out each respondent who shares a role with another.",
      `Where respondents disagree: ${DISAGREEMENT_RULE.questions} ${DISAGREEMENT_RULE.ranking}`,
      `The answers were given to questionnaire version ${distinct(members.map((member) => member.output.questionnaireVersion))}; ${coverageRange(members)} of the criterion weight.`,
    ],
    confidenceRule: combined.confidence.rule,
    structures: structureDescriptions(),
    dimensions: combinedDimensions(members).map(dimension),
  };
}

export function buildOrganizationReport(input: OrganizationReportInput): ReportModel {
  const generatedAt = (input.generatedAt ?? new Date()).toISOString();
  const locale = input.locale ?? DEFAULT_LOCALE;
  const labels = reportLabels(locale);
  const organizationName = cleanUserText(input.organizationName) ?? "This organization";
  const consultantFirmName = cleanUserText(input.consultantFirmName);
  const prepared = inSubmissionOrder(input.respondents).map((respondent) => ({ output: respondent.output, result: asResult(respondent) }));
  const results = prepared.map((respondent) => respondent.result);
  const aggregate = combineRespondents(results, input.roleWeights);
  const { combined } = aggregate;
  if (!combined) throw nothingToCombine();
  // combineRespondents keeps its input's order, so the two lists pair up by position.
  const members: CombinedMember[] = prepared.flatMap(({ output, result }, index) => {
    const counted = aggregate.respondents[index];
    return counted ? [{ result, output, label: counted.label, roleLabel: counted.roleLabel, weight: counted.weight }] : [];
  });
  const agenda = disagreementAgenda(results);
  const recommended: StructureId = combined.recommendation;
  const runnerUp = combined.ranking[1] ?? recommended;
  const structure = STRUCTURES[recommended];
  const content = recommendationContent(recommended);
  const explained = combinedContributions(members, recommended, runnerUp);
  const hireFirstAdvice = combinedHireFirst(members, recommended);
  const hireFirst = reportHireFirst(hireFirstAdvice);
  const combinedSignals = combinedTriggers(members);
  const triggers = reportSignals(combinedSignals);
  const whatWouldChange = change(members, input.roleWeights, combined);
  const title = `Combined technology leadership recommendation for ${organizationName}`;
  const count = members.length;

  const drivers = contributions(
    explained.drivers,
    runnerUp,
    `The criteria that put ${structure.name} ahead of ${STRUCTURES[runnerUp].name} in the combined view, largest first, with each respondent's answer and the passages they rest on.`,
    "No single criterion stands out across the respondents; the combined scores are close.",
  );
  const counter = contributions(
    explained.counterSignals,
    recommended,
    "Criteria in the respondents' answers that favour another structure in the combined view, largest first.",
    "Across the respondents, none of the answers points to another structure.",
  );
  const answerLabel = count === 1 ? "Answer" : "Answers";
  const note = (versus: StructureId) =>
    `Points are combined score points out of 100 (the weighted mean of the respondents' points) by which the criterion favours that structure over ${STRUCTURES[versus].name}.`;

  return {
    kind: "organization",
    locale,
    labels,
    meta: {
      title,
      author: consultantFirmName ?? "Rolefit",
      subject: `Combined recommendation of ${count} ${count === 1 ? "respondent" : "respondents"}: ${structure.name} (${confidenceLabel(combined.confidence.level).toLowerCase()})`,
      keywords: ["Rolefit", "CIO", "CTO", "CTIO", "CDO", "technology leadership", "organization", "combined view", structure.name],
    },
    fileBaseName: reportFileBaseName(organizationName, generatedAt, "rolefit-combined-report"),
    cover: {
      title,
      organizationName,
      consultantFirmName,
      consultantFirmLogo: reportLogo(input.consultantFirmLogo ?? null, consultantFirmName),
      respondents: members.map((member) => ({
        name: member.label,
        role: roleLabel(member.result.role),
        resultId: member.result.resultId,
        submittedAt: member.result.submittedAt,
        overrideName: member.result.override ? STRUCTURES[member.result.override].name : null,
      })),
      generatedAt,
      dateLabel: longDate(generatedAt),
      recommended,
      recommendation: structure.name,
      recommendationDescription: structure.description,
      review: UNREVIEWED,
      confidence: combined.confidence.level,
      confidenceLabel: confidenceLabel(combined.confidence.level),
      modelVersion: distinct(members.map((member) => member.output.modelVersion)),
      questionnaireVersion: distinct(members.map((member) => member.output.questionnaireVersion)),
      modelNote: modelNote(members),
    },
    summary: organizationSummary({ labels, organizationName, aggregate, combined, members, content, explained, change: whatWouldChange, hireFirst, triggers, agenda }),
    scores: {
      bars: combined.ranking.map((id) => ({ structure: id, name: STRUCTURES[id].name, score: combined.scores[id], recommended: id === recommended })),
      caption:
        `In the combined view of ${count} ${count === 1 ? "respondent" : "respondents"}, ${structure.name} leads ${STRUCTURES[runnerUp].name} by ${points(combined.lead)} points; ` +
        `${coverageRange(members)} of the model.`,
      confidenceRule: combined.confidence.rule,
      robustness: reportRobustness(combined.robustness, combined.ranking, recommended, null),
    },
    drivers: { ...drivers, answerLabel, note: note(runnerUp) },
    counter: { ...counter, answerLabel, note: note(recommended) },
    change: whatWouldChange,
    ownership: content.ownership.map((row) => ({ ...row })),
    mechanisms: content.mechanisms.map((mechanism) => ({ ...mechanism })),
    kpis: content.kpis.map((kpi) => ({ role: kpi.role, metrics: [...kpi.metrics] })),
    leadership: { profile: [...content.leadershipProfile], hireFirst },
    revisit: { revisitTriggers: [...content.revisitTriggers], signals: triggers, contentCitations: citations(content.citations) },
    ...organizationStructureSections(
      recommended,
      members.map((member) => ({ label: member.label, answers: member.result.answers })),
      hireFirstAdvice,
      combinedSignals,
    ),
    disagreements: disagreements(agenda),
    answers: members.map((member) =>
      answerAppendix(member.result.answers, `${member.label} (${member.roleLabel}, submitted ${longDate(member.result.submittedAt)})`),
    ),
    methodology: methodology(members, combined),
    sources: sourceList(),
  };
}
