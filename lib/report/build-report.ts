/**
 * Builds the report model of one stored result. Pure: no I/O, no clock unless none is given,
 * so the same input always yields the same report (and the tests can pin the date).
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { TAnswers } from "../questionnaire/schema";
import { translator } from "../i18n/translate";
import { hireFirstAdvice } from "../scoring/hire-first";
import { MODEL_VERSION } from "../scoring/engine";
import { drawsLabel, eitherWay, eitherWayLead, robustnessCaption, shareBars, winConditions } from "../scoring/robustness-text";
import { robustnessOfStored } from "../scoring/stored";
import { recommendationContentIn, structuresIn } from "../scoring/translations/localize";
import { outputIn } from "../scoring/translations/output";
import type { Contribution, HireFirstAdvice, RestructureTrigger, Robustness, ScoringOutput, StructureId, StructureScores, TippingPoint } from "../scoring/types";
import { RESPONDENT_ROLES } from "../validation/assessment";
import { answerAppendix, methodologySummary, sourceList } from "./appendix";
import { confidenceLabel, leadPoints, longDate, lowerFirst, percent, points, reportFileBaseName } from "./format";
import { reportLogo } from "./logo";
import { resultStructureSections } from "./structure-sections";
import { reportLabels, type ReportChange, ReportContributions, ReportLeadership, ReportModel, ReportRespondent, ReportRobustness, ReportTippingPoint, ReportTrigger } from "./model";
import { reportReview, type ResultReview } from "./review";
import { executiveSummary } from "./summary";
import { reportCitations } from "./citations";

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
export function roleLabel(id: string | null, locale: Locale = DEFAULT_LOCALE): string | null {
  const role = RESPONDENT_ROLES.find((candidate) => candidate.id === id);
  if (!role) return null;
  return translator(locale, "Questionnaire")(`roles.${role.id}`);
}

/**
 * Drivers or counter-signals as the report lists them, each with its lead over `versus` and its
 * citations. Drivers pass `favouring` (the recommendation): a driver's points are what it adds
 * to the recommendation's lead, even when a third structure gains more from it.
 */
export function contributions(items: Contribution[], versus: StructureId, lead: string, emptyText: string, favouring?: StructureId, locale: Locale = DEFAULT_LOCALE): ReportContributions {
  const t = translator(locale, "Report");
  const structures = structuresIn(locale);
  return {
    lead,
    answerLabel: t("contributions.answer"),
    emptyText,
    note: t("contributions.note", { name: structures[versus].name }),
    items: items.map((item) => {
      const favours = favouring ?? item.favours ?? versus;
      return {
        criterionId: item.criterionId,
        statement: item.statement,
        answer: item.answerSummary,
        reason: item.reason ?? null,
        lead: t("contributions.lead", { points: leadPoints(item.points[favours] - item.points[versus], locale), name: structures[favours].name }),
        citations: reportCitations(item.citations, locale),
      };
    }),
  };
}

export function reportHireFirst(advice: HireFirstAdvice, locale: Locale): ReportLeadership["hireFirst"] {
  return { title: advice.title, reason: advice.reason, citations: reportCitations(advice.citations, locale) };
}

export function reportSignals(triggers: readonly RestructureTrigger[], locale: Locale): ReportTrigger[] {
  return triggers.map((trigger) => ({ label: trigger.label, fired: trigger.fired, explanation: trigger.explanation, citations: reportCitations(trigger.citations, locale) }));
}

/** "Separate CIO and CTO 61.2, Combined CTIO 55.0, ...", best first. */
export function rankedScores(scores: StructureScores, locale: Locale = DEFAULT_LOCALE): string {
  const structures = structuresIn(locale);
  return (Object.keys(scores) as StructureId[])
    .sort((a, b) => scores[b] - scores[a])
    .map((id) => `${structures[id].name} ${points(scores[id], locale)}`)
    .join(", ");
}

function tippingPoint(point: TippingPoint, locale: Locale): ReportTippingPoint {
  const t = translator(locale, "Report");
  return {
    headline: t("change.headline", { count: point.changes.length, name: structuresIn(locale)[point.newRecommendation].name }),
    changes: point.changes.map((change) => ({ question: change.questionLabel, from: change.fromLabel, to: change.toLabel })),
    newScores: t("change.newScores", { scores: rankedScores(point.newScores, locale) }),
  };
}

/** The robustness beside the scores, for a single result or an organization's combination. */
export function reportRobustness(robustness: Robustness | null, ranking: StructureId[], recommended: StructureId, note: string | null, locale: Locale = DEFAULT_LOCALE): ReportRobustness | null {
  if (!robustness) return null;
  const shown = ranking.slice(0, 2).map((id) => winConditions(robustness, id, locale));
  return {
    title: translator(locale, "Report")("scores.robustnessTitle", { draws: drawsLabel(robustness, locale) }),
    bars: shareBars(robustness, ranking, locale).map((bar) => ({ structure: bar.structure, name: bar.name, percent: bar.percent, recommended: bar.structure === recommended })),
    caption: robustnessCaption(robustness, ranking, locale),
    conditions: shown.filter((sentence): sentence is string => sentence !== null),
    note,
  };
}

function eitherWayBlock(output: ScoringOutput, locale: Locale): ReportChange["eitherWay"] {
  if (!output.robustness || output.confidence.level === "high") return null;
  return {
    lead: eitherWayLead(locale),
    directions: eitherWay(output, output.robustness, locale).map(({ title, conditions, changes, emptyText }) => ({ title, conditions, changes, emptyText })),
  };
}

export function buildResultReport(input: ResultReportInput): ReportModel {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const output = outputIn({ output: input.output, answers: input.answers }, locale);
  const t = translator(locale, "Report");
  const structures = structuresIn(locale);
  const labels = reportLabels(locale);
  const generatedAt = (input.generatedAt ?? new Date()).toISOString();
  const organizationName = clean(input.organizationName);
  const consultantFirmName = clean(input.consultantFirmName);
  const structure = structures[output.recommended];
  const runnerUp = output.ranking[1] ?? output.recommended;
  const review = reportReview(input.review ?? NO_REVIEW, output.recommended, { reviewed: Boolean(input.review), consultantFirmName }, locale);
  const { override } = review;
  const inForce = structures[override?.recommended ?? output.recommended];
  // What to do next follows the structure the client is advised to adopt; the model's analysis stays the model's.
  const content = override ? recommendationContentIn(inForce.id, locale) : output.content;
  const hireFirst = override ? hireFirstAdvice(inForce.id, input.answers, output.dimensions, locale) : output.hireFirst;
  const sections = resultStructureSections(inForce.id, input.answers, output, locale);
  const respondent: ReportRespondent = {
    name: clean(input.respondentName),
    role: roleLabel(input.respondentRole, locale),
    resultId: input.resultId,
    submittedAt: input.submittedAt,
    overrideName: null,
  };
  const title = organizationName ? t("cover.titleFor", { organization: organizationName }) : t("cover.title");
  const robustness = robustnessOfStored({ questionnaireVersion: output.questionnaireVersion, answers: input.answers, output });
  const measuredLater = output.robustness ? null : t("scores.measuredLater", { modelVersion: output.modelVersion });

  return {
    kind: "result",
    locale,
    labels,
    meta: {
      title,
      author: consultantFirmName ?? "Rolefit",
      subject: override
        ? t("meta.subjectOverride", { recommendation: inForce.name, model: structure.name })
        : t("meta.subject", { name: structure.name, confidence: lowerFirst(confidenceLabel(output.confidence.level, locale)) }),
      keywords: ["Rolefit", "CIO", "CTO", "CTIO", "CDO", t("meta.keyword"), inForce.name],
    },
    fileBaseName: reportFileBaseName(organizationName, generatedAt),
    cover: {
      title,
      organizationName,
      consultantFirmName,
      consultantFirmLogo: reportLogo(input.consultantFirmLogo ?? null, consultantFirmName, locale),
      respondents: [respondent],
      generatedAt,
      dateLabel: longDate(generatedAt, locale),
      recommended: inForce.id,
      recommendation: inForce.name,
      recommendationDescription: inForce.description,
      review,
      confidence: output.confidence.level,
      confidenceLabel: confidenceLabel(output.confidence.level, locale),
      modelVersion: output.modelVersion,
      questionnaireVersion: output.questionnaireVersion,
      modelNote: output.modelVersion === MODEL_VERSION ? null : t("cover.modelNote", { modelVersion: output.modelVersion, current: MODEL_VERSION }),
    },
    summary: executiveSummary(output, organizationName, override, hireFirst.title, labels, locale),
    scores: {
      bars: output.ranking.map((id) => ({ structure: id, name: structures[id].name, score: output.scores[id], recommended: id === output.recommended })),
      caption: t("scores.caption", { name: structure.name, runnerUp: structures[runnerUp].name, points: points(output.margin, locale), coverage: percent(output.coverage, locale) }),
      confidenceRule: output.confidence.rule,
      robustness: reportRobustness(robustness, output.ranking, output.recommended, measuredLater, locale),
    },
    drivers: contributions(
      output.drivers,
      runnerUp,
      t("drivers.lead", { override: override ? "yes" : "no", name: structure.name, runnerUp: structures[runnerUp].name }),
      t("drivers.empty"),
      output.recommended,
      locale,
    ),
    counter: contributions(output.counterSignals, output.recommended, t("counter.lead"), t("counter.empty"), undefined, locale),
    change: {
      lead: t("change.lead"),
      eitherWay: eitherWayBlock(output, locale),
      tippingPoints: output.tippingPoints.map((point) => tippingPoint(point, locale)),
      emptyText: t("change.empty"),
      uninformed: output.uninformed.map((item) => item.statement),
    },
    ownership: content.ownership.map((row) => ({ ...row })),
    mechanisms: content.mechanisms.map((mechanism) => ({ ...mechanism })),
    kpis: content.kpis.map((kpi) => ({ role: kpi.role, metrics: [...kpi.metrics] })),
    leadership: {
      profile: [...content.leadershipProfile],
      hireFirst: reportHireFirst(hireFirst, locale),
    },
    structureChart: sections.structureChart,
    transition: sections.transition,
    revisit: { ...sections.revisit, signals: reportSignals(output.triggers, locale), contentCitations: reportCitations(content.citations, locale) },
    disagreements: null,
    answers: [answerAppendix(input.answers, null, locale)],
    methodology: methodologySummary(output, locale),
    sources: sourceList(locale),
  };
}
