import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DistributionGroup, PortfolioDistribution } from "@/lib/portfolio/distribution";
import type { ResultCountGroup } from "@/lib/portfolio/result-counts";
import { resultsHref } from "@/lib/portfolio/results-query";
import type { StructureId } from "@/lib/scoring/types";
import { structuresIn } from "@/lib/scoring/translations/localize";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { StackedBarChart, type ChartRow } from "./stacked-bar-chart";
import { ScrollRegion } from "@/components/ui/scroll-region";

function organizationRows(distribution: PortfolioDistribution, groups: DistributionGroup[]): ChartRow[] {
  return groups.map((group) => ({ id: group.id, label: group.label, values: distribution.categories.map((category) => group.organizations[category.id]) }));
}

/** Organizations by their majority structure, once by size band and once by industry. */
export function DistributionCharts({ distribution }: { distribution: PortfolioDistribution }) {
  const t = useTranslations("Portfolio");
  const organizations = (count: number) => t("organizationCount", { count });
  return (
    <div className="space-y-10">
      <StackedBarChart
        id="by-size"
        title={t("bySize")}
        unit={organizations}
        series={distribution.categories}
        rows={organizationRows(distribution, distribution.bySizeBand)}
      />
      <StackedBarChart
        id="by-industry"
        title={t("byIndustry")}
        unit={organizations}
        series={distribution.categories}
        rows={organizationRows(distribution, distribution.byIndustry)}
      />
    </div>
  );
}

function CountCell({ count, href, label }: { count: number; href: string | null; label: string }) {
  const t = useTranslations("Portfolio");
  const text = useFormatter().number(count);
  if (count === 0 || href === null) return <>{text}</>;
  return (
    <Link href={href} aria-label={t("countLink", { count, label })}>
      {text}
    </Link>
  );
}

/**
 * Every submitted result counted by the structure in force, per group, each count a link to the
 * results behind it: the groups are the results' own columns, the ones the results table filters on.
 */
export function ResultCountTable({ caption, groups, filter }: { caption: string; groups: ResultCountGroup[]; filter: "size" | "industry" }) {
  const t = useTranslations("Portfolio");
  const structures = structuresIn(useLocale());
  const href = (group: ResultCountGroup, recommendation: StructureId | null) =>
    group.filter === null ? null : resultsHref("/workspace/results", { [filter]: group.filter, ...(recommendation ? { recommendation } : {}) });
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm" data-testid={`result-counts-${filter}`}>
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-4 font-semibold">
              {t("group")}
            </th>
            {STRUCTURE_IDS.map((id) => (
              <th key={id} scope="col" className="py-1.5 pr-4 text-right font-semibold">
                {structures[id].name}
              </th>
            ))}
            <th scope="col" className="py-1.5 text-right font-semibold">
              {t("resultsColumn")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {groups.map((group) => (
            <tr key={group.filter ?? "not-set"}>
              <th scope="row" className="py-1.5 pr-4 font-normal">
                {group.label}
              </th>
              {STRUCTURE_IDS.map((id) => (
                <td key={id} className="py-1.5 pr-4 text-right tabular-nums">
                  <CountCell count={group.results[id]} href={href(group, id)} label={`${group.label}, ${structures[id].name}`} />
                </td>
              ))}
              <td className="py-1.5 text-right font-semibold tabular-nums">
                <CountCell count={group.total} href={href(group, null)} label={t("everyStructure", { group: group.label })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
