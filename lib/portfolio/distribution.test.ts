import { describe, expect, it } from "vitest";
import { distributionRuleIn, NO_MAJORITY, NOT_SET, majorityOf, portfolioDistribution, type RecommendationCount } from "./distribution";

const ORGANIZATIONS = [
  { id: "o1", sizeBand: "1_49", industry: "software" },
  { id: "o2", sizeBand: "1_49", industry: "retail" },
  { id: "o3", sizeBand: "5000_plus", industry: "software" },
  { id: "o4", sizeBand: null, industry: null },
  { id: "o5", sizeBand: "50_249", industry: "retail" },
];

const COUNTS: RecommendationCount[] = [
  { organizationId: "o1", recommendation: "ctio", count: 3 },
  { organizationId: "o1", recommendation: "separate", count: 1 },
  { organizationId: "o2", recommendation: "ctio", count: 2 },
  { organizationId: "o2", recommendation: "cdo", count: 2 },
  { organizationId: "o3", recommendation: "separate", count: 5 },
  { organizationId: "o4", recommendation: "cdo", count: 1 },
  // o5 has no results; an unknown structure is ignored.
  { organizationId: "o3", recommendation: "coo", count: 9 },
];

describe("the portfolio distribution", () => {
  it("counts each organization once, under the structure most of its results recommend", () => {
    const distribution = portfolioDistribution(COUNTS, ORGANIZATIONS);
    expect(distribution.overall.organizations).toEqual({ separate: 1, ctio: 1, cdo: 1, [NO_MAJORITY]: 1 });
    expect(distribution.overall.organizationTotal).toBe(4);
    expect(distribution.overall.results).toEqual({ separate: 6, ctio: 5, cdo: 3 });
    expect(distribution.overall.resultTotal).toBe(14);
    expect(distribution.rule).toBe(distributionRuleIn("en"));
    expect(distribution.rule).toMatch(/^Each organization with at least one submitted result counts once/);
    expect(distribution.categories.map((category) => category.label)).toEqual(["Separate CIO and CTO", "Combined CTIO", "CDO over CIO and CTO", "No majority"]);
  });

  it("groups by size band in the list's order, then organizations without one; empty groups are left out", () => {
    const { bySizeBand } = portfolioDistribution(COUNTS, ORGANIZATIONS);
    expect(bySizeBand.map((group) => [group.id, group.label, group.organizationTotal])).toEqual([
      ["1_49", "1 to 49 employees", 2],
      ["5000_plus", "5,000 employees or more", 1],
      [NOT_SET, "Size band not set", 1],
    ]);
    expect(bySizeBand[0]?.organizations).toEqual({ separate: 0, ctio: 1, cdo: 0, [NO_MAJORITY]: 1 });
    expect(bySizeBand[0]?.results).toEqual({ separate: 1, ctio: 5, cdo: 2 });
  });

  it("groups by industry the same way", () => {
    const { byIndustry } = portfolioDistribution(COUNTS, ORGANIZATIONS);
    expect(byIndustry.map((group) => [group.id, group.organizations])).toEqual([
      ["software", { separate: 1, ctio: 1, cdo: 0, [NO_MAJORITY]: 0 }],
      ["retail", { separate: 0, ctio: 0, cdo: 0, [NO_MAJORITY]: 1 }],
      [NOT_SET, { separate: 0, ctio: 0, cdo: 1, [NO_MAJORITY]: 0 }],
    ]);
  });

  it("puts a profile value outside the lists under \"not set\", and ignores counts of organizations it was not given", () => {
    const distribution = portfolioDistribution([...COUNTS, { organizationId: "elsewhere", recommendation: "cdo", count: 50 }], [{ id: "o1", sizeBand: "huge", industry: "software" }]);
    expect(distribution.overall.resultTotal).toBe(4);
    expect(distribution.bySizeBand.map((group) => group.id)).toEqual([NOT_SET]);
  });

  it("names its groups, categories and rule in the language asked for, counting the same", () => {
    const english = portfolioDistribution(COUNTS, ORGANIZATIONS);
    const german = portfolioDistribution(COUNTS, ORGANIZATIONS, "de");
    const french = portfolioDistribution(COUNTS, ORGANIZATIONS, "fr");
    expect(german.overall).toEqual({ ...english.overall, label: "Alle Organisationen" });
    expect(german.categories.at(-1)?.label).toBe("Keine Mehrheit");
    expect(french.categories.at(-1)?.label).toBe("Pas de majorité");
    expect(german.bySizeBand.map((group) => group.label)).toEqual(["1 bis 49 Mitarbeitende", "5.000 Mitarbeitende oder mehr", "Größenklasse nicht angegeben"]);
    expect(french.byIndustry.map((group) => group.id)).toEqual(english.byIndustry.map((group) => group.id));
    expect(french.byIndustry.map((group) => group.label)).not.toEqual(english.byIndustry.map((group) => group.label));
    for (const localized of [german, french]) {
      expect(localized.rule).not.toBe(english.rule);
      expect(localized.categories.map((category) => category.id)).toEqual(english.categories.map((category) => category.id));
    }
  });

  it("is empty without results", () => {
    const distribution = portfolioDistribution([], ORGANIZATIONS);
    expect(distribution.overall.organizationTotal).toBe(0);
    expect(distribution.bySizeBand).toEqual([]);
    expect(distribution.byIndustry).toEqual([]);
  });

  it("finds the majority, or none on a tie", () => {
    expect(majorityOf({ separate: 2, ctio: 1, cdo: 0 })).toBe("separate");
    expect(majorityOf({ separate: 2, ctio: 2, cdo: 2 })).toBe(NO_MAJORITY);
    expect(majorityOf({ separate: 0, ctio: 0, cdo: 0 })).toBeNull();
  });
});
