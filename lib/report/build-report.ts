/**
 * Builds the report model of one stored result. Pure: no I/O, no clock unless none is given,
 * so the same input always yields the same report (and the tests can pin the date).
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { TAnswers } from "../questionnaire/schema";
import { recommendationContent } from "../scoring/content";
import { hireFirstAdvice } from "../scoring/hire-first";
import { MODEL_VERSION } from "../scoring/engine";
import { EITHER_WAY_LEAD, drawsLabel, eitherWay, robustnessCaption, shareBars, winConditions } from "../scoring/robustness-text";
import { robustnessOfStored } from "../scoring/stored";
import { STRUCTURES } from "../scoring/structures";
import type { Citation, Contribution, HireFirstAdvice, RestructureTrigger, Robustness, ScoringOutput, StructureId, StructureScores, TippingPoint } from "../scoring/types";
import { RESPONDENT_ROLES } from "../validation/assessment";
import { answerAppendix, methodologySummary, sourceList } from "./appendix";
import { confidenceLabel, leadPoints, longDate, percent, points, reportFileBaseName } from "./format";
import { reportLogo } from "./logo";
import { resultStructureSections } from "./structure-sections";
import { reportLabels, type ReportChange, ReportCitation, ReportContributions, ReportLeadership, ReportModel, ReportRespondent, ReportRobustness, ReportTippingPoint, ReportTrigger } from "./model";
import { reportReview, type ResultReview } from "./review";
import { executiveSummary } from "./summary";

export interface ResultReportInput {
  resultId: string;
  submittedAt: string;
  output: ScoringOutput;
  answers: TAnswers;
  organizationName: string | null;
  respondentName: string | null;
  /** A role id from the assessment details ("ceo"), or null. */
  respondentRole: string | null;
  consultantFirmName: string | null;
  /** The firm's stored logo (PNG or JPEG bytes), or null. */
  consultantFirmLogo?: Uint8Array | null;
  /** The consultants' review; absent for a result outside any organization, which nobody reviews. */
  review?: ResultReview | null;
  generatedAt?: Date;
  /** The report's language; English when not given. */
  locale?: Locale;
}

const NO_REVIEW: ResultReview = { status: "new", statusBy: null, statusAt: null, override: null };

export function citations(list: readonly Citation[]): ReportCitation[] {
  return list.map((citation) => ({ source: citation.source, phrase: citation.phrase, location: citation.location }));
}

/**
 * User input as one line of plain text: control characters and explicit bidi overrides (which
 * could make a name display as something else) are dropped; Arabic and other right-to-left
 * text keeps its natural direction without them.
 */
export function cleanUserText(text: string | null | undefined): string | null {
  const cleaned = text
    ?.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned ? cleaned : null;
}

const clean = cleanUserText;

/** The label of a respondent role id ("Chief Executive Officer"), or null when none or unknown. */
export function roleLabel(id: string | null): string | null {
  return RESPONDENT_ROLES.find((role) => role.id === id)?.label ?? null;
}

/**
 * Drivers or counter-signals as the report lists them, each with its lead over `versus` and its
 * citations. Drivers pass `favouring` (the recommendation): a driver's points are what it adds
 * to the recommendation's lead, even when a third structure gains more from it.
 */
export function contributions(items: Contribution[], versus: StructureId, lead: string, emptyText: string, favouring?: StructureId): ReportContributions {
  return {
    lead,
    answerLabel: "Answer",
    emptyText,
    note: `Points are score points out of 100 by which the criterion favours that structure over ${STRUCTURES[versus].name}.`,
    items: items.map((item) => {
      const favours = favouring ?? item.favours ?? versus;
      return {
        criterionId: item.criterionId,
        statement: item.statement,
        answer: item.answerSummary,
        reason: item.reason ?? null,
        lead: `${leadPoints(item.points[favours] - item.points[versus])} for ${STRUCTURES[favours].name}`,
        citations: citations(item.citations),
      };
    }),
  };
}

export function reportHireFirst(advice: HireFirstAdvice): ReportLeadership["hireFirst"] {
  return { title: advice.title, reason: advice.reason, citations: citations(advice.citations) };
}

export function reportSignals(triggers: readonly RestructureTrigger[]): ReportTrigger[] {
  return triggers.map((trigger) => ({ label: trigger.label, fired: trigger.fired, explanation: trigger.explanation, citations: citations(trigger.citations) }));
}

/** "Separate CIO and CTO 61.2, Combined CTIO 55.0, ...", best first. */
export function rankedScores(scores: StructureScores): string {
  return (Object.keys(scores) as StructureId[])
    .sort((a, b) => scores[b] - scores[a])
    .map((id) => `${STRUCTURES[id].name} ${points(scores[id])}`)
    .join(", ");
}

function tippingPoint(point: TippingPoint): ReportTippingPoint {
  const count = point.changes.length === 1 ? "If one answer changed" : "If two answers changed";
  return {
    headline: `${count}, the recommendation would become ${STRUCTURES[point.newRecommendation].name}.`,
    changes: point.changes.map((change) => ({ question: change.questionLabel, from: change.fromLabel, to: change.toLabel })),
    newScores: `New scores: ${rankedScores(point.newScores)}.`,
  };
}

/** The robustness beside the scores, for a single result or an organization's combination. */
export function reportRobustness(robustness: Robustness | null, ranking: StructureId[], recommended: StructureId, note: string | null): ReportRobustness | null {
  if (!robustness) return null;
  const shown = ranking.slice(0, 2).map((id) => winConditions(robustness, id));
  return {
    title: `Share of ${drawsLabel(robustness)} each structure wins`,
    bars: shareBars(robustness, ranking).map((bar) => ({ structure: bar.structure, name: bar.name, percent: bar.percent, recommended: bar.structure === recommended })),
    caption: robustnessCaption(robustness, ranking),
    conditions: shown.filter((sentence): sentence is string => sentence !== null),
    note,
  };
}

function eitherWayBlock(output: ScoringOutput): ReportChange["eitherWay"] {
  if (!output.robustness || output.confidence.level === "high") return null;
  return { lead: EITHER_WAY_LEAD, directions: eitherWay(output, output.robustness).map(({ title, conditions, changes, emptyText }) => ({ title, conditions, changes, emptyText })) };
}

export function buildResultReport(input: ResultReportInput): ReportModel {
  const { output } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const labels = reportLabels(locale);
  const generatedAt = (input.generatedAt ?? new Date()).toISOString();
  const organizationName = clean(input.organizationName);
  const consultantFirmName = clean(input.consultantFirmName);
  const structure = STRUCTURES[output.recommended];
  const runnerUp = output.ranking[1] ?? output.recommended;
  const review = reportReview(input.review ?? NO_REVIEW, output.recommended, { reviewed: Boolean(input.review), consultantFirmName });
  const { override } = review;
  const inForce = STRUCTURES[override?.recommended ?? output.recommended];
  // What to do next follows the structure the client is advised to adopt; the model's analysis stays the model's.
  const content = override ? recommendationContent(inForce.id) : output.content;
  const hireFirst = override ? hireFirstAdvice(inForce.id, input.answers, output.dimensions) : output.hireFirst;
  const respondent: ReportRespondent = {
    name: clean(input.respondentName),
    role: roleLabel(input.respondentRole),
    resultId: input.resultId,
    submittedAt: input.submittedAt,
    overrideName: null,
  };
  const title = organizationName ? `Technology leadership recommendation for ${organizationName}` : "Technology leadership recommendation";
  const robustness = robustnessOfStored({ questionnaireVersion: output.questionnaireVersion, answers: input.answers, output });
  const measuredLater = output.robustness ? null : `Measured when this report was made, with model ${output.modelVersion} that scored the result; its confidence was set by that model's rule.`;

  return {
    kind: "result",
    locale,
    labels,
    meta: {
      title,
      author: consultantFirmName ?? "Rolefit",
      subject: override
        ? `Recommended structure: ${inForce.name} (a consultant's recommendation; the model recommends ${structure.name})`
        : `Recommended structure: ${structure.name} (${confidenceLabel(output.confidence.level).toLowerCase()})`,
      keywords: ["Rolefit", "CIO", "CTO", "CTIO", "CDO", "technology leadership", inForce.name],
    },
    fileBaseName: reportFileBaseName(organizationName, generatedAt),
    cover: {
      title,
      organizationName,
      consultantFirmName,
      consultantFirmLogo: reportLogo(input.consultantFirmLogo ?? null, consultantFirmName),
      respondents: [respondent],
      generatedAt,
      dateLabel: longDate(generatedAt),
      recommended: inForce.id,
      recommendation: inForce.name,
      recommendationDescription: inForce.description,
      review,
      confidence: output.confidence.level,
      confidenceLabel: confidenceLabel(output.confidence.level),
      modelVersion: output.modelVersion,
      questionnaireVersion: output.questionnaireVersion,
      modelNote:
        output.modelVersion === MODEL_VERSION
          ? null
          : `Scored with model ${output.modelVersion}; the current model is ${MODEL_VERSION}. This report shows the result as it was scored.`,
    },
    summary: executiveSummary(output, organizationName, override, hireFirst.title, labels),
    scores: {
      bars: output.ranking.map((id) => ({ structure: id, name: STRUCTURES[id].name, score: output.scores[id], recommended: id === output.recommended })),
      caption: `${structure.name} leads ${STRUCTURES[runnerUp].name} by ${points(output.margin)} points on the model's own weights; the answers informed ${percent(output.coverage)} of the model.`,
      confidenceRule: output.confidence.rule,
      robustness: reportRobustness(robustness, output.ranking, output.recommended, measuredLater),
    },
    drivers: contributions(
      output.drivers,
      runnerUp,
      `${override ? "The scoring model's case: the" : "The"} criteria that put ${structure.name} ahead of ${STRUCTURES[runnerUp].name}, largest first, with the passages they rest on.`,
      "No single criterion stands out; the scores are close.",
      output.recommended,
    ),
    counter: contributions(
      output.counterSignals,
      output.recommended,
      "Criteria in the answers that favour another structure, largest first.",
      "None of the answers points to another structure.",
    ),
    change: {
      lead: "The smallest changes to the answers that would tip the result, computed from the model.",
      eitherWay: eitherWayBlock(output),
      tippingPoints: output.tippingPoints.map(tippingPoint),
      emptyText: "No change of one or two answers would alter this recommendation: it rests on many signals that point the same way.",
      uninformed: output.uninformed.map((item) => item.statement),
    },
    ownership: content.ownership.map((row) => ({ ...row })),
    mechanisms: content.mechanisms.map((mechanism) => ({ ...mechanism })),
    kpis: content.kpis.map((kpi) => ({ role: kpi.role, metrics: [...kpi.metrics] })),
    leadership: {
      profile: [...content.leadershipProfile],
      hireFirst: reportHireFirst(hireFirst),
    },
    revisit: {
      revisitTriggers: [...content.revisitTriggers],
      signals: reportSignals(output.triggers),
      contentCitations: citations(content.citations),
    },
    ...resultStructureSections(inForce.id, input.answers, output),
    disagreements: null,
    answers: [answerAppendix(input.answers, null)],
    methodology: methodologySummary(output),
    sources: sourceList(),
  };
}
