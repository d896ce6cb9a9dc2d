import Link from "next/link";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { ReviewPanel } from "@/lib/services/result-review";
import { labelOf } from "@/lib/validation/organizations";
import { REVIEW_STATUSES } from "@/lib/validation/portfolio";

/** Where the review stands, at the top of the page, with the way down to the full result. */
export function ReviewSummary({ panel }: { panel: ReviewPanel }) {
  const notes = panel.notes.length === 1 ? "1 note" : `${panel.notesTruncated ? "over " : ""}${panel.notes.length} notes`;
  return (
    <p className="no-print flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="review-summary">
      <span>
        Review status: <strong>{labelOf(REVIEW_STATUSES, panel.status) ?? panel.status}</strong>
      </span>
      <span>{panel.override ? `Overridden: ${STRUCTURES[panel.override.recommendation].name}` : "Not overridden"}</span>
      <span>{notes}</span>
      <Link href="#result">Go to the result</Link>
    </p>
  );
}
