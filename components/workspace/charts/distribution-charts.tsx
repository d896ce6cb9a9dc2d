import type { DistributionGroup, PortfolioDistribution } from "@/lib/portfolio/distribution";
import { STRUCTURES } from "@/lib/scoring/structures";
import { STRUCTURE_IDS } from "@/lib/scoring/types";
import { StackedBarChart, type ChartRow } from "./stacked-bar-chart";

const ORGANIZATIONS = ["organization", "organizations"] as const;

function organizationRows(distribution: PortfolioDistribution, groups: DistributionGroup[]): ChartRow[] {
  return groups.map((group) => ({ id: group.id, label: group.label, values: distribution.categories.map((category) => group.organizations[category.id]) }));
}

/** Organizations by their majority structure, once by size band and once by industry. */
export function DistributionCharts({ distribution }: { distribution: PortfolioDistribution }) {
  return (
    <div className="space-y-10">
      <StackedBarChart
        id="by-size"
        title="Organizations by size band"
        unit={ORGANIZATIONS}
        series={distribution.categories}
        rows={organizationRows(distribution, distribution.bySizeBand)}
      />
      <StackedBarChart
        id="by-industry"
        title="Organizations by industry"
        unit={ORGANIZATIONS}
        series={distribution.categories}
        rows={organizationRows(distribution, distribution.byIndustry)}
      />
    </div>
  );
}

/** Every submitted result counted by its own recommendation, per group: the figures behind the majorities. */
export function ResultCountTable({ caption, groups }: { caption: string; groups: DistributionGroup[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-4 font-semibold">
              Group
            </th>
            {STRUCTURE_IDS.map((id) => (
              <th key={id} scope="col" className="py-1.5 pr-4 text-right font-semibold">
                {STRUCTURES[id].name}
              </th>
            ))}
            <th scope="col" className="py-1.5 text-right font-semibold">
              Results
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row" className="py-1.5 pr-4 font-normal">
                {group.label}
              </th>
              {STRUCTURE_IDS.map((id) => (
                <td key={id} className="py-1.5 pr-4 text-right tabular-nums">
                  {group.results[id].toLocaleString("en-US")}
                </td>
              ))}
              <td className="py-1.5 text-right font-semibold tabular-nums">{group.resultTotal.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
