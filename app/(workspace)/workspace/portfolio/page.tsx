import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { DistributionCharts, ResultCountTable } from "@/components/workspace/charts/distribution-charts";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getPortfolioDistribution, getPortfolioResultCounts } from "@/lib/services/organization-insights";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Portfolio");
  return { title: t("title") };
}

export default async function PortfolioPage() {
  const actor = await requireSecondFactorReady("/workspace/portfolio");
  const [t, locale] = await Promise.all([getTranslations("Portfolio"), getLocale()]);
  const [distribution, resultCounts] = await loadForPage(Promise.all([getPortfolioDistribution(actor, locale), getPortfolioResultCounts(actor, locale)]));
  const { overall } = distribution;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </div>

      {overall.organizationTotal === 0 ? (
        <Card>
          <p className="text-muted">{t("empty")}</p>
        </Card>
      ) : (
        <>
          <section aria-labelledby="overall">
            <Card>
              <SectionHeading id="overall" lead={t("totals", { organizations: overall.organizationTotal, results: overall.resultTotal })}>
                {t("allOrganizations")}
              </SectionHeading>
              <dl className="grid gap-4 sm:grid-cols-4" data-testid="portfolio-totals">
                {distribution.categories.map((category) => (
                  <div key={category.id} className="rounded-md border border-line p-3">
                    <dt className="text-sm text-muted">{category.label}</dt>
                    <dd className="mt-1 text-2xl font-bold tabular-nums">{overall.organizations[category.id]}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-4 text-sm text-muted">{distribution.rule}</p>
            </Card>
          </section>

          <section aria-labelledby="charts">
            <Card>
              <SectionHeading id="charts" lead={t("chartsLead")}>
                {t("charts")}
              </SectionHeading>
              <DistributionCharts distribution={distribution} />
            </Card>
          </section>

          <section aria-labelledby="results">
            <Card>
              <SectionHeading id="results" lead={t("resultsLead")}>
                {t("results")}
              </SectionHeading>
              <div className="space-y-8">
                <ResultCountTable caption={t("resultsBySize")} groups={resultCounts.bySizeBand} filter="size" />
                <ResultCountTable caption={t("resultsByIndustry")} groups={resultCounts.byIndustry} filter="industry" />
              </div>
            </Card>
          </section>
        </>
      )}
    </div>
  );
}
