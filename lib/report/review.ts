/**
 * The consultants' review as a report states it: whether the result is a draft or reviewed and
 * by whom, and a consultant's own recommendation beside the model's with the reason for it.
 * Every view of a result (page, review page, share link, PDF, print, Markdown, API) reads it from
 * here, so the client sees the same judgment wherever they look. Pure.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { structuresIn } from "../scoring/translations/localize";
import type { StructureId } from "../scoring/types";
import type { ReviewStatus } from "../validation/portfolio";
import { longDate } from "./format";

/** A consultant as a review names them; null where the account has since been deleted. */
export interface Reviewer {
  name: string | null;
  email: string;
}

export interface ResultOverride {
  recommendation: StructureId;
  justification: string;
  overriddenAt: string | null;
  by: Reviewer | null;
}

/** The consultants' review of a stored result, as lib/results reads it. */
export interface ResultReview {
  status: ReviewStatus;
  /** Who set the status and when; null for a result never reviewed, or reviewed before this was recorded. */
  statusBy: Reviewer | null;
  statusAt: string | null;
  /** A consultant's different recommendation, or null when the model's stands. */
  override: ResultOverride | null;
}

/** A consultant's recommendation in place of the model's. */
export interface ReportOverride {
  recommended: StructureId;
  recommendation: string;
  modelRecommended: StructureId;
  modelRecommendation: string;
  justification: string;
  /** "Dana Whitfield, 5 December 2026", or "a consultant" when the account is gone. */
  byline: string;
  /** One sentence for text-only views: who recommends what instead of what, and why. */
  sentence: string;
}

export type ReviewState = "not_reviewed" | "draft" | "reviewed";

export interface ReportReview {
  state: ReviewState;
  /** "DRAFT" or "REVIEWED" as a label, or null where nobody reviews the result. */
  badge: string | null;
  /** The sentence under the headline; null for a result outside any organization, which no consultant reviews. */
  statusLine: string | null;
  override: ReportOverride | null;
}

export interface ReviewContext {
  /** Whether the result belongs to an organization, whose consultants review it. */
  reviewed: boolean;
  consultantFirmName: string | null;
}

function personName(person: Reviewer | null): string | null {
  return person ? (person.name?.trim() || person.email) : null;
}

/** Who reviews: the named person (with the firm), or the firm's consultants when nobody is named. */
function reviewerPhrase(review: ResultReview, context: ReviewContext, locale: Locale): string {
  const t = translator(locale, "Report");
  const who = personName(review.statusBy);
  if (who) return context.consultantFirmName ? `${who} (${context.consultantFirmName})` : who;
  return context.consultantFirmName ? t("review.consultantsOf", { firm: context.consultantFirmName }) : t("review.consultants");
}

function statusLine(review: ResultReview, context: ReviewContext, locale: Locale): string {
  const t = translator(locale, "Report");
  const date = review.statusAt ? longDate(review.statusAt, locale) : "";
  const dated = review.statusAt ? "yes" : "no";
  switch (review.status) {
    case "in_review":
      return t("review.inReview", { who: reviewerPhrase(review, context, locale), dated, date });
    case "shared":
      return t("review.shared", { who: reviewerPhrase(review, context, locale), dated, date });
    case "new":
      return t("review.new");
  }
}

const STATE: Record<ResultReview["status"], ReviewState> = { new: "not_reviewed", in_review: "draft", shared: "reviewed" };

function badge(state: ReviewState, locale: Locale): string | null {
  return state === "not_reviewed" ? null : translator(locale, "Report")(`review.badge.${state}`);
}

export function reportOverride(review: ResultReview, modelRecommended: StructureId, locale: Locale = DEFAULT_LOCALE): ReportOverride | null {
  const { override } = review;
  if (!override || override.recommendation === modelRecommended) return null;
  const t = translator(locale, "Report");
  const who = personName(override.by) ?? t("review.aConsultant");
  const byline = [who, override.overriddenAt ? longDate(override.overriddenAt, locale) : null].filter(Boolean).join(", ");
  const structures = structuresIn(locale);
  const recommendation = structures[override.recommendation].name;
  const modelRecommendation = structures[modelRecommended].name;
  return {
    recommended: override.recommendation,
    recommendation,
    modelRecommended,
    modelRecommendation,
    justification: override.justification,
    byline,
    sentence: t("review.overrideSentence", { who, recommendation, modelRecommendation, justification: override.justification }),
  };
}

/** No consultant has looked at it: a result outside any organization, or a combination of several. */
export const UNREVIEWED: ReportReview = { state: "not_reviewed", badge: null, statusLine: null, override: null };

export function reportReview(review: ResultReview, modelRecommended: StructureId, context: ReviewContext, locale: Locale = DEFAULT_LOCALE): ReportReview {
  const override = reportOverride(review, modelRecommended, locale);
  if (!context.reviewed && !override) return UNREVIEWED;
  const state = STATE[review.status];
  return { state, badge: badge(state, locale), statusLine: statusLine(review, context, locale), override };
}

/** What the respondent can expect next for a submitted result, on their own list of assessments. */
export function respondentNextStep(status: ReviewStatus, inOrganization: boolean, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "Report")(inOrganization ? `nextStep.${status}` : "nextStep.private");
}
