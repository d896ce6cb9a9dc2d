import { Notice } from "@/components/ui/notice";
import { STRUCTURES } from "@/lib/scoring/structures";
import type { StructureId } from "@/lib/scoring/types";
import type { ReviewOverride } from "@/lib/services/result-review";
import { formatDateTime, personLabel } from "@/components/workspace/format";

/** The consultant's recommendation, marked as theirs, with the model's still named beside it. */
export function OverrideBanner({ override, modelRecommendation }: { override: ReviewOverride; modelRecommendation: StructureId }) {
  return (
    <div data-testid="override-banner">
      <Notice tone="warning" title="Overridden by a consultant">
        <dl className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-muted">Consultant&apos;s recommendation</dt>
            <dd className="text-lg font-bold" data-testid="override-recommendation">
              {STRUCTURES[override.recommendation].name}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted">The model&apos;s recommendation, unchanged below</dt>
            <dd className="text-lg font-semibold">{STRUCTURES[modelRecommendation].name}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-muted">
          {override.by ? personLabel(override.by) : "A former user"}, <time dateTime={override.at}>{formatDateTime(override.at)}</time>:
        </p>
        <blockquote className="mt-1 whitespace-pre-wrap break-words border-l-2 border-warn/40 pl-3">{override.justification}</blockquote>
      </Notice>
    </div>
  );
}
