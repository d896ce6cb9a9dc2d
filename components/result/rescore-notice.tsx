/**
 * A saved result next to the same answers scored by the current model, when the model has moved
 * on since submission. Nothing is overwritten: the saved result stays exactly as it was scored.
 */
import { useLocale, useTranslations } from "next-intl";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { DriverChanges } from "@/components/workspace/compare/driver-changes";
import { ValueTable } from "@/components/workspace/compare/value-table";
import { buildComparison } from "@/lib/portfolio/compare";
import type { TAnswers } from "@/lib/questionnaire/schema";
import type { RescoreOutcome } from "@/lib/scoring/rescore";
import type { Locale } from "@/lib/i18n/locales";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { ShareChart } from "./share-chart";

type Compared = Extract<RescoreOutcome, { status: "compared" }>;


function RescoreComparison({ outcome }: { outcome: Compared }) {
  const t = useTranslations("ResultPage.rescore");
  const locale = useLocale() as Locale;
  const structures = structuresIn(locale);
  const shareLine = (share: number | null, draws: number | undefined) =>
    share === null || draws === undefined ? t("notMeasured") : t("share", { percent: Math.round(share * 100), draws });
  const { stored, current, comparison, storedRobustness } = outcome;
  // The answers are the same on both sides, so only the model's reading of them can differ.
  const answers: TAnswers = {};
  const side = buildComparison([
    { resultId: "saved", label: t("asSavedShort"), answers, output: stored },
    { resultId: "current", label: t("currentShort"), answers, output: current },
  ]);
  const headings = [t("asSaved", { model: stored.modelVersion }), t("current", { model: current.modelVersion })];
  return (
    <section aria-labelledby="rescore-heading" data-testid="rescore-comparison">
      <Card>
        <SectionHeading
          id="rescore-heading"
          lead={t("lead", { stored: stored.modelVersion, current: current.modelVersion })}
        >
          {t("title")}
        </SectionHeading>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-muted">{t("asSavedShort")}</dt>
            <dd className="text-lg font-semibold">{structures[stored.recommended].name}</dd>
            <dd className="text-sm text-muted">
              {t("confidenceAhead", { level: stored.confidence.level, points: stored.margin.toFixed(1) })}
            </dd>
            <dd className="text-sm text-muted" data-testid="rescore-share-saved">
              {shareLine(comparison.winnerShare.from, storedRobustness?.draws)}
              {storedRobustness && !stored.robustness ? ` ${t("measuredNow", { model: stored.modelVersion })}` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t("underCurrent")}</dt>
            <dd className="text-lg font-semibold">{structures[current.recommended].name}</dd>
            <dd className="text-sm text-muted">
              {t("confidenceAhead", { level: current.confidence.level, points: current.margin.toFixed(1) })}
            </dd>
            <dd className="text-sm text-muted" data-testid="rescore-share-current">
              {shareLine(comparison.winnerShare.to, current.robustness?.draws)}
            </dd>
          </div>
        </dl>
        <p className="mt-4">
          {comparison.recommendationChanged
            ? t("wouldRecommend", { current: structureNameInSentence(structures[current.recommended].name, locale), stored: structureNameInSentence(structures[stored.recommended].name, locale) })
            : t("same")}{" "}
          {comparison.confidence.changed ? t("confidenceMoves", { from: comparison.confidence.from, to: comparison.confidence.to }) : t("confidenceSame")}
        </p>
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          {storedRobustness ? <ShareChart robustness={storedRobustness} order={stored.ranking} highlight={stored.recommended} label={headings[0]} /> : null}
          {current.robustness ? <ShareChart robustness={current.robustness} order={current.ranking} highlight={current.recommended} label={headings[1]} /> : null}
        </div>
        <div className="mt-6">
          <ValueTable
            caption={t("scoresCaption")}
            rowHeading={t("structure")}
            headings={headings}
            rows={side.scores}
            highlight={[stored.recommended, current.recommended]}
            testId="rescore-scores"
          />
        </div>
        <h3 className="mt-6 font-semibold">{t("driversChanged")}</h3>
        <div className="mt-2">
          <DriverChanges caption={t("driversCaption")} headings={headings} rows={side.drivers.changed} unchanged={side.drivers.unchanged} />
        </div>
      </Card>
    </section>
  );
}

export function RescoreNotice({ outcome, storedVersion, showWhenCurrent = false }: { outcome: RescoreOutcome; storedVersion: string; showWhenCurrent?: boolean }) {
  const t = useTranslations("ResultPage.rescore");
  if (outcome.status === "current") {
    return showWhenCurrent ? (
      <p className="text-sm text-muted" data-testid="rescore-current">
        {t("isCurrent", { model: storedVersion })}
      </p>
    ) : null;
  }
  if (outcome.status === "not_comparable") {
    return (
      <Notice tone="info" title={t("scoredWith", { model: storedVersion })}>
        {outcome.reason} {t("asScored")}
      </Notice>
    );
  }
  return <RescoreComparison outcome={outcome} />;
}
