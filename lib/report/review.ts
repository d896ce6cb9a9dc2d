/**
 * The consultants' review as a report states it: whether the result is a draft or reviewed and
 * by whom, and a consultant's own recommendation beside the model's with the reason for it.
 * Every view of a result (page, review page, share link, PDF, print, Markdown, API) reads it from
 * here, so the client sees the same judgment wherever they look. Pure.
 */
import { STRUCTURES } from "../scoring/structures";
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

function reviewers(context: ReviewContext): string {
  return context.consultantFirmName ? `the consultants of ${context.consultantFirmName}` : "the consultants";
}

function statusLine(review: ResultReview, context: ReviewContext): string {
  const who = personName(review.statusBy);
  const when = review.statusAt ? ` on ${longDate(review.statusAt)}` : "";
  const firm = context.consultantFirmName && who ? ` (${context.consultantFirmName})` : "";
  switch (review.status) {
    case "in_review":
      return `Draft: in review by ${who ?? reviewers(context)}${firm}${review.statusAt ? ` since ${longDate(review.statusAt)}` : ""}. The recommendation may still change.`;
    case "shared":
      return `Reviewed by ${who ?? reviewers(context)}${firm}${when}.`;
    case "new":
      return "Not yet reviewed by a consultant: this is the scoring model's recommendation alone.";
  }
}

const STATE: Record<ResultReview["status"], ReviewState> = { new: "not_reviewed", in_review: "draft", shared: "reviewed" };
const BADGE: Record<ReviewState, string | null> = { not_reviewed: null, draft: "Draft", reviewed: "Reviewed" };

export function reportOverride(review: ResultReview, modelRecommended: StructureId): ReportOverride | null {
  const { override } = review;
  if (!override || override.recommendation === modelRecommended) return null;
  const who = personName(override.by);
  const byline = [who ?? "A consultant", override.overriddenAt ? longDate(override.overriddenAt) : null].filter(Boolean).join(", ");
  const recommendation = STRUCTURES[override.recommendation].name;
  const modelRecommendation = STRUCTURES[modelRecommended].name;
  return {
    recommended: override.recommendation,
    recommendation,
    modelRecommended,
    modelRecommendation,
    justification: override.justification,
    byline,
    sentence: `${who ?? "A consultant"} recommends ${recommendation} in place of the model's ${modelRecommendation}: ${override.justification}`,
  };
}

/** No consultant has looked at it: a result outside any organization, or a combination of several. */
export const UNREVIEWED: ReportReview = { state: "not_reviewed", badge: null, statusLine: null, override: null };

export function reportReview(review: ResultReview, modelRecommended: StructureId, context: ReviewContext): ReportReview {
  const override = reportOverride(review, modelRecommended);
  if (!context.reviewed && !override) return UNREVIEWED;
  const state = STATE[review.status];
  return { state, badge: BADGE[state], statusLine: statusLine(review, context), override };
}

/** What the respondent can expect next for a submitted result, on their own list of assessments. */
export function respondentNextStep(status: ReviewStatus, inOrganization: boolean): string {
  if (!inOrganization) return "Only you can see this result: download the report or share it with a link.";
  switch (status) {
    case "new":
      return "Your consultants can see it; they have not started reviewing it yet.";
    case "in_review":
      return "Your consultants are reviewing it: the recommendation may still change.";
    case "shared":
      return "Reviewed by your consultants: the report is final.";
  }
}
