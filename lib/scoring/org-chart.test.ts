/** The org chart and the transition plan: every structure against every combination of today's roles. */
import { describe, expect, it } from "vitest";
import type { TAnswers } from "../questionnaire/schema";
import { Q } from "./citations";
import { hireFirstAdvice } from "./hire-first";
import { combinedCurrentRoles, currentRoles, orgChart, remitOf, type RoleStatus } from "./org-chart";
import { LOCALES } from "../i18n/locales";
import { ownersOf, recommendationContent } from "./content";
import { recommendationContentIn } from "./translations/localize";
import { restructureTriggers } from "./triggers";
import { transitionPlan } from "./transition-plan";
import { CHART_ROLES, STRUCTURE_IDS, type ChartRole, type DimensionResult, type StructureId } from "./types";

const STATUSES: RoleStatus[] = ["filled", "vacant", "none", "unknown"];

/** Every assignment of the four statuses to the four roles: 256 sets of answers. */
function everyCombination(): Record<ChartRole, RoleStatus>[] {
  let combos: Record<string, RoleStatus>[] = [{}];
  for (const role of CHART_ROLES) combos = combos.flatMap((combo) => STATUSES.map((status) => ({ ...combo, [role]: status })));
  return combos as Record<ChartRole, RoleStatus>[];
}

function answersOf(statuses: Record<ChartRole, RoleStatus>): TAnswers {
  const answers: TAnswers = {};
  for (const role of CHART_ROLES) if (statuses[role] !== "unknown") answers[`role_${role}`] = statuses[role];
  return answers;
}

function dimensions(productLeads: boolean, crossCutting = 30): DimensionResult[] {
  const high = { value: 80, coverage: 1 };
  const low = { value: 20, coverage: 1 };
  return [
    { id: "product_intensity", label: "Product intensity", ...(productLeads ? high : low) },
    { id: "innovation_horizon", label: "Innovation horizon", ...(productLeads ? high : low) },
    { id: "governance", label: "Governance", ...(productLeads ? low : high) },
    { id: "internal_estate", label: "Internal estate", ...(productLeads ? low : high) },
    { id: "cross_cutting", label: "Cross-cutting", value: crossCutting, coverage: 1 },
  ];
}

function chartFor(recommended: StructureId, statuses: Record<ChartRole, RoleStatus>, productLeads = true) {
  const answers = answersOf(statuses);
  return orgChart(recommended, currentRoles(answers), hireFirstAdvice(recommended, answers, dimensions(productLeads)));
}

const EXPECTED_NODES: Record<StructureId, ChartRole[]> = { separate: ["cio", "cto"], ctio: ["ctio"], cdo: ["cdo", "cio", "cto"] };

describe("today's roles", () => {
  it("reads each role's status and shows a missing or \"don't know\" answer as unknown", () => {
    expect(currentRoles({ role_cio: "filled", role_cto: "vacant", role_cdo: "dont_know" }).map((role) => role.status)).toEqual(["unknown", "filled", "vacant", "unknown"]);
  });

  it("combines an organization's answers, and says when respondents disagree rather than picking one", () => {
    const roles = combinedCurrentRoles([
      { label: "Ana", answers: { role_cio: "filled", role_cto: "none", role_cdo: "none" } },
      { label: "Ben", answers: { role_cio: "filled", role_cto: "filled" } },
    ]);
    const byRole = Object.fromEntries(roles.map((role) => [role.role, role]));
    expect(byRole.cio?.status).toBe("filled");
    expect(byRole.cdo?.status).toBe("none");
    expect(byRole.ctio?.status).toBe("unknown");
    expect(byRole.cto?.status).toBe("disputed");
    expect(byRole.cto?.answers).toEqual([
      { respondent: "Ana", status: "none" },
      { respondent: "Ben", status: "filled" },
    ]);
  });
});

describe("remits from the ownership split", () => {
  it("gives every area to a node of the structure, and marks shared ones", () => {
    expect(remitOf("ctio", "ctio")).toHaveLength(7);
    expect(remitOf("separate", "cio")).toContain("AI and cloud platforms (shared)");
    expect(remitOf("separate", "cto")).toEqual(["Product architecture and APIs", "Emerging technology and R&D", "AI and cloud platforms (shared)"]);
    expect(remitOf("cdo", "cdo")).toEqual(["Data governance (shared)", "AI and cloud platforms", "Vendor strategy (shared)"]);
    expect(remitOf("separate", "ctio")).toEqual([]);
  });

  it("takes each area's owners from the typed roles, which the owner's wording names, no more and no fewer", () => {
    for (const structure of STRUCTURE_IDS) {
      const rows = recommendationContent(structure).ownership;
      expect(ownersOf(structure)).toHaveLength(rows.length);
      ownersOf(structure).forEach((owners, index) => {
        const named = CHART_ROLES.filter((role) => new RegExp(`\\b${role.toUpperCase()}\\b`).test(rows[index]!.owner));
        expect(named, `${structure}: ${rows[index]!.area}`).toEqual(CHART_ROLES.filter((role) => owners.includes(role)));
      });
    }
  });

  it("names the same areas in every language, in the same order", () => {
    for (const locale of LOCALES) {
      for (const structure of STRUCTURE_IDS) {
        const areas = recommendationContentIn(structure, locale).ownership.map((row) => row.area);
        expect(areas, `${structure} in ${locale}`).toHaveLength(ownersOf(structure).length);
        const cdoRemit = remitOf(structure, "cdo", locale);
        expect(cdoRemit.length, `${structure} in ${locale}`).toBe(ownersOf(structure).filter((owners) => owners.includes("cdo")).length);
      }
    }
    expect(remitOf("cdo", "cdo", "fr")).toHaveLength(3);
    expect(remitOf("cdo", "cdo", "fr")).not.toEqual(remitOf("cdo", "cdo", "en"));
  });
});

describe("the org chart", () => {
  const combos = everyCombination();

  it.each(STRUCTURE_IDS)("for %s, classifies every combination of today's roles without guessing", (recommended) => {
    for (const statuses of combos) {
      for (const productLeads of [true, false]) {
        const chart = chartFor(recommended, statuses, productLeads);
        const label = `${recommended} ${JSON.stringify(statuses)}`;
        expect(chart.nodes.map((node) => node.role), label).toEqual(EXPECTED_NODES[recommended]);
        expect(chart.nodes.filter((node) => node.first).length, label).toBeLessThanOrEqual(1);
        for (const node of chart.nodes) {
          const status = statuses[node.role];
          expect(node.remit.length, label).toBeGreaterThan(0);
          expect(node.reportsTo, label).toBe(recommended === "cdo" && node.role !== "cdo" ? "cdo" : "ceo");
          // A role whose status is not known is never kept, filled or created on a guess.
          if (status === "unknown") expect(node.change, label).toBe("unknown");
          if (node.change === "unknown") expect(status, label).toBe("unknown");
          if (status === "vacant") expect(["fill", "merge", "rescope"], label).toContain(node.change);
          if (status === "filled") expect(["keep", "rescope"], label).toContain(node.change);
          if (status === "none") expect(["create", "merge", "rescope"], label).toContain(node.change);
          if (node.change === "keep") expect(node.first, label).toBe(false);
        }
        // Every role held, sought or unknown today that the structure does not draw gets a decision.
        const outgoing = CHART_ROLES.filter((role) => !EXPECTED_NODES[recommended].includes(role) && statuses[role] !== "none");
        expect(chart.outgoing.map((role) => role.role), label).toEqual(outgoing);
        for (const role of chart.outgoing) {
          if (statuses[role.role] === "unknown") expect(role.change, label).toBe("unknown");
          if (statuses[role.role] === "vacant") expect(role.change, label).toBe("remove");
          if (statuses[role.role] === "filled") expect(["merge", "rescope"], label).toContain(role.change);
        }
        expect(chart.hireFirstCaveat !== null, label).toBe(Object.values(statuses).includes("unknown"));
      }
    }
  });

  it("merges a CIO and a CTO into a CTIO, and widens a lone CTO's remit into one", () => {
    const merged = chartFor("ctio", { cio: "filled", cto: "filled", cdo: "none", ctio: "none" });
    expect(merged.nodes[0]).toMatchObject({ role: "ctio", change: "merge", first: true });
    expect(merged.outgoing.map((role) => [role.role, role.change])).toEqual([
      ["cio", "merge"],
      ["cto", "merge"],
    ]);
    const widened = chartFor("ctio", { cio: "none", cto: "filled", cdo: "none", ctio: "none" });
    expect(widened.nodes[0]).toMatchObject({ change: "rescope", detail: expect.stringContaining("Widen your CTO's remit") });
    expect(widened.outgoing).toEqual([{ role: "cto", short: "CTO", change: "rescope", detail: "Your CTO becomes the CTIO.", becomes: "ctio" }]);
    expect(widened.hireFirst.title).toBe("Widen your CTO's remit into a CTIO");
  });

  it("keeps a CTIO beside a CIO and turns the CIO into the head of IT operations beneath", () => {
    const chart = chartFor("ctio", { cio: "filled", cto: "none", cdo: "none", ctio: "filled" });
    expect(chart.nodes[0]?.change).toBe("keep");
    expect(chart.outgoing[0]).toMatchObject({ role: "cio", change: "rescope", detail: expect.stringContaining("head of IT operations") });
  });

  it("refocuses a CTIO on the side the company leans to when splitting into separate peers, and hires the other first", () => {
    const chart = chartFor("separate", { cio: "none", cto: "none", cdo: "none", ctio: "filled" }, true);
    expect(chart.nodes.map((node) => [node.role, node.change, node.first])).toEqual([
      ["cio", "create", true],
      ["cto", "rescope", false],
    ]);
    expect(chart.outgoing).toEqual([{ role: "ctio", short: "CTIO", change: "rescope", detail: "Your CTIO becomes the CTO and hands the other remit to a new peer.", becomes: "cto" }]);
  });

  it("puts a new CDO above a CIO and CTO already in place, whose reporting line changes", () => {
    const answers = { role_cio: "filled", role_cto: "filled", role_cdo: "none", role_ctio: "none" };
    const chart = orgChart("cdo", currentRoles(answers), hireFirstAdvice("cdo", answers, dimensions(true)));
    expect(chart.nodes.map((node) => [node.role, node.change, node.first])).toEqual([
      ["cdo", "create", true],
      ["cio", "rescope", false],
      ["cto", "rescope", false],
    ]);
    expect(chart.hireFirst.title).toBe("Hire a Chief Digital Officer first");
  });

  it("leaves out an open search for a role the structure does not have, and asks for a decision on a CDO it does not keep", () => {
    const chart = chartFor("separate", { cio: "filled", cto: "filled", cdo: "filled", ctio: "vacant" });
    expect(chart.nodes.every((node) => node.change === "keep")).toBe(true);
    expect(chart.outgoing.map((role) => [role.role, role.change])).toEqual([
      ["cdo", "rescope"],
      ["ctio", "remove"],
    ]);
  });

  it("marks a role nobody answered as something to confirm, and says the hire-first advice rests on it", () => {
    const chart = chartFor("separate", { cio: "unknown", cto: "filled", cdo: "none", ctio: "none" });
    expect(chart.nodes[0]).toMatchObject({ role: "cio", change: "unknown", first: false });
    expect(chart.nodes[0]?.detail).toContain("do not say whether a CIO exists today");
    expect(chart.hireFirstCaveat).toContain("whether a CIO exists today is not settled");
  });

  it("says when an organization's respondents disagree on a role instead of classifying it", () => {
    const current = combinedCurrentRoles([
      { label: "Ana", answers: { role_cio: "filled", role_cto: "none", role_cdo: "none", role_ctio: "none" } },
      { label: "Ben", answers: { role_cio: "none", role_cto: "none", role_cdo: "none", role_ctio: "none" } },
    ]);
    const chart = orgChart("separate", current, hireFirstAdvice("separate", { role_cto: "none" }, dimensions(true)));
    expect(chart.nodes[0]).toMatchObject({ role: "cio", change: "unknown" });
    expect(chart.nodes[0]?.detail).toContain("Respondents disagree on whether a CIO exists today");
  });
});

describe("the transition plan", () => {
  it.each(STRUCTURE_IDS)("for %s, orders the steps from governance to the review cadence, every step cited", (recommended) => {
    for (const statuses of everyCombination()) {
      const answers = answersOf(statuses);
      const chart = chartFor(recommended, statuses);
      const plan = transitionPlan(recommended, chart, restructureTriggers(answers));
      const titles = plan.steps.map((step) => step.title);
      const label = `${recommended} ${JSON.stringify(statuses)}`;
      const unsure = Object.values(statuses).includes("unknown");
      expect(titles[0], label).toBe(unsure ? "Confirm which leadership roles exist today" : titles.find((title) => title.startsWith("Set up the")));
      expect(titles.at(-1), label).toMatch(/^Start the quarterly strategic and monthly execution reviews/);
      expect(titles.findIndex((title) => title.startsWith("Set up the")), label).toBeLessThan(titles.indexOf("Write down who owns what"));
      for (const step of plan.steps) expect(step.citations.length, `${label} ${step.title}`).toBeGreaterThan(0);
      // Every role that changes has its step; a role to confirm is covered by the first step instead.
      const changing = [...chart.nodes.filter((node) => !node.first), ...chart.outgoing.filter((role) => role.becomes === null)].filter((role) => role.change !== "keep" && role.change !== "unknown");
      expect(plan.steps.length, label).toBe(6 + (unsure ? 1 : 0) + changing.length);
      expect(plan.revisit, label).toHaveLength(3);
      expect(plan.signals.map((signal) => signal.id), label).toEqual(["persistent_misalignment", "frequent_incidents", "strategic_pivot"]);
    }
  });

  it("names the structure's own mechanisms and puts the first hire right after the ownership split", () => {
    const answers = { role_cio: "filled", role_cto: "none", role_cdo: "none", role_ctio: "none" };
    const chart = orgChart("cdo", currentRoles(answers), hireFirstAdvice("cdo", answers, dimensions(true)));
    const plan = transitionPlan("cdo", chart, []);
    expect(plan.steps.map((step) => step.title)).toEqual([
      "Set up the steering committee chaired by the CDO to own the change",
      "Write down who owns what",
      "Hire a Chief Technology Officer (CTO) first, then a CDO",
      "Re-scope: CIO",
      "Create: CDO",
      "Run the change through the combined programme office under the CDO",
      "Adopt the shared risk and compliance framework",
      "Start the quarterly strategic and monthly execution reviews",
    ]);
    expect(plan.steps[0]?.citations).toContain(Q.s3SteeringCommittee);
    expect(plan.steps[5]?.citations).toEqual([Q.s3Pmo]);
    expect(plan.revisit[1]).toEqual({ text: expect.stringContaining("Incidents become frequent"), citations: [Q.s3Incidents] });
  });

  it("gives a role that turns into a recommended one a single step, not one for each side", () => {
    const answers = { role_cio: "none", role_cto: "filled", role_cdo: "none", role_ctio: "none" };
    const chart = orgChart("ctio", currentRoles(answers), hireFirstAdvice("ctio", answers, dimensions(true)));
    const titles = transitionPlan("ctio", chart, []).steps.map((step) => step.title);
    expect(titles).toContain("First: Widen your CTO's remit into a CTIO");
    expect(titles.filter((title) => title.includes("CTO"))).toHaveLength(1);
  });

  it("keeps the people in place when nothing changes and says no hire is needed", () => {
    const answers = { role_cio: "none", role_cto: "none", role_cdo: "none", role_ctio: "filled" };
    const chart = orgChart("ctio", currentRoles(answers), hireFirstAdvice("ctio", answers, dimensions(true)));
    const plan = transitionPlan("ctio", chart, []);
    expect(plan.steps.map((step) => step.title)).toEqual([
      "Set up the light steering committee to own the change",
      "Write down who owns what",
      "Keep your CTIO: no new hire is needed",
      "Run the change through the single roadmap with two tracks",
      "Adopt the shared risk and compliance framework",
      "Start the quarterly strategic and monthly execution reviews",
    ]);
  });
});
