/** The organization view, the portfolio distribution and the peer benchmark, against a real database. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../auth/actor";
import { db } from "../db";
import { meanDimensions } from "../portfolio/peer-benchmark";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { ARCHETYPES } from "../scoring/archetypes";
import { score } from "../scoring";
import { STRUCTURE_IDS, type StructureId, type StructureScores } from "../scoring/types";
import { addMembership, createAdmin, createConsultant, createExecutive, createTenant, expectDomainError, userActorFor, type TestAccount } from "../testing/accounts";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { createSyntheticOrganization, insertSyntheticResults, scoreAnswers, type SyntheticOrganization } from "../testing/synthetic-results";
import { startAssessmentForMember, submitAssessment } from "./assessments";
import { getOrganizationAggregate, getPeerBenchmark, getPortfolioDistribution, getPortfolioResultCounts, setRoleWeights as setRoleWeightsService } from "./organization-insights";
import { countResults } from "./results-table";
import { parsedBy } from "../testing/parsed-by";
import { ZRoleWeightsUpdate } from "../validation/aggregation";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const setRoleWeights = parsedBy(ZRoleWeightsUpdate, setRoleWeightsService);

afterAll(async () => {
  await db.$disconnect();
});

const { business_units: _unanswered, ...withoutBusinessUnits } = COMPLETE_ANSWERS;

/**
 * Three executives of one company, answering so the ranking of their disagreement is known:
 * headcounts of 2,400, 30 and 2,500, on either side of the model's large-company line (spread 1,
 * first because the model reads headcount most); speed against stability 2, 5 and 1 (spread 1);
 * one of three on another stage (0.333); business units a band apart with
 * Ben not answering (0.3); audit burden 4, 3 and 4 (0.25). Revenue: one answer, two "don't know".
 */
const ANA: TAnswers = COMPLETE_ANSWERS;
const BEN: TAnswers = { ...withoutBusinessUnits, speed_vs_stability: 5, employees: 30, stage: "startup", revenue_band: "dont_know", audit_burden: 3 };
const CARA: TAnswers = { ...COMPLETE_ANSWERS, speed_vs_stability: 1, employees: 2500, business_units: 12, revenue_band: "dont_know" };

async function submit(member: TestAccount, organizationId: string, answers: TAnswers, details: { respondentName: string; respondentRole: string }): Promise<string> {
  const { token } = await startAssessmentForMember(member.actor, organizationId);
  const body = { questionnaireVersion: QUESTIONNAIRE.version, answers, details, idempotencyKey: randomUUID() };
  return (await submitAssessment(member.actor, token, body)).resultId;
}

async function handBuiltOrganization() {
  const tenant = await createTenant();
  const orgId = tenant.organization.id;
  const ana = await createExecutive([orgId], { name: "Ana" });
  const ben = await createExecutive([orgId], { name: "Ben" });
  const cara = await createExecutive([orgId], { name: "Cara" });
  // Ana answered once before: only her latest result counts.
  const anaEarlier = await submit(ana, orgId, { ...ANA, speed_vs_stability: 4 }, { respondentName: "Ana", respondentRole: "ceo" });
  await db.result.update({ where: { id: anaEarlier }, data: { createdAt: new Date(Date.now() - 86_400_000) } });
  const ids = {
    ana: await submit(ana, orgId, ANA, { respondentName: "Ana", respondentRole: "ceo" }),
    ben: await submit(ben, orgId, BEN, { respondentName: "Ben", respondentRole: "cfo" }),
    cara: await submit(cara, orgId, CARA, { respondentName: "Cara", respondentRole: "technology_executive" }),
  };
  return { ...tenant, orgId, ids, anaEarlier };
}

function scoresOf(answers: TAnswers): StructureScores {
  return score({ questionnaireVersion: QUESTIONNAIRE.version, answers }).scores;
}

function weightedMean(entries: [TAnswers, number][]): StructureScores {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const mean = {} as StructureScores;
  for (const id of STRUCTURE_IDS) mean[id] = Math.round((10 * entries.reduce((sum, [answers, weight]) => sum + weight * scoresOf(answers)[id], 0)) / total) / 10;
  return mean;
}

describe("an organization's respondents together", () => {
  it("combines the latest result of each respondent with equal weights and ranks where they disagree", async () => {
    const { consultant, orgId, ids, anaEarlier } = await handBuiltOrganization();
    const insights = await getOrganizationAggregate(consultant.actor, orgId);
    const { aggregate, agenda } = insights;

    expect(insights.respondentTotal).toBe(3);
    expect(aggregate.respondents.map((r) => [r.resultId, r.label, r.role, r.weight, r.recommended])).toEqual([
      [ids.ana, "Ana", "ceo", 1, "separate"],
      [ids.ben, "Ben", "cfo", 1, "ctio"],
      [ids.cara, "Cara", "technology_executive", 1, "separate"],
    ]);
    expect(aggregate.respondents.map((r) => r.resultId)).not.toContain(anaEarlier);
    expect(aggregate.combined?.scores).toEqual(weightedMean([[ANA, 1], [BEN, 1], [CARA, 1]]));
    expect(aggregate.combined?.recommendation).toBe("separate");
    expect(aggregate.combined?.agreement).toEqual({ respondents: 2, of: 3, weightShare: 0.667 });
    // The combined recommendation drawn against the roles all three say exist today.
    expect(insights.structureChart?.recommendedName).toBe("Separate CIO and CTO");
    expect(insights.structureChart?.current.map((role) => [role.short, role.status])).toEqual([
      ["CDO", "none"],
      ["CIO", "filled"],
      ["CTO", "vacant"],
      ["CTIO", "none"],
    ]);
    expect(insights.structureChart?.nodes.map((node) => [node.short, node.changeLabel, node.firstLabel])).toEqual([
      ["CIO", "Keep", null],
      ["CTO", "Fill the vacancy", "Hire first"],
    ]);

    expect(agenda.questions.map((item) => [item.questionId, item.spread])).toEqual([
      ["employees", 1],
      ["speed_vs_stability", 1],
      ["stage", 0.333],
      ["business_units", 0.3],
      ["audit_burden", 0.25],
    ]);
    expect(agenda.questions.find((item) => item.questionId === "business_units")).toMatchObject({ answered: 2, unanswered: 1 });
    expect(agenda.questions.map((item) => item.questionId)).not.toContain("revenue_band");
    const spreads = agenda.dimensions.map((item) => item.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(agenda.dimensions.length).toBeGreaterThan(0);
  });

  it("weights respondents by role once a consultant changes the weights, and records each change", async () => {
    const { consultant, orgId } = await handBuiltOrganization();
    const changed = await setRoleWeights(consultant.actor, { organizationId: orgId, cfo: "5", ceo: "0.5" });
    expect(changed).toMatchObject({ organizationId: orgId, changed: true, weights: { cfo: 5, ceo: 0.5, technology_executive: 1 } });

    const weighted = (await getOrganizationAggregate(consultant.actor, orgId)).aggregate;
    expect(weighted.combined?.scores).toEqual(weightedMean([[ANA, 0.5], [BEN, 5], [CARA, 1]]));
    // The CFO's weight of 5 carries her own recommendation into the combination.
    expect(weighted.combined?.recommendation).toBe<StructureId>("ctio");
    expect(weighted.combined?.agreement).toEqual({ respondents: 1, of: 3, weightShare: 0.769 });
    expect(weighted.weights.find((row) => row.roleId === "cfo")).toMatchObject({ weight: 5, respondents: 1 });

    // With the CEO and the technology executive left out, the CFO's own recommendation is the combined one.
    await setRoleWeights(consultant.actor, { organizationId: orgId, cfo: "5", ceo: "0", technology_executive: "0" });
    const cfoOnly = (await getOrganizationAggregate(consultant.actor, orgId)).aggregate;
    expect(cfoOnly.combined?.recommendation).toBe<StructureId>("ctio");
    expect(cfoOnly.combined?.agreement).toEqual({ respondents: 1, of: 1, weightShare: 1 });

    const trail = await db.auditEvent.findMany({ where: { organizationId: orgId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(trail.map((event) => [event.action, event.actorEmail, event.detail])).toEqual([
      ["weights.changed", consultant.user.email, { from: "{}", to: JSON.stringify({ ceo: 0.5, cfo: 5 }) }],
      ["weights.changed", consultant.user.email, { from: JSON.stringify({ ceo: 0.5, cfo: 5 }), to: JSON.stringify({ ceo: 0, cfo: 5, technology_executive: 0 }) }],
    ]);
    const again = await setRoleWeights(consultant.actor, { organizationId: orgId, cfo: "5", ceo: "0", technology_executive: "0" });
    expect(again.changed).toBe(false);
    expect(await db.auditEvent.count({ where: { organizationId: orgId } })).toBe(2);
  });

  it("refuses other consultants, the organization's executives and invalid weights, changing nothing", async () => {
    const { consultant, executive, orgId } = await handBuiltOrganization();
    const other = await createTenant();
    const admin = await createAdmin();
    await expectDomainError(setRoleWeights(other.consultant.actor, { organizationId: orgId, ceo: "2" }), 404, "organization_not_found");
    await expectDomainError(setRoleWeights(executive.actor, { organizationId: orgId, ceo: "2" }), 404, "organization_not_found");
    await expectDomainError(setRoleWeights(ANONYMOUS, { organizationId: orgId, ceo: "2" }), 401);
    await expectDomainError(setRoleWeights(consultant.actor, { organizationId: orgId, ceo: "1.2" }), 400, "ceo");
    await expectDomainError(setRoleWeights(consultant.actor, { organizationId: orgId, cto: "2" }), 400);
    await expectDomainError(setRoleWeights(admin.actor, { organizationId: `${orgId}x`, ceo: "2" }), 404, "organization_not_found");
    await expectDomainError(getOrganizationAggregate(other.consultant.actor, orgId), 404, "organization_not_found");
    await expectDomainError(getOrganizationAggregate(executive.actor, orgId), 404, "organization_not_found");
    const unenrolled = await createConsultant([orgId], { secondFactor: false });
    await expectDomainError(getOrganizationAggregate(unenrolled.actor, orgId), 404, "organization_not_found");
    expect((await db.organization.findUniqueOrThrow({ where: { id: orgId } })).roleWeights).toBeNull();
    expect(await db.auditEvent.count({ where: { organizationId: orgId } })).toBe(0);

    await setRoleWeights(admin.actor, { organizationId: orgId, board_member: "2" });
    expect((await getOrganizationAggregate(admin.actor, orgId)).aggregate.weights.find((row) => row.roleId === "board_member")?.weight).toBe(2);
  });

  it("has no combined recommendation before anyone submits", async () => {
    const { organization, consultant } = await createTenant();
    const insights = await getOrganizationAggregate(consultant.actor, organization.id);
    expect(insights.aggregate).toMatchObject({ respondentCount: 0, combined: null });
    expect(insights.agenda.questions).toEqual([]);
  });
});

const answersFor = (structure: StructureId) => {
  const archetype = ARCHETYPES.find((candidate) => candidate.expected === structure && !candidate.closeCall);
  if (!archetype) throw new Error(`No archetype for ${structure}`);
  return scoreAnswers(archetype.answers);
};

async function withResults(profile: { sizeBand: string | null; industry: string | null }, structures: StructureId[]): Promise<SyntheticOrganization> {
  const organization = await createSyntheticOrganization(db, { name: `Insights ${randomUUID().slice(0, 8)}`, ...profile });
  await insertSyntheticResults(
    db,
    structures.map((structure) => ({ organization, scored: answersFor(structure) })),
  );
  return organization;
}

describe("the portfolio distribution", () => {
  it("counts each of a consultant's organizations once, by size band and industry, and nothing of other portfolios", async () => {
    const a1 = await withResults({ sizeBand: "1_49", industry: "software" }, ["ctio", "ctio", "separate"]);
    const a2 = await withResults({ sizeBand: "5000_plus", industry: "financial_services" }, ["separate", "cdo"]);
    const b1 = await withResults({ sizeBand: "1_49", industry: "software" }, ["cdo"]);
    const consultantA = await createConsultant([a1.id, a2.id]);
    const consultantB = await createConsultant([b1.id]);

    const a = await getPortfolioDistribution(consultantA.actor);
    expect(a.overall.organizations).toEqual({ separate: 0, ctio: 1, cdo: 0, no_majority: 1 });
    expect(a.overall.results).toEqual({ separate: 2, ctio: 2, cdo: 1 });
    expect(a.bySizeBand.map((group) => [group.id, group.organizations])).toEqual([
      ["1_49", { separate: 0, ctio: 1, cdo: 0, no_majority: 0 }],
      ["5000_plus", { separate: 0, ctio: 0, cdo: 0, no_majority: 1 }],
    ]);
    expect(a.byIndustry.map((group) => group.id)).toEqual(["software", "financial_services"]);

    const b = await getPortfolioDistribution(consultantB.actor);
    expect(b.overall.organizations).toEqual({ separate: 0, ctio: 0, cdo: 1, no_majority: 0 });
    expect(b.overall.resultTotal).toBe(1);

    const admin = await getPortfolioDistribution((await createAdmin()).actor);
    expect(admin.overall.organizationTotal).toBeGreaterThanOrEqual(3);
    expect(admin.overall.resultTotal).toBeGreaterThanOrEqual(6);
  });

  it("is for the workspace only", async () => {
    const { organization, executive } = await createTenant();
    await expectDomainError(getPortfolioDistribution(executive.actor), 403, "consultants_only");
    await expectDomainError(getPortfolioDistribution(ANONYMOUS), 401);
    const unenrolled = await createConsultant([organization.id], { secondFactor: false });
    await expectDomainError(getPortfolioDistribution(unenrolled.actor), 403, "second_factor_required");
  });
});

describe("the peer benchmark", () => {
  const PROFILE = { sizeBand: "250_999", industry: "energy" };
  const PEER_STRUCTURES: StructureId[][] = [["separate"], ["ctio", "separate"], ["cdo"], ["ctio"], ["separate", "separate"], ["cdo", "ctio"]];

  it("stays hidden with four comparable organizations and shows the spread with five", async () => {
    const own = await withResults(PROFILE, ["separate"]);
    const peers = await Promise.all(PEER_STRUCTURES.slice(0, 4).map((structures) => withResults(PROFILE, structures)));
    // Neither an organization outside the portfolio, nor one of another industry, nor one without results is a peer.
    const outside = await withResults(PROFILE, ["ctio"]);
    const otherIndustry = await withResults({ ...PROFILE, industry: "retail" }, ["ctio"]);
    const empty = await createSyntheticOrganization(db, { name: "No results yet", ...PROFILE });
    const consultant = await createConsultant([own.id, otherIndustry.id, empty.id, ...peers.map((peer) => peer.id)]);
    const resultId = (await db.result.findFirstOrThrow({ where: { organizationId: own.id }, select: { id: true } })).id;

    const hidden = await getPeerBenchmark(consultant.actor, resultId);
    expect(hidden.benchmark).toMatchObject({ status: "hidden", reason: "too_few_peers", minimum: 5 });
    expect(hidden.group).toEqual({ sizeBand: "250_999", sizeBandLabel: "250 to 999 employees", industry: "energy", industryLabel: "Energy and utilities" });
    expect(JSON.stringify(hidden)).not.toContain(outside.id);

    const fifth = await withResults(PROFILE, PEER_STRUCTURES[4]!);
    await addMembership(consultant.user.id, fifth.id, "consultant");
    const shown = (await getPeerBenchmark(await userActorFor(consultant.user.id), resultId)).benchmark;
    if (shown.status !== "shown") throw new Error("expected the benchmark to be shown with five peers");
    expect(shown.peerCount).toBe(5);

    const peerMeans = [...peers, fifth].map((peer, index) => meanDimensions((PEER_STRUCTURES[index] ?? []).map((structure) => answersFor(structure).output.dimensions)));
    const scale = shown.dimensions.find((dimension) => dimension.dimensionId === "scale");
    const scaleValues = peerMeans.map((means) => means.scale).filter((value): value is number => value !== null);
    expect(scale?.peers).toBe(5);
    expect(scale?.stats?.min).toBe(Math.min(...scaleValues));
    expect(scale?.stats?.max).toBe(Math.max(...scaleValues));
    expect(scale?.value).toBe(answersFor("separate").output.dimensions.find((dimension) => dimension.id === "scale")?.value);
    expect(scale?.percentile).toEqual(expect.any(Number));
  });

  it("is only for the result's reviewers, and hidden for an organization without a profile", async () => {
    const { organization, consultant, executive } = await createTenant();
    const other = await createTenant();
    const resultId = await submit(executive, organization.id, COMPLETE_ANSWERS, { respondentName: "Ana", respondentRole: "ceo" });
    await expectDomainError(getPeerBenchmark(other.consultant.actor, resultId), 404, "result_not_found");
    await expectDomainError(getPeerBenchmark(executive.actor, resultId), 404, "result_not_found");
    await expectDomainError(getPeerBenchmark(consultant.actor, `${resultId}x`), 404, "result_not_found");
    await expectDomainError(getPeerBenchmark(ANONYMOUS, resultId), 401);

    // The test organization has no profile: the result's size band comes from its answers, its industry too.
    await db.result.update({ where: { id: resultId }, data: { industry: null } });
    expect((await getPeerBenchmark(consultant.actor, resultId)).benchmark).toMatchObject({ status: "hidden", reason: "no_profile" });
  });
});

describe("the portfolio's result counts", () => {
  it("count each result under its own size band and industry by the structure in force, each count matching the results table's filter", async () => {
    const profiled = await createSyntheticOrganization(db, { name: `Counted ${randomUUID()}`, industry: "retail", sizeBand: "1000_4999" });
    const bare = await createSyntheticOrganization(db, { name: `Bare ${randomUUID()}` });
    const consultant = await createConsultant([profiled.id, bare.id]);
    const archetypes = ARCHETYPES.slice(0, 6).map((item) => scoreAnswers(item.answers));
    const [first] = archetypes;
    const other: StructureId = first!.output.recommended === "ctio" ? "cdo" : "ctio";
    await insertSyntheticResults(db, [
      ...archetypes.slice(0, 4).map((scored) => ({ organization: profiled, scored })),
      { organization: profiled, scored: first!, override: { recommendation: other, justification: "The board chose otherwise after the workshop.", byUserId: consultant.user.id } },
      ...archetypes.slice(4).map((scored) => ({ organization: bare, scored })),
    ]);
    const { bySizeBand, byIndustry } = await getPortfolioResultCounts(consultant.actor);
    expect(bySizeBand.reduce((sum, group) => sum + group.total, 0)).toBe(7);
    expect(byIndustry.find((group) => group.filter === "retail")?.total).toBe(5);
    for (const [filter, groups] of [["size", bySizeBand], ["industry", byIndustry]] as const) {
      for (const group of groups.filter((item) => item.filter !== null)) {
        expect((await countResults(consultant.actor, { [filter]: group.filter })).total, `${filter}=${group.filter}`).toBe(group.total);
        for (const id of STRUCTURE_IDS) {
          expect((await countResults(consultant.actor, { [filter]: group.filter, recommendation: id })).total, `${filter}=${group.filter}, ${id}`).toBe(group.results[id]);
        }
      }
    }
    expect(byIndustry.find((group) => group.filter === "retail")?.results[other]).toBeGreaterThanOrEqual(1);
  });
});
