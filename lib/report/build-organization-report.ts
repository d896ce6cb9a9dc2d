/**
 * Builds the report of an organization's combined view: its respondents' latest results combined
 * with the organization's role weights (lib/portfolio/aggregate.ts), explained from their stored
 * outputs, with the workshop agenda of where they disagree. Pure, like buildResultReport.
 */
import { combineRespondents, type RespondentResult } from "../portfolio/aggregate";
import { combinedTippingPoints, type CombinedTippingPoint } from "../portfolio/combined-change";
import {
  combinedContributions,
  combinedDimensions,
  combinedHireFirst,
  combinedTriggers,
  combinedText,
  combinedUninformed,
  type CombinedDimension,
  type CombinedMember,
  type CombinedView,
} from "../portfolio/combined-explain";
import { disagreementAgenda, disagreementRuleIn, type DisagreementAgenda } from "../portfolio/disagreement";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { TAnswers } from "../questionnaire/schema";
import { MODEL_VERSION } from "../scoring/engine";
import { recommendationContentIn, structuresIn } from "../scoring/translations/localize";
import { outputIn } from "../scoring/translations/output";
import { longDateIn } from "../i18n/dates";
import { glossaryTerm } from "../i18n/glossary";
import type { ScoringOutput, StructureId } from "../scoring/types";
import { DomainError } from "../errors";
import type { RoleWeights } from "../validation/aggregation";
import { answerAppendix, scoringParagraphs, sourceList, structureDescriptions } from "./appendix";
import { robustnessMethod } from "../scoring/robustness-text";
import { cleanUserText, contributions, rankedScores, reportHireFirst, reportRobustness, reportSignals, roleLabel } from "./build-report";
import { insideParentheses, percent, points, reportFileBaseName } from "./format";
import { reportLogo } from "./logo";
import { reportLabels, type ReportChange, ReportDisagreements, ReportMethodology, ReportModel, ReportTippingPoint } from "./model";
import { organizationSummary } from "./organization-summary";
import { UNREVIEWED } from "./review";
import { organizationStructureSections } from "./structure-sections";
import { reportCitations } from "./citations";

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

/** The role titles a reader searches the report for, as the glossary writes them in the report's language. */
const ROLE_KEYWORDS = ["cio", "cto", "ctio", "cdo"];

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

function modelNote(members: readonly CombinedMember[], locale: Locale): string | null {
  const older = members.filter((member) => member.output.modelVersion !== MODEL_VERSION);
  if (older.length === 0) return null;
  const names = older.map((member) => `${member.label} (${member.output.modelVersion})`).join(", ");
  return combinedText(locale)("report.modelNote", { names, current: MODEL_VERSION });
}

function tippingPoint(point: CombinedTippingPoint, locale: Locale): ReportTippingPoint {
  return {
    headline: point.headline,
    changes: point.changes.map((item) => ({ ...item })),
    newScores: combinedText(locale)("report.newScores", { scores: rankedScores(point.newScores, locale) }),
  };
}

/** "CTIO 61.2, …" in the language: English as every report writes it, other languages with their structure names and decimal commas. */
function dimension(item: CombinedDimension, locale: Locale): ReportMethodology["dimensions"][number] {
  const t = combinedText(locale);
  if (item.value === null) return { label: item.label, value: t("report.notInformed"), coverage: percent(item.coverage, locale) };
  const range = item.range ? t("report.dimensionRange", { low: points(item.range.low, locale), high: points(item.range.high, locale) }) : "";
  return { label: item.label, value: t("report.dimensionValue", { value: points(item.value, locale), range }), coverage: percent(item.coverage, locale) };
}

function change(members: readonly CombinedMember[], weights: RoleWeights, combined: CombinedView, locale: Locale): ReportChange {
  const t = combinedText(locale);
  const structures = structuresIn(locale);
  const runnerUp = combined.ranking[1] ?? combined.recommendation;
  return {
    lead: t("report.changeLead", { recommended: structures[combined.recommendation].name, lead: points(combined.lead, locale), runnerUp: structures[runnerUp].name }),
    // The combination's own search below covers both directions: every change of an answer, a weight or a respondent that tips it.
    eitherWay: null,
    tippingPoints: combinedTippingPoints(members, weights, combined.recommendation, locale).map((point) => tippingPoint(point, locale)),
    emptyText: t("report.changeEmpty"),
    uninformed: combinedUninformed(members),
  };
}

function disagreements(agenda: DisagreementAgenda, locale: Locale): ReportDisagreements {
  const t = combinedText(locale);
  const listed = agenda.questions.length;
  const cut = agenda.questionsWithDisagreement > listed ? t("report.disagreementsCut", { listed }) : "";
  const widestDimension = agenda.dimensions[0];
  return {
    lead:
      t("report.disagreementsLead", { count: agenda.questionsWithDisagreement, cut }) +
      (widestDimension ? t("report.widestDimension", { dimension: widestDimension.label, summary: widestDimension.summary }) : ""),
    items: agenda.questions.map((question) => ({
      question: question.label,
      summary: question.summary,
      answers: question.answers.map((answer) => ({ respondent: answer.respondent, answer: answer.answer })),
    })),
    emptyText: agenda.respondentCount < 2 ? t("report.singleRespondent") : t("report.sameAnswers"),
  };
}

/** "each respondent's answers informed between 80% and 100%", or one share when they are all alike. */
function coverageRange(members: readonly CombinedMember[], locale: Locale): string {
  const t = combinedText(locale);
  const coverages = members.map((member) => member.output.coverage);
  const low = percent(Math.min(...coverages), locale);
  const high = percent(Math.max(...coverages), locale);
  if (low === high) return members.length === 1 ? t("report.coverageOne", { low }) : t("report.coverageEvery", { low });
  return t("report.coverageRange", { low, high });
}

function methodology(members: readonly CombinedMember[], combined: CombinedView, locale: Locale): ReportMethodology {
  const t = combinedText(locale);
  const rule = disagreementRuleIn(locale);
  return {
    paragraphs: [
      ...scoringParagraphs(distinct(members.map((member) => member.output.modelVersion)), locale),
      t("report.methodCombined", { rule: t("aggregationRule") }),
      t("report.methodRobustness", { method: robustnessMethod(locale) }),
      t("report.methodDrivers"),
      t("report.methodDisagreements", { questions: rule.questions, ranking: rule.ranking }),
      t("report.methodQuestionnaire", { version: distinct(members.map((member) => member.output.questionnaireVersion)), coverage: coverageRange(members, locale) }),
    ],
    confidenceRule: combined.confidence.rule,
    structures: structureDescriptions(locale),
    dimensions: combinedDimensions(members, locale).map((item) => dimension(item, locale)),
  };
}

export function buildOrganizationReport(input: OrganizationReportInput): ReportModel {
  const generatedAt = (input.generatedAt ?? new Date()).toISOString();
  const locale = input.locale ?? DEFAULT_LOCALE;
  const labels = reportLabels(locale);
  const t = combinedText(locale);
  const structures = structuresIn(locale);
  const organizationName = cleanUserText(input.organizationName) ?? t("report.nobody");
  const consultantFirmName = cleanUserText(input.consultantFirmName);
  // Each stored output read in the report's language (statements, signals, advice), numbers and ids unchanged.
  const prepared = inSubmissionOrder(input.respondents).map((respondent) => ({
    output: outputIn({ output: respondent.output, answers: respondent.answers }, locale),
    result: asResult(respondent),
  }));
  const results = prepared.map((respondent) => respondent.result);
  const aggregate = combineRespondents(results, input.roleWeights, { locale });
  const { combined } = aggregate;
  if (!combined) throw nothingToCombine();
  // combineRespondents keeps its input's order, so the two lists pair up by position.
  const members: CombinedMember[] = prepared.flatMap(({ output, result }, index) => {
    const counted = aggregate.respondents[index];
    return counted ? [{ result, output, label: counted.label, roleLabel: counted.roleLabel, weight: counted.weight }] : [];
  });
  const agenda = disagreementAgenda(results, undefined, locale);
  const recommended: StructureId = combined.recommendation;
  const runnerUp = combined.ranking[1] ?? recommended;
  const structure = structures[recommended];
  const content = recommendationContentIn(recommended, locale);
  const explained = combinedContributions(members, recommended, runnerUp, locale);
  const hireFirstAdvice = combinedHireFirst(members, recommended, locale);
  const hireFirst = reportHireFirst(hireFirstAdvice, locale);
  const combinedSignals = combinedTriggers(members, locale);
  const triggers = reportSignals(combinedSignals, locale);
  const sections = organizationStructureSections(
    recommended,
    members.map((member) => ({ label: member.label, answers: member.result.answers })),
    hireFirstAdvice,
    combinedSignals,
    locale,
  );
  const whatWouldChange = change(members, input.roleWeights, combined, locale);
  const title = t("report.title", { organization: organizationName });
  const count = members.length;

  const drivers = contributions(
    explained.drivers,
    runnerUp,
    t("report.driversLead", { recommended: structure.name, runnerUp: structures[runnerUp].name }),
    t("report.driversEmpty"),
    undefined,
    locale,
  );
  const counter = contributions(
    explained.counterSignals,
    recommended,
    t("report.counterLead"),
    t("report.counterEmpty"),
    undefined,
    locale,
  );
  const answerLabel = t("report.answerLabel", { count });
  const note = (versus: StructureId) => t("report.note", { versus: structures[versus].name });

  return {
    kind: "organization",
    locale,
    labels,
    meta: {
      title,
      author: consultantFirmName ?? "Rolefit",
      subject: t("report.subject", { count, structure: structure.name, level: combined.confidence.level }),
      keywords: [
        "Rolefit",
        ...ROLE_KEYWORDS.map((id) => glossaryTerm(id).text[locale]),
        t("report.keywordTechnologyLeadership"),
        t("report.keywordOrganization"),
        t("report.keywordCombinedView"),
        structure.name,
      ],
    },
    fileBaseName: reportFileBaseName(organizationName, generatedAt, "rolefit-combined-report"),
    cover: {
      title,
      organizationName,
      consultantFirmName,
      consultantFirmLogo: reportLogo(input.consultantFirmLogo ?? null, consultantFirmName, locale),
      respondents: members.map((member) => ({
        name: member.label,
        role: roleLabel(member.result.role, locale),
        resultId: member.result.resultId,
        submittedAt: member.result.submittedAt,
        overrideName: member.result.override ? structures[member.result.override].name : null,
      })),
      generatedAt,
      dateLabel: longDateIn(generatedAt, locale),
      recommended,
      recommendation: structure.name,
      recommendationDescription: structure.description,
      review: UNREVIEWED,
      confidence: combined.confidence.level,
      confidenceLabel: t(`confidenceLabel.${combined.confidence.level}`),
      modelVersion: distinct(members.map((member) => member.output.modelVersion)),
      questionnaireVersion: distinct(members.map((member) => member.output.questionnaireVersion)),
      modelNote: modelNote(members, locale),
    },
    summary: organizationSummary({ locale, labels, organizationName, aggregate, combined, members, content, explained, change: whatWouldChange, hireFirst, triggers, agenda }),
    scores: {
      bars: combined.ranking.map((id) => ({ structure: id, name: structures[id].name, score: combined.scores[id], recommended: id === recommended })),
      caption: t("report.caption", {
        count,
        recommended: structure.name,
        runnerUp: structures[runnerUp].name,
        lead: points(combined.lead, locale),
        coverage: coverageRange(members, locale),
      }),
      confidenceRule: combined.confidence.rule,
      robustness: reportRobustness(combined.robustness, combined.ranking, recommended, null, locale),
    },
    drivers: { ...drivers, answerLabel, note: note(runnerUp) },
    counter: { ...counter, answerLabel, note: note(recommended) },
    change: whatWouldChange,
    ownership: content.ownership.map((row) => ({ ...row })),
    mechanisms: content.mechanisms.map((mechanism) => ({ ...mechanism })),
    kpis: content.kpis.map((kpi) => ({ role: kpi.role, metrics: [...kpi.metrics] })),
    leadership: { profile: [...content.leadershipProfile], hireFirst },
    structureChart: sections.structureChart,
    transition: sections.transition,
    revisit: { ...sections.revisit, signals: triggers, contentCitations: reportCitations(content.citations, locale) },
    disagreements: disagreements(agenda, locale),
    answers: members.map((member) =>
      answerAppendix(
        member.result.answers,
        t("report.answersOf", { name: member.label, role: insideParentheses(member.roleLabel), date: longDateIn(member.result.submittedAt, locale) }),
        locale,
      ),
    ),
    methodology: methodology(members, combined, locale),
    sources: sourceList(locale),
  };
}
