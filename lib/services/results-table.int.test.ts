/** The consultant's results table against a real SQLite file: scope, every filter, every sort, and keyset pages at their edges. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../auth/actor";
import { db } from "../db";
import { encodeCursor } from "../portfolio/cursor";
import { createAdmin, createConsultant, createExecutive, createMemberAssessment, createTenant, expectDomainError, userActorFor } from "../testing/accounts";
import { insertSyntheticResults } from "../testing/synthetic-results";
import { createTestPortfolio, insertExpected, scoredSample, type ExpectedRow, type TestPortfolio } from "../testing/test-portfolio";
import { STRUCTURE_IDS } from "../scoring/types";
import { RESULTS_COUNT_LIMIT } from "../validation/portfolio";
import { countResults, listResultOrganizations, listResults, type ResultRow } from "./results-table";

afterAll(async () => {
  await db.$disconnect();
});

/** Every page of a query, checking on the way that each page is full but the last, and that the count, taken at any page, matches. */
async function allPages(actor: Actor, query: Record<string, string>): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  let after: string | null = null;
  const { total, capped } = await countResults(actor, query);
  expect(capped).toBe(false);
  for (let page = 0; page < 100; page += 1) {
    const result = await listResults(actor, after ? { ...query, after } : query);
    expect(await countResults(actor, after ? { ...query, after } : query)).toEqual({ total, capped: false });
    expect(result.rows.length).toBeLessThanOrEqual(result.query.limit);
    if (result.nextCursor) expect(result.rows).toHaveLength(result.query.limit);
    rows.push(...result.rows);
    if (!result.nextCursor) {
      expect(rows).toHaveLength(total);
      return rows;
    }
    after = result.nextCursor;
  }
  throw new Error("more than 100 pages");
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

type SortKey = "createdAt" | "clientName" | "margin";

/** The order the table promises: the sort column, then the id, both in the chosen direction. */
function sorted(rows: ExpectedRow[], key: SortKey, dir: "asc" | "desc"): ExpectedRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byKey = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
    return sign * (byKey !== 0 ? byKey : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

describe("the results table's scope", () => {
  let portfolio: TestPortfolio;
  beforeAll(async () => {
    portfolio = await createTestPortfolio(12);
  });

  it("shows a consultant every result of their organizations, with the table's columns", async () => {
    const page = await listResults(portfolio.consultant.actor, { limit: "50" });
    expect(await countResults(portfolio.consultant.actor, { limit: "50" })).toEqual({ total: 12, capped: false });
    expect(ids(page.rows).sort()).toEqual(ids(portfolio.rows).sort());
    const first = portfolio.rows[0];
    expect(page.rows.find((row) => row.id === first?.id)).toEqual({ ...first, overrideRecommendation: null });
  });

  it("never shows a consultant another organization's results, and refuses to filter on it (404)", async () => {
    const other = await createTenant();
    await createMemberAssessment(other.executive.actor, other.organization.id);
    const outsider = await listResults(other.consultant.actor, { limit: "100" });
    expect((await countResults(other.consultant.actor, {})).total).toBe(1);
    expect(outsider.rows.map((row) => row.organizationId)).toEqual([other.organization.id]);
    const onlyAlpha = await createConsultant([portfolio.alpha.id]);
    const alpha = await allPages(onlyAlpha.actor, {});
    expect(alpha.every((row) => row.organizationId === portfolio.alpha.id)).toBe(true);
    const error = await expectDomainError(listResults(onlyAlpha.actor, { organization: portfolio.beta.id }), 404, "organization_not_found");
    expect(error.message).not.toContain(portfolio.beta.name);
    await expectDomainError(listResults(other.consultant.actor, { organization: portfolio.alpha.id }), 404, "organization_not_found");
  });

  it("shows an administrator every organization's results, but never results taken without one", async () => {
    const admin = await createAdmin();
    const anonymous = await insertSyntheticResults(db, [{ organization: null, scored: scoredSample()[0]!, organizationName: `Alpha ${portfolio.tag}`, respondentName: "No Organization" }]);
    const inOrganizations = await db.result.count({ where: { organizationId: { not: null } } });
    expect(await countResults(admin.actor, {})).toEqual({ total: Math.min(inOrganizations, RESULTS_COUNT_LIMIT), capped: inOrganizations > RESULTS_COUNT_LIMIT });
    const search = await allPages(admin.actor, { q: portfolio.tag });
    expect(ids(search).sort()).toEqual(ids(portfolio.rows).sort());
    expect(ids(search)).not.toContain(anonymous[0]);
    expect((await countResults(admin.actor, { organization: portfolio.beta.id, limit: "100" })).total).toBe(portfolio.rows.filter((row) => row.organizationId === portfolio.beta.id).length);
    await expectDomainError(listResults(admin.actor, { organization: "cnotanorganization0000000" }), 404, "organization_not_found");
  });

  it("counts up to its limit, then says more match; filters and the page position apply to the count", async () => {
    const tenant = await createTenant();
    const organization = { id: tenant.organization.id, name: tenant.organization.name, industry: null, sizeBand: null };
    const [sample] = scoredSample();
    // Only the table's columns are counted: the stored explanation is trimmed so a thousand rows insert quickly.
    const scored = { ...sample!, output: { ...sample!.output, contributions: [], drivers: [], counterSignals: [], uninformed: [], dimensions: [], tippingPoints: [] } };
    const many = Array.from({ length: RESULTS_COUNT_LIMIT }, (_, index) => ({ organization, scored, createdAt: new Date(Date.parse("2025-06-01T00:00:00.000Z") + index * 1000) }));
    await insertSyntheticResults(db, many);
    const actor = tenant.consultant.actor;
    expect(await countResults(actor, {})).toEqual({ total: RESULTS_COUNT_LIMIT, capped: false });
    await insertSyntheticResults(db, [{ organization, scored, respondentName: `Extra ${portfolio.tag}` }]);
    expect(await countResults(actor, {})).toEqual({ total: RESULTS_COUNT_LIMIT, capped: true });
    expect(await countResults(actor, { q: `extra ${portfolio.tag}` })).toEqual({ total: 1, capped: false });
    const other = STRUCTURE_IDS.find((id) => id !== scored.output.recommended)!;
    expect(await countResults(actor, { recommendation: other })).toEqual({ total: 0, capped: false });
    const second = await listResults(actor, { limit: "100" });
    expect(await countResults(actor, { after: second.nextCursor! })).toEqual({ total: RESULTS_COUNT_LIMIT, capped: true });
  });

  it("refuses anonymous callers (401), executives (403) and consultants without a second factor (403)", async () => {
    const executive = await createExecutive([portfolio.alpha.id]);
    const unenrolled = await createConsultant([portfolio.alpha.id], { secondFactor: false });
    await expectDomainError(listResults(ANONYMOUS, {}), 401, "sign_in_required");
    await expectDomainError(listResults(executive.actor, {}), 403, "consultants_only");
    await expectDomainError(listResults(unenrolled.actor, {}), 403, "second_factor_required");
    await expectDomainError(listResultOrganizations(executive.actor), 403, "consultants_only");
  });

  it("offers the filter form exactly the organizations in scope, by name", async () => {
    expect(await listResultOrganizations(portfolio.consultant.actor)).toEqual([
      { id: portfolio.alpha.id, name: portfolio.alpha.name },
      { id: portfolio.beta.id, name: portfolio.beta.name },
    ]);
  });

  it("reads a consultant of more organizations than one query parameter list holds through their memberships", async () => {
    const many = Array.from({ length: 520 }, (_, index) => ({ id: `bulk${portfolio.tag}${String(index).padStart(4, "0")}`, name: `Bulk ${portfolio.tag} ${index}` }));
    await db.organization.createMany({ data: many });
    const consultant = await createConsultant([portfolio.alpha.id]);
    await db.membership.createMany({ data: many.map((organization) => ({ userId: consultant.user.id, organizationId: organization.id, role: "consultant" })) });
    const actor = await userActorFor(consultant.user.id);
    const scored = scoredSample()[1]!;
    const inBulk = await insertExpected(
      [0, 260, 519].map((index, position) => ({
        organization: { id: many[index]!.id, name: many[index]!.name, industry: null, sizeBand: null },
        scored,
        respondentName: `Bulk respondent ${position}`,
        createdAt: new Date(Date.parse("2026-02-02T12:00:00.000Z")),
      })),
    );
    const expected = [...portfolio.rows.filter((row) => row.organizationId === portfolio.alpha.id), ...inBulk];
    const rows = await allPages(actor, { limit: "25" });
    expect(ids(rows)).toEqual(ids(sorted(expected, "createdAt", "desc")));
    expect((await countResults(actor, { recommendation: scored.output.recommended })).total).toBe(expected.filter((row) => row.recommendation === scored.output.recommended).length);
    expect(await listResultOrganizations(actor)).toHaveLength(521);
  });
});

describe("the results table's filters", () => {
  let portfolio: TestPortfolio;
  beforeAll(async () => {
    portfolio = await createTestPortfolio(24);
  });

  async function expectFilter(query: Record<string, string>, keep: (row: ExpectedRow) => boolean): Promise<void> {
    const expected = portfolio.rows.filter(keep);
    expect(expected.length, `the data must exercise ${JSON.stringify(query)}`).toBeGreaterThan(0);
    expect(expected.length, `the data must exercise ${JSON.stringify(query)}`).toBeLessThan(portfolio.rows.length);
    const rows = await allPages(portfolio.consultant.actor, { ...query, limit: "25" });
    expect(ids(rows).sort()).toEqual(ids(expected).sort());
  }

  it.each([
    ["recommendation", "ctio", (row: ExpectedRow) => row.recommendation === "ctio"],
    ["confidence", "moderate", (row: ExpectedRow) => row.confidence === "moderate"],
    ["industry", "energy", (row: ExpectedRow) => row.industry === "energy"],
    ["size", "250_999", (row: ExpectedRow) => row.sizeBand === "250_999"],
    ["role", "cfo", (row: ExpectedRow) => row.respondentRole === "cfo"],
    ["status", "in_review", (row: ExpectedRow) => row.reviewStatus === "in_review"],
  ] as const)("filters on %s", async (key, value, keep) => {
    await expectFilter({ [key]: value }, keep);
  });

  it("filters on the organization, and combines filters", async () => {
    await expectFilter({ organization: portfolio.alpha.id }, (row) => row.organizationId === portfolio.alpha.id);
    await expectFilter({ organization: portfolio.alpha.id, recommendation: "separate", status: "shared" }, (row) => row.organizationId === portfolio.alpha.id && row.recommendation === "separate" && row.reviewStatus === "shared");
  });

  it("takes from and to as whole UTC days, both included", async () => {
    await expectFilter({ from: "2026-02-02", to: "2026-02-03" }, (row) => row.createdAt >= "2026-02-02" && row.createdAt < "2026-02-04");
    await expectFilter({ from: "2026-02-05" }, (row) => row.createdAt >= "2026-02-05");
    await expectFilter({ to: "2026-02-01" }, (row) => row.createdAt < "2026-02-02");
    const [edge] = await insertExpected([
      { organization: portfolio.alpha, scored: scoredSample()[0]!, respondentName: `Late ${portfolio.tag}`, createdAt: new Date("2026-03-10T23:59:59.999Z") },
    ]);
    portfolio.rows.push(edge!);
    expect(ids((await listResults(portfolio.consultant.actor, { from: "2026-03-10", to: "2026-03-10" })).rows)).toEqual([edge?.id]);
    expect((await countResults(portfolio.consultant.actor, { from: "2026-03-11" })).total).toBe(0);
  });

  it("searches organization and respondent names ignoring case; around %, _ and \\, every part must appear", async () => {
    const [zoe, percent] = await insertExpected([
      { organization: portfolio.beta, scored: scoredSample()[0]!, respondentName: `Zoë Ångström ${portfolio.tag}`, createdAt: new Date("2026-01-15T10:00:00.000Z") },
      { organization: portfolio.beta, scored: scoredSample()[0]!, respondentName: `Fully 100%_sure ${portfolio.tag}`, createdAt: new Date("2026-01-15T10:00:00.000Z") },
    ]);
    portfolio.rows.push(zoe!, percent!);
    const search = async (q: string) => ids((await listResults(portfolio.consultant.actor, { q, limit: "100" })).rows).sort();
    expect(await search(`ZOË ÅNGSTRÖM ${portfolio.tag.toUpperCase()}`)).toEqual([zoe?.id]);
    expect(await search("zoë")).toEqual([zoe?.id]);
    expect(await search(`100%_SURE ${portfolio.tag}`)).toEqual([percent?.id]);
    expect(await search("sure%fully")).toEqual([percent?.id]);
    expect(await search("fully\\100")).toEqual([percent?.id]);
    expect(await search(`ÅNGSTRÖM_100 ${portfolio.tag}`)).toEqual([]);
    await expectDomainError(listResults(portfolio.consultant.actor, { q: "%" }), 400, "q");
    await expectDomainError(listResults(portfolio.consultant.actor, { q: "_ % \\" }), 400, "q");
    expect((await search(`ALPHA ${portfolio.tag}`)).length).toBe(portfolio.rows.filter((row) => row.organizationId === portfolio.alpha.id).length);
    expect(await search("respondent 007")).toEqual([portfolio.rows[7]?.id]);
    expect(await search("nobody by this name")).toEqual([]);
  });

  it("refuses values outside the lists with the field's message", async () => {
    const actor = portfolio.consultant.actor;
    await expectDomainError(listResults(actor, { recommendation: "cio_only" }), 400, "recommendation");
    await expectDomainError(listResults(actor, { from: "2026-13-01" }), 400, "from");
    await expectDomainError(listResults(actor, { from: "2026-03-02", to: "2026-03-01" }), 400, "to");
    await expectDomainError(listResults(actor, { limit: "1000" }), 400, "limit");
    await expectDomainError(listResults(actor, { sort: "salary" }), 400, "sort");
    await expectDomainError(listResults(actor, { offset: "100" }), 400, "invalid_request");
  });
});

describe("the results table's sorts and pages", () => {
  let portfolio: TestPortfolio;
  beforeAll(async () => {
    portfolio = await createTestPortfolio(57);
  });

  it.each([
    ["date", "createdAt"],
    ["organization", "clientName"],
    ["margin", "margin"],
  ] as const)("sorts by %s both ways, ties broken by id, no row skipped or repeated across pages", async (sort, key) => {
    for (const dir of ["asc", "desc"] as const) {
      const rows = await allPages(portfolio.consultant.actor, { sort, dir, limit: "25" });
      expect(ids(rows)).toEqual(ids(sorted(portfolio.rows, key, dir)));
      expect(new Set(ids(rows)).size).toBe(portfolio.rows.length);
    }
  });

  it("ends exactly at a full last page, and a page position past the end gives an empty page", async () => {
    const exact = await createTestPortfolio(25);
    const page = await listResults(exact.consultant.actor, { limit: "25" });
    expect(page.nextCursor).toBeNull();
    expect(page.rows).toHaveLength(25);
    const shorter = await listResults(exact.consultant.actor, { limit: "25", sort: "margin", dir: "asc" });
    const last = shorter.rows.at(-1);
    const after = encodeCursor({ sort: "margin", dir: "asc", value: last?.margin ?? 0, id: last?.id ?? "" });
    const beyond = await listResults(exact.consultant.actor, { sort: "margin", dir: "asc", after });
    expect(beyond).toMatchObject({ rows: [], nextCursor: null });
    expect(await countResults(exact.consultant.actor, { sort: "margin", dir: "asc", after })).toEqual({ total: 25, capped: false });
  });

  it("continues after the last row of a page when its sort value is shared with the next page's rows", async () => {
    const first = await listResults(portfolio.consultant.actor, { limit: "25" });
    const second = await listResults(portfolio.consultant.actor, { limit: "25", after: first.nextCursor ?? "" });
    expect(first.rows.at(-1)?.createdAt).toBe(second.rows[0]?.createdAt);
    expect(first.rows.at(-1)!.id > second.rows[0]!.id).toBe(true);
  });

  it("refuses a page position made for another sort, or tampered with (400 on after)", async () => {
    const actor = portfolio.consultant.actor;
    const byDate = await listResults(actor, { limit: "25" });
    const error = await expectDomainError(listResults(actor, { sort: "margin", after: byDate.nextCursor ?? "" }), 400, "after");
    expect(error.issues[0]?.message).toContain("another sort order");
    await expectDomainError(listResults(actor, { dir: "asc", after: byDate.nextCursor ?? "" }), 400, "after");
    await expectDomainError(listResults(actor, { after: "eyJzb3J0IjoiZGF0ZSJ9" }), 400, "after");
    await expectDomainError(listResults(actor, { after: "not a cursor!" }), 400, "after");
  });
});
