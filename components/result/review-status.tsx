/**
 * The consultants' judgment where the client reads the recommendation: whether the result is a
 * draft or reviewed (and by whom), and a consultant's recommendation with the model's beside it.
 * The result page, the review page, the print report and the shared page all render these.
 */
import { useTranslations } from "next-intl";
import type { ReportOverride, ReportReview } from "@/lib/report/review";

const BADGE_STYLES = {
  draft: "border-warn/40 bg-warn-soft text-warn",
  reviewed: "border-accent/40 bg-white text-accent",
  not_reviewed: "border-line bg-white text-muted",
} as const;

export function ReviewStatusLine({ review }: { review: ReportReview }) {
  if (!review.statusLine) return null;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-testid="review-status-line" data-state={review.state}>
      {review.badge ? (
        <span className={`rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${BADGE_STYLES[review.state]}`}>{review.badge}</span>
      ) : null}
      <span className="text-muted">{review.statusLine}</span>
    </p>
  );
}

/** Under the consultant's recommendation: the model's own, the reason given, and who gave it when. */
export function OverrideNote({ override }: { override: ReportOverride }) {
  const t = useTranslations("ResultPage.override");
  return (
    <div className="mt-4 rounded-md border border-warn/30 bg-warn-soft px-4 py-3" data-testid="override-banner">
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t("consultantRecommendation")}</dt>
          <dd className="font-semibold" data-testid="override-recommendation">
            {override.recommendation}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("modelRecommendation")}</dt>
          <dd className="font-semibold" data-testid="override-model-recommendation">
            {override.modelRecommendation}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-muted">{t("why", { byline: override.byline })}</p>
      <blockquote className="mt-1 whitespace-pre-wrap break-words border-l-2 border-warn/40 pl-3" data-testid="override-justification">
        {override.justification}
      </blockquote>
    </div>
  );
}
