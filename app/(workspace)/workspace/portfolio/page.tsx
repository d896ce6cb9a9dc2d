import type { Metadata } from "next";
import { Card, SectionHeading } from "@/components/ui/card";
import { DistributionCharts, ResultCountTable } from "@/components/workspace/charts/distribution-charts";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getPortfolioDistribution, getPortfolioResultCounts } from "@/lib/services/organization-insights";

export const metadata: Metadata = { title: "Portfolio" };

function count(value: number, one: string, many: string): string {
  return `${value.toLocaleString("en-US")} ${value === 1 ? one : many}`;
}

export default async function PortfolioPage() {
  const actor = await requireSecondFactorReady("/workspace/portfolio");
  const [distribution, resultCounts] = await loadForPage(Promise.all([getPortfolioDistribution(actor), getPortfolioResultCounts(actor)]));
  const { overall } = distribution;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Portfolio overview</h1>
        <p className="mt-2 text-lg text-muted">Which leadership structures Rolefit recommends across your client organizations, by size and by industry.</p>
      </div>

      {overall.organizationTotal === 0 ? (
        <Card>
          <p className="text-muted">None of your organizations has a submitted result yet. The overview fills in as their executives submit.</p>
        </Card>
      ) : (
        <>
          <section aria-labelledby="overall">
            <Card>
              <SectionHeading id="overall" lead={`${count(overall.organizationTotal, "organization", "organizations")} with ${count(overall.resultTotal, "submitted result", "submitted results")}.`}>
                All organizations
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
              <SectionHeading id="charts" lead="Bar length is the number of organizations in the group; each part is the structure most of their results recommend.">
                By size band and industry
              </SectionHeading>
              <DistributionCharts distribution={distribution} />
            </Card>
          </section>

          <section aria-labelledby="results">
            <Card>
              <SectionHeading
                id="results"
                lead="Every submitted result, counted by its recommendation in force, under its organization's profile (or the respondent's own answer where the organization has none). Each count opens the results behind it."
              >
                Submitted results
              </SectionHeading>
              <div className="space-y-8">
                <ResultCountTable caption="Results by size band" groups={resultCounts.bySizeBand} filter="size" />
                <ResultCountTable caption="Results by industry" groups={resultCounts.byIndustry} filter="industry" />
              </div>
            </Card>
          </section>
        </>
      )}
    </div>
  );
}
