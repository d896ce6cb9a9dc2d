import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { structuresIn } from "@/lib/scoring/translations/localize";
import type { ReviewPanel } from "@/lib/services/result-review";

/** Where the review stands, at the top of the page, with the way down to the full result. */
export function ReviewSummary({ panel }: { panel: ReviewPanel }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  return (
    <p className="no-print flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="review-summary">
      <span>{t.rich("summary.status", { status: t(`statuses.${panel.status}`), strong: (chunks) => <strong>{chunks}</strong> })}</span>
      <span>{panel.override ? t("summary.overridden", { structure: structuresIn(locale)[panel.override.recommendation].name }) : t("summary.notOverridden")}</span>
      <span>{panel.notesTruncated ? t("summary.overNotes", { count: panel.notes.length }) : t("summary.notes", { count: panel.notes.length })}</span>
      <Link href="#result">{t("summary.toResult")}</Link>
    </p>
  );
}
