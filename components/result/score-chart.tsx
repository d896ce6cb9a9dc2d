import { useLocale, useTranslations } from "next-intl";
import { points } from "@/lib/report/format";
import { structuresIn } from "@/lib/scoring/translations/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { StructureId, StructureScores } from "@/lib/scoring/types";

/** Horizontal bars, one per structure; the numbers are in the text, so the chart needs no legend. */
export function ScoreChart({ scores, ranking, highlight }: { scores: StructureScores; ranking: StructureId[]; highlight: StructureId }) {
  const t = useTranslations("ResultPage.charts");
  const locale = useLocale() as Locale;
  const structures = structuresIn(locale);
  return (
    <figure>
      <figcaption className="text-sm font-semibold">{t("scoresCaption")}</figcaption>
      <ul className="mt-3 space-y-3">
        {ranking.map((id) => (
          <li key={id} data-testid={`score-${id}`}>
            <div className="flex justify-between text-sm">
              <span className={id === highlight ? "font-semibold" : ""}>{structures[id].name}</span>
              <span className="font-semibold tabular-nums">{t("outOf100", { score: points(scores[id], locale) })}</span>
            </div>
            <div className="mt-1 h-3 rounded-full bg-line" aria-hidden="true">
              <div className={`h-full rounded-full ${id === highlight ? "bg-brand" : "bg-muted/60"}`} style={{ width: `${Math.max(1, scores[id])}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
