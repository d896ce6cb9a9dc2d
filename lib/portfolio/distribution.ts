/**
 * How recommended structures spread across a consultant's portfolio, by size band and by
 * industry. Built from per-organization counts the database groups, so it never needs a
 * result's stored output and stays cheap however many results the portfolio holds.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { structuresIn } from "../scoring/translations/localize";
import { STRUCTURE_IDS, type StructureId } from "../scoring/types";
import { industryOptionsIn, sizeBandOptionsIn } from "./profile-labels";

/** An organization whose results are split evenly between two or three structures. */
export const NO_MAJORITY = "no_majority";

export type DistributionCategory = StructureId | typeof NO_MAJORITY;

/** The structures, then "No majority", named in a language. */
export function distributionCategoriesIn(locale: Locale): readonly { id: DistributionCategory; label: string }[] {
  const structures = structuresIn(locale);
  return [...STRUCTURE_IDS.map((id) => ({ id, label: structures[id].name })), { id: NO_MAJORITY, label: translator(locale, "Portfolio")("noMajority") }];
}

/** The group of organizations whose profile leaves the size band or the industry empty. */
export const NOT_SET = "not_set";

/** How organizations are counted, in words, in a language. */
export function distributionRuleIn(locale: Locale): string {
  return translator(locale, "Portfolio")("distributionRule");
}

/** One organization's submitted results for one recommended structure, as the database groups them. */
export interface RecommendationCount {
  organizationId: string;
  recommendation: string;
  count: number;
}

export interface OrganizationProfile {
  id: string;
  sizeBand: string | null;
  industry: string | null;
}

export interface DistributionGroup {
  id: string;
  label: string;
  organizations: Record<DistributionCategory, number>;
  organizationTotal: number;
  results: Record<StructureId, number>;
  resultTotal: number;
}

export interface PortfolioDistribution {
  rule: string;
  categories: readonly { id: DistributionCategory; label: string }[];
  overall: DistributionGroup;
  bySizeBand: DistributionGroup[];
  byIndustry: DistributionGroup[];
}

function isStructure(id: string): id is StructureId {
  return (STRUCTURE_IDS as readonly string[]).includes(id);
}

/** The structure most of the organization's results recommend, or NO_MAJORITY on a tie. */
export function majorityOf(counts: Record<StructureId, number>): DistributionCategory | null {
  const top = Math.max(...STRUCTURE_IDS.map((id) => counts[id]));
  if (top === 0) return null;
  const leaders = STRUCTURE_IDS.filter((id) => counts[id] === top);
  return leaders.length === 1 ? leaders[0]! : NO_MAJORITY;
}

function emptyGroup(id: string, label: string): DistributionGroup {
  return {
    id,
    label,
    organizations: { separate: 0, ctio: 0, cdo: 0, [NO_MAJORITY]: 0 },
    organizationTotal: 0,
    results: { separate: 0, ctio: 0, cdo: 0 },
    resultTotal: 0,
  };
}

function add(group: DistributionGroup, category: DistributionCategory, results: Record<StructureId, number>): void {
  group.organizations[category] += 1;
  group.organizationTotal += 1;
  for (const id of STRUCTURE_IDS) {
    group.results[id] += results[id];
    group.resultTotal += results[id];
  }
}

/** Groups in the order of their list, then "Not set"; groups without organizations are left out. */
function grouped(list: readonly { id: string; label: string }[], notSetLabel: string, entries: { key: string | null; category: DistributionCategory; results: Record<StructureId, number> }[]): DistributionGroup[] {
  const groups = new Map<string, DistributionGroup>([...list.map((item) => [item.id, emptyGroup(item.id, item.label)] as const), [NOT_SET, emptyGroup(NOT_SET, notSetLabel)]]);
  for (const entry of entries) {
    const group = groups.get(entry.key ?? NOT_SET) ?? groups.get(NOT_SET)!;
    add(group, entry.category, entry.results);
  }
  return [...groups.values()].filter((group) => group.organizationTotal > 0);
}

/** Labels and the rule in English unless a language is given. */
export function portfolioDistribution(counts: readonly RecommendationCount[], organizations: readonly OrganizationProfile[], locale: Locale = DEFAULT_LOCALE): PortfolioDistribution {
  const t = translator(locale, "Portfolio");
  const perOrganization = new Map<string, Record<StructureId, number>>();
  for (const row of counts) {
    if (!isStructure(row.recommendation)) continue;
    const results = perOrganization.get(row.organizationId) ?? { separate: 0, ctio: 0, cdo: 0 };
    results[row.recommendation] += row.count;
    perOrganization.set(row.organizationId, results);
  }
  const entries = organizations.flatMap((organization) => {
    const results = perOrganization.get(organization.id);
    const category = results ? majorityOf(results) : null;
    return results && category ? [{ organization, category, results }] : [];
  });
  const overall = emptyGroup("all", t("allOrganizations"));
  for (const entry of entries) add(overall, entry.category, entry.results);
  return {
    rule: distributionRuleIn(locale),
    categories: distributionCategoriesIn(locale),
    overall,
    bySizeBand: grouped(sizeBandOptionsIn(locale), t("sizeBandNotSet"), entries.map((entry) => ({ ...entry, key: entry.organization.sizeBand }))),
    byIndustry: grouped(industryOptionsIn(locale), t("industryNotSet"), entries.map((entry) => ({ ...entry, key: entry.organization.industry }))),
  };
}
