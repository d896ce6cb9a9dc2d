import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { percent } from "@/lib/report/format";
import { shareBars } from "@/lib/scoring/robustness-text";
import type { Robustness, StructureId } from "@/lib/scoring/types";

/**
 * How often each structure wins the robustness analysis's draws, beside the score bars. The
 * percentages are in the text, so the bars are decoration and the list reads on its own.
 */
export function ShareChart({ robustness, order, highlight, label }: { robustness: Robustness; order: readonly StructureId[]; highlight: StructureId; label?: string }) {
  const t = useTranslations("ResultPage.charts");
  const locale = useLocale() as Locale;
  return (
    <figure>
      <figcaption className="text-sm font-semibold">
        {label ? t("shareCaptionLabelled", { label, draws: robustness.draws }) : t("shareCaption", { draws: robustness.draws })}
      </figcaption>
      <ul className="mt-3 space-y-3">
        {shareBars(robustness, order, locale).map((bar) => (
          <li key={bar.structure} data-testid={`share-${bar.structure}`}>
            <div className="flex justify-between text-sm">
              <span className={bar.structure === highlight ? "font-semibold" : ""}>{bar.name}</span>
              <span className="font-semibold tabular-nums">{percent(bar.percent / 100, locale)}</span>
            </div>
            <div className="mt-1 h-3 rounded-full bg-line" aria-hidden="true">
              <div className={`h-full rounded-full ${bar.structure === highlight ? "bg-accent" : "bg-muted/60"}`} style={{ width: `${Math.max(bar.percent > 0 ? 1 : 0, bar.percent)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
