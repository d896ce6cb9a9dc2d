/**
 * The report as typed data: built once from a stored result (build-report.ts), then rendered
 * as PDF, print HTML and Markdown. Renderers only lay out what is here; they compute nothing,
 * so the three formats always say the same thing in the same order.
 */
import type { SourceId } from "../sources/sources";
import type { ChangeKind, ChartNode, CurrentStatus } from "../scoring/org-chart";
import type { ChartRole, ConfidenceLevel, StructureId } from "../scoring/types";
import { insideParentheses, longDate } from "./format";
import type { Locale } from "../i18n/locales";
import { messagesFor, type Messages } from "../i18n/messages";
import { translator } from "../i18n/translate";
import type { ReportReview } from "./review";

/** The numbered sections after the cover, in the order the issue asks for; their titles are in report.labels. */
export const REPORT_SECTION_IDS = [
  "summary",
  "scores",
  "drivers",
  "counter",
  "change",
  "chart",
  "ownership",
  "mechanisms",
  "kpis",
  "leadership",
  "transition",
  "revisit",
  // Only in an organization's combined report (several respondents); a single result leaves it out.
  "disagreements",
  "answers",
  "methodology",
  "sources",
] as const;

export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/**
 * The fixed words of a report in its language: section titles, the headings inside sections (the
 * same in every view of a result: page, print, PDF, Markdown) and the renderers' own captions.
 * Renderers read them from the report, so a report reads in one language however it is shown.
 */
export type ReportLabels = Messages["Report"]["labels"];

export function reportLabels(locale: Locale): ReportLabels {
  return messagesFor(locale).Report.labels;
}

/** A label with its {placeholders} filled: renderers put values into the report's words without knowing its language. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export interface ReportCitation {
  source: SourceId;
  phrase: string;
  location: string;
}

export interface ReportRespondent {
  /** As the respondent named themselves; null when they gave no name. */
  name: string | null;
  /** The role's label ("Chief Executive Officer"), or null. */
  role: string | null;
  /** The stored result this respondent submitted. */
  resultId: string;
  submittedAt: string;
  /** In an organization's report: a consultant's different recommendation for this respondent's result, by name. */
  overrideName: string | null;
}

/** The consulting firm's logo, checked on upload (lib/report/pdf/logo-check.ts) and again when the report is built. */
export interface ReportLogo {
  /** A data: URL of the PNG or JPEG. */
  src: string;
  /** "<firm> logo". */
  alt: string;
  /** The size it is drawn at on the cover, within LOGO_BOX (lib/report/logo.ts), keeping its proportions. */
  width: number;
  height: number;
}

export interface ReportCover {
  /** "Technology leadership recommendation" or "... for <organization>". */
  title: string;
  organizationName: string | null;
  consultantFirmName: string | null;
  consultantFirmLogo: ReportLogo | null;
  respondents: ReportRespondent[];
  /** When the report was generated (ISO), and the date people read on the cover. */
  generatedAt: string;
  dateLabel: string;
  /** The structure in force: a consultant's override where there is one, else the model's. */
  recommended: StructureId;
  recommendation: string;
  recommendationDescription: string;
  /** Draft or reviewed, by whom, and the override with the model's own recommendation beside it. */
  review: ReportReview;
  /** The model's confidence in its own recommendation. */
  confidence: ConfidenceLevel;
  confidenceLabel: string;
  modelVersion: string;
  questionnaireVersion: string;
  /** Set when the stored result was scored by an earlier model than the one running now. */
  modelNote: string | null;
}

export interface ReportScoreBar {
  structure: StructureId;
  name: string;
  score: number;
  recommended: boolean;
}

export interface ReportShareBar {
  structure: StructureId;
  name: string;
  /** Whole percent of the draws; the three add up to 100. */
  percent: number;
  recommended: boolean;
}

/** The robustness analysis beside the scores: how often each structure wins as the model's uncertain parts vary. */
export interface ReportRobustness {
  title: string;
  /** In the order of the score bars. */
  bars: ReportShareBar[];
  caption: string;
  /** What the draws each structure wins have in common, one sentence each, where anything sets them apart. */
  conditions: string[];
  /** Set when the analysis was measured now for a result that predates stored robustness. */
  note: string | null;
}

export interface ReportScores {
  /** Best first. */
  bars: ReportScoreBar[];
  /** One sentence on the lead and the coverage. */
  caption: string;
  /** How the confidence level is decided (the reason for this result's level is in the summary). */
  confidenceRule: string;
  /** Null for a result whose model this server can no longer analyse. */
  robustness: ReportRobustness | null;
}

export interface ReportContribution {
  criterionId: string;
  statement: string;
  answer: string;
  /** Why the answer supports the structure it is credited to; null in results scored before 2027.1. */
  reason: string | null;
  /** "+3.2 for Separate CIO and CTO" over the compared structure. */
  lead: string;
  citations: ReportCitation[];
}

export interface ReportContributions {
  lead: string;
  /** What each item's answer line is called: "Answer" for one respondent, "Answers" for several. */
  answerLabel: string;
  items: ReportContribution[];
  emptyText: string;
  note: string;
}

export interface ReportTippingPoint {
  headline: string;
  changes: { question: string; from: string; to: string }[];
  newScores: string;
}

export interface ReportDirection {
  title: string;
  conditions: string | null;
  changes: string[];
  emptyText: string;
}

export interface ReportChange {
  lead: string;
  /** For a recommendation the evidence leaves open: what would settle it, and what would tip it; null otherwise. */
  eitherWay: { lead: string; directions: ReportDirection[] } | null;
  tippingPoints: ReportTippingPoint[];
  emptyText: string;
  /** Criteria no answer informed: answering them could move the result too. */
  uninformed: string[];
}

export interface ReportOwnershipRow {
  area: string;
  owner: string;
  note: string;
}

export interface ReportLeadership {
  profile: string[];
  hireFirst: { title: string; reason: string; citations: ReportCitation[] };
}

export interface ReportTrigger {
  label: string;
  fired: boolean;
  explanation: string;
  citations: ReportCitation[];
}

/** When to look at the decision again: said once, in its own section (the transition plan leads to it). */
export interface ReportRevisit {
  /** The structure's own revisit points, each with the passages behind it. */
  points: { text: string; citations: ReportCitation[] }[];
  /** Which of the restructuring signals show in the answers now, in a sentence. */
  signalsNow: string;
  signals: ReportTrigger[];
  contentCitations: ReportCitation[];
}

/** A role of the recommended structure, as the org chart draws it: the domain's node with its labels for people. */
export type ReportChartNode = Omit<ChartNode, "first"> & {
  changeLabel: string;
  /** "Hire first" or "First step" on the role the hire-first advice acts on; null on the others. */
  firstLabel: string | null;
};

/** A role as the respondents say it stands today. */
export interface ReportCurrentRole {
  role: ChartRole;
  short: string;
  title: string;
  status: CurrentStatus;
  statusLabel: string;
  /** Each respondent's answer when they disagree; null otherwise. */
  detail: string | null;
}

export interface ReportStructureChart {
  lead: string;
  recommendedName: string;
  /** Reporting to the CEO, or to the CDO when reportsTo says so. */
  nodes: ReportChartNode[];
  /** All four roles; renderers draw those that are not "none". */
  current: ReportCurrentRole[];
  currentNote: string;
  /** Roles held or sought today that the recommended structure does not draw, with the decision each needs. */
  outgoing: { role: ChartRole; short: string; change: ChangeKind; changeLabel: string; detail: string }[];
  hireFirst: { title: string; reason: string; caveat: string | null; citations: ReportCitation[] };
  /** The chart in sentences: its text equivalent for Markdown and screen readers. */
  description: string[];
}

export interface ReportTransition {
  lead: string;
  steps: { title: string; detail: string; citations: ReportCitation[] }[];
}

/** In the organization report: one row per question on which respondents' answers differ. */
export interface ReportDisagreement {
  question: string;
  /** How far apart the answers are, in a sentence. */
  summary: string;
  answers: { respondent: string; answer: string }[];
}

export interface ReportDisagreements {
  lead: string;
  /** Widest spread first, as the workshop agenda ranks them. */
  items: ReportDisagreement[];
  emptyText: string;
}

export interface ReportAnswerGroup {
  /** Whose answers these are; null in a single-respondent report. */
  respondent: string | null;
  sections: { title: string; items: { question: string; answer: string }[] }[];
}

export interface ReportMethodology {
  paragraphs: string[];
  confidenceRule: string;
  structures: { name: string; description: string }[];
  /** How strongly this result's answers express each dimension (0-100), with the share informed. */
  dimensions: { label: string; value: string; coverage: string }[];
}

export interface ReportSource {
  id: SourceId;
  title: string;
  publisher: string;
  contributes: string;
}

export interface ReportModel {
  kind: "result" | "organization";
  /** The language every text of this report is in; the PDF's and the page's lang. */
  locale: Locale;
  labels: ReportLabels;
  /** Document metadata: the PDF's title, author, subject and keywords; the HTML page's title. */
  meta: { title: string; author: string; subject: string; keywords: string[] };
  /** A file name without extension, ASCII only. */
  fileBaseName: string;
  cover: ReportCover;
  summary: string[];
  scores: ReportScores;
  drivers: ReportContributions;
  counter: ReportContributions;
  change: ReportChange;
  structureChart: ReportStructureChart;
  ownership: ReportOwnershipRow[];
  mechanisms: { name: string; description: string }[];
  kpis: { role: string; metrics: string[] }[];
  leadership: ReportLeadership;
  transition: ReportTransition;
  revisit: ReportRevisit;
  /** null in a single result's report; the section is then left out. */
  disagreements: ReportDisagreements | null;
  answers: ReportAnswerGroup[];
  methodology: ReportMethodology;
  sources: ReportSource[];
}

/** The sections this report shows, in order, with their titles. */
export function sectionsOf(report: ReportModel): { id: ReportSectionId; title: string }[] {
  return REPORT_SECTION_IDS.filter((id) => id !== "disagreements" || report.disagreements !== null).map((id) => ({ id, title: report.labels.sections[id] }));
}

/**
 * The cover's respondents, one entry each: name and role, and for an organization's report the
 * date each respondent submitted, since their answers may be months apart.
 */
export function coverRespondents(report: ReportModel): string[] {
  const t = translator(report.locale, "Report");
  return report.cover.respondents.map((respondent) => {
    const details = [
      respondent.role,
      report.kind === "organization" ? longDate(respondent.submittedAt, report.locale) : null,
      respondent.overrideName ? t("cover.consultantRecommends", { name: respondent.overrideName }) : null,
    ].filter(Boolean);
    const name = respondent.name ?? report.labels.cover.notNamed;
    return details.length > 0 ? `${name} (${insideParentheses(details.join(", "))})` : name;
  });
}

/** The line above the organization's name on the cover. */
export function coverSubtitle(report: ReportModel): string {
  const count = report.cover.respondents.length;
  return report.kind === "organization" ? translator(report.locale, "Report")("cover.combinedSubtitle", { count }) : translator(report.locale, "Report")("cover.title");
}

export function sectionTitle(report: Pick<ReportModel, "labels">, id: ReportSectionId): string {
  return report.labels.sections[id];
}

/** The label above the cover's recommendation: a consultant's override is marked as theirs. English unless the report's labels are given. */
export function recommendedLabel(cover: ReportCover, labels: ReportLabels): string {
  return cover.review.override ? labels.cover.recommendedOnReview : labels.cover.recommended;
}

/** How a score bar marks the model's top structure: once overridden, it is no longer the recommendation in force. */
export function modelsPick(report: ReportModel): string {
  return report.cover.review.override ? report.labels.cover.modelsPickOverridden : report.labels.cover.modelsPick;
}

/** The confidence badge on a cover: once overridden, the confidence is the model's in its own recommendation, and says so. */
export function coverConfidenceLabel(cover: ReportCover, locale: Locale): string {
  const { override } = cover.review;
  return override ? translator(locale, "Report")("cover.confidenceInModels", { confidence: cover.confidenceLabel, structure: override.modelRecommendation }) : cover.confidenceLabel;
}
