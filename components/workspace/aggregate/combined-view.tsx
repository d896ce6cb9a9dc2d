import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ConfidenceBadge } from "@/components/result/confidence-badge";
import { ScoreChart } from "@/components/result/score-chart";
import { ShareChart } from "@/components/result/share-chart";
import { Notice } from "@/components/ui/notice";
import type { Locale } from "@/lib/i18n/locales";
import type { OrganizationAggregate } from "@/lib/portfolio/aggregate";
import { points } from "@/lib/report/format";
import { winConditions } from "@/lib/scoring/robustness-text";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { structureNameInSentence } from "@/lib/scoring/translations/in-sentence";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { formatDate } from "../format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The combined recommendation of an organization's respondents, and each respondent's own; the aggregate's words are already in the page's language. */
export function CombinedView({ aggregate, respondentTotal, respondentLimit }: { aggregate: OrganizationAggregate; respondentTotal: number; respondentLimit: number }) {
  const t = useTranslations("Organization.combined");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const structures = structuresIn(locale);
  const { combined } = aggregate;
  if (aggregate.respondentCount === 0) {
    return <p className="text-muted">{t("none")}</p>;
  }
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-line bg-canvas px-4 py-3 text-sm">
        <p className="font-semibold">{t("howCombined")}</p>
        <p className="mt-1">{aggregate.rule}</p>
      </div>

      {respondentTotal > respondentLimit ? (
        <Notice tone="info">
          {t("capped", { total: respondentTotal, limit: respondentLimit })}
        </Notice>
      ) : null}

      {combined ? (
        <div data-testid="combined-recommendation">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("recommendation")}</p>
          <p className="mt-1 text-2xl font-bold tracking-tight">{combined.recommendationName}</p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <ConfidenceBadge level={combined.confidence.level} />
            <span className="text-sm text-muted">
              {t("lead", {
                lead: combined.lead,
                runnerUp: structureNameInSentence(structures[combined.ranking[1] ?? combined.recommendation].name, locale),
                respondents: combined.agreement.respondents,
                of: combined.agreement.of,
                share: combined.agreement.weightShare,
              })}
            </span>
          </div>
          <p className="mt-3 text-sm text-muted">
            {combined.confidence.reason} <span className="font-semibold">{t("howConfidence")}</span> {combined.confidence.rule}
          </p>
          <div className="mt-5 grid gap-6 md:grid-cols-2">
            <ScoreChart scores={combined.scores} ranking={combined.ranking} highlight={combined.recommendation} />
            {combined.robustness ? <ShareChart robustness={combined.robustness} order={combined.ranking} highlight={combined.recommendation} /> : null}
          </div>
          {combined.robustness ? (
            <div className="mt-3 space-y-1 text-sm">
              {combined.ranking.slice(0, 2).map((id) => {
                const sentence = combined.robustness ? winConditions(combined.robustness, id, locale) : null;
                return sentence ? <p key={id}>{sentence}</p> : null;
              })}
            </div>
          ) : null}
        </div>
      ) : (
        <Notice tone="warning" title={t("nothing")}>
          {t("nothingBody")}
        </Notice>
      )}

      <ScrollRegion label={t("caption")}>
        <table className="w-full text-left text-sm" data-testid="respondent-table">
          <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("respondent")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                {t("weight")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("own")}
              </th>
              {STRUCTURE_IDS.map((id) => (
                <th key={id} scope="col" className="py-2 pr-4 text-right font-semibold">
                  {structures[id].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {aggregate.respondents.map((respondent) => (
              <tr key={respondent.resultId}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/workspace/results/${respondent.resultId}`}>{respondent.label}</Link>
                  <span className="block text-muted">
                    {t("roleSubmitted", { role: respondent.roleLabel, date: formatDate(respondent.submittedAt, locale) })}
                  </span>
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">{format.number(respondent.weight)}</td>
                <td className="py-2 pr-4">
                  {respondent.recommendedName}
                  {respondent.overrideName ? (
                    <span className="block font-semibold" data-testid="respondent-override">
                      {t("byConsultant", { structure: respondent.overrideName })}
                    </span>
                  ) : null}
                  <span className="block text-muted">
                    {respondent.weight === 0 ? t("leftOut") : respondent.agrees ? t("same") : t("differs")}
                  </span>
                </td>
                {STRUCTURE_IDS.map((id) => (
                  <td key={id} className={`py-2 pr-4 text-right tabular-nums ${id === respondent.recommended ? "font-semibold" : ""}`}>
                    {points(respondent.scores[id], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** A link to the side-by-side comparison of the respondents' results, when there are two or more. */
export function CompareRespondentsLink({ aggregate }: { aggregate: OrganizationAggregate }) {
  const t = useTranslations("Organization.combined");
  if (aggregate.respondents.length < 2) return null;
  // Result ids are URL-safe, so the list reads as plainly in the address bar as it is written here.
  const ids = aggregate.respondents.map((respondent) => respondent.resultId).join(",");
  return (
    <p className="mt-4">
      <Link href={`/workspace/compare?ids=${ids}`}>{t("compare", { count: aggregate.respondents.length })}</Link>
    </p>
  );
}
