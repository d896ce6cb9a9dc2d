import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { answersArbitrary } from "../testing/arbitrary-answers";
import { ARCHETYPES } from "./archetypes";
import { rescoreComparison } from "./compare";
import { CONFIDENCE_RULE, confidenceFor } from "./confidence";
import { recommendationContent } from "./content";
import { CRITERIA, TOTAL_WEIGHT } from "./criteria";
import { MODEL_VERSION, TIE_BREAK } from "./engine";
import { answerLabel, describeMapping, STRUCTURES } from "./index";
import { questionById } from "./questions";
import { ScoringInputError, score } from "./score";
import { STRUCTURE_IDS, type Robustness, type ScoringOutput } from "./types";

const version = QUESTIONNAIRE.version;
/** Property tests score hundreds of answer sets, each with its 10,000-draw robustness analysis. */
const SLOW = 60_000;
const run = (answers: TAnswers, tippingPoints = false) => score({ questionnaireVersion: version, answers }, { tippingPoints });
const archetype = (id: string) => ARCHETYPES.find((a) => a.id === id)?.answers ?? {};

describe("score() output", () => {
  it("carries the versions and a full explanation", () => {
    const output = run(archetype("global_retailer"), true);
    expect(output.modelVersion).toBe(MODEL_VERSION);
    expect(output.questionnaireVersion).toBe(version);
    expect(output.dimensions).toHaveLength(8);
    expect(output.contributions).toHaveLength(CRITERIA.length);
    expect(output.drivers.length).toBeGreaterThan(0);
    expect(output.drivers.every((driver) => driver.citations.length > 0)).toBe(true);
    expect(output.confidence.rule).toBe(CONFIDENCE_RULE.text);
    expect(output.content.ownership.map((row) => row.area)).toHaveLength(7);
    expect(output.tippingPoints.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it("summarises answers as a person would say them", () => {
    const output = run(archetype("regional_bank"));
    const size = output.contributions.find((c) => c.criterionId === "company_size");
    expect(size?.answerSummary).toBe("4,500 employees; Yes, alongside other products");
    const noTech = run(archetype("hospital_network")).contributions.find((c) => c.criterionId === "product_engineering");
    expect(noTech?.answerSummary).toBe('Not asked, given "No"');
  });

  it("handles an empty answer set: zero scores, tie-break recommendation, low confidence", () => {
    const output = run({}, true);
    expect(output.scores).toEqual({ separate: 0, ctio: 0, cdo: 0 });
    expect(output.recommended).toBe(TIE_BREAK[0]);
    expect(output.coverage).toBe(0);
    expect(output.confidence.level).toBe("low");
    expect(output.uninformed).toHaveLength(CRITERIA.length);
    expect(output.uninformed.reduce((sum, item) => sum + item.weight, 0)).toBeCloseTo(TOTAL_WEIGHT);
  });

  it("lists don't-know answers as uninformed and lowers coverage", () => {
    const answers = { ...archetype("regional_bank"), audit_burden: "dont_know" };
    const output = run(answers);
    expect(output.coverage).toBeLessThan(1);
    expect(output.uninformed.map((item) => item.criterionId).sort()).toEqual(["complex_governance", "compliance_attention"]);
    expect(output.robustness?.drawnQuestionIds).toEqual(["audit_burden"]);
    expect(output.dimensions.find((d) => d.id === "governance")?.coverage).toBeLessThan(1);
  });

  it("ignores stale answers to questions skip logic hides", () => {
    const answers = archetype("family_manufacturer");
    expect(run({ ...answers, product_engineers: 900, tech_revenue_share: 80 })).toEqual(run(answers));
  });

  it("refuses another questionnaire version and invalid answers", () => {
    expect(() => score({ questionnaireVersion: "2025.9", answers: {} })).toThrow(ScoringInputError);
    expect(() => run({ employees: -3 })).toThrow(ScoringInputError);
    expect(() => run({ unknown_question: "x" })).toThrow(ScoringInputError);
    expect(() => run({ frameworks: ["none", "gdpr"] })).toThrow(ScoringInputError);
  });
});

describe("confidence", () => {
  const draws = (separate: number, ctio: number, cdo: number): Robustness => {
    const structure = (wins: number) => ({ wins, centralWeights: {}, heavier: [], lighter: [], answers: [] });
    return { modelVersion: MODEL_VERSION, draws: separate + ctio + cdo, seed: "0".repeat(32), weightSpread: 0.5, drawnQuestionIds: [], structures: { separate: structure(separate), ctio: structure(ctio), cdo: structure(cdo) } };
  };

  it("follows the published rule: the winner's share of draws and the coverage", () => {
    expect(confidenceFor("separate", draws(8000, 1000, 1000), 0.8).level).toBe("high");
    expect(confidenceFor("separate", draws(7949, 1000, 1051), 1).level).toBe("moderate");
    expect(confidenceFor("separate", draws(7950, 1000, 1050), 1).level).toBe("high");
    expect(confidenceFor("separate", draws(10000, 0, 0), 0.79).level).toBe("moderate");
    expect(confidenceFor("separate", draws(6000, 3000, 1000), 0.6).level).toBe("moderate");
    expect(confidenceFor("separate", draws(5949, 4051, 0), 1).level).toBe("low");
    expect(confidenceFor("separate", draws(10000, 0, 0), 0.5).level).toBe("low");
    expect(confidenceFor("ctio", draws(0, 10000, 0), 0).level).toBe("low");
  });

  it("names both leading structures when the evidence leaves the choice open", () => {
    const open = confidenceFor("cdo", draws(3400, 200, 6400), 1);
    expect(open.level).toBe("moderate");
    expect(open.reason).toContain("CDO over CIO and CTO wins in 64%");
    expect(open.reason).toContain("Separate CIO and CTO in 34%");
    expect(confidenceFor("cdo", draws(0, 0, 10000), 1).reason).not.toContain("open");
  });

  it("reads a clear case high and a close one moderate or low, from the stored analysis", () => {
    expect(run(archetype("seed_saas")).confidence.level).toBe("high");
    const close = run(archetype("hospital_network"));
    expect(close.confidence.level).not.toBe("high");
    expect(close.confidence.reason).toContain(STRUCTURES.separate.name);
    expect(close.confidence.reason).toContain(STRUCTURES.ctio.name);
  });
});

describe("hire-first advice", () => {
  it("never advises hiring a role that is already filled", () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const advice = run(answers).hireFirst;
        if (advice.title.startsWith("Hire")) expect(answers[`role_${advice.role}`]).not.toBe("filled");
        expect(advice.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, SLOW);

  it("advises a CTIO when the combined structure is recommended", () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const output = run(answers);
        if (output.recommended === "ctio") expect(output.hireFirst.role).toBe("ctio");
      }),
      { numRuns: 200 },
    );
  }, SLOW);

  it("picks the CTO first for product-heavy firms and the CIO first for governance-heavy ones", () => {
    const noRoles = { role_cio: "none", role_cto: "none", role_cdo: "none", role_ctio: "none" };
    expect(run({ ...archetype("enterprise_software_vendor"), ...noRoles }).hireFirst.role).toBe("cto");
    expect(run({ ...archetype("hospital_network"), ...noRoles }).hireFirst.role).toBe("cio");
    // The fintech's CTO is in place, so the missing CIO comes first.
    expect(run(archetype("fintech_scaleup")).hireFirst.role).toBe("cio");
  });

  it("for a CDO recommendation, hires the CDO once both pillars are in place", () => {
    const output = run(archetype("global_retailer"));
    expect(output.recommended).toBe("cdo");
    expect(output.hireFirst.role).toBe("cdo");
    const withCdo = run({ ...archetype("global_retailer"), role_cdo: "filled", role_cto: "none" });
    expect(withCdo.hireFirst.role).toBe("cto");
  });
});

describe("restructure triggers", () => {
  it("fire on persistent conflict, frequent incidents and a planned pivot", () => {
    const conglomerate = run(archetype("industrial_conglomerate")).triggers;
    expect(conglomerate.map((t) => [t.id, t.fired])).toEqual([
      ["persistent_misalignment", true],
      ["frequent_incidents", false],
      ["strategic_pivot", true],
    ]);
    expect(conglomerate[0]?.explanation).toMatch(/Chief Digital Officer/);
    const startup = run({ ...archetype("seed_saas"), velocity_conflict: 5, incident_frequency: "weekly" }).triggers;
    expect(startup.every((t) => t.citations.some((c) => c.source === "S3"))).toBe(true);
    expect(startup[0]?.explanation).toMatch(/one combined leader/);
    expect(startup[1]?.fired).toBe(true);
  });
});

describe("content and public data", () => {
  it("gives each structure ownership of the seven areas, four mechanisms, KPIs, a profile and triggers", () => {
    for (const id of STRUCTURE_IDS) {
      const content = recommendationContent(id);
      expect(content.ownership.map((row) => row.area)).toEqual([
        "Enterprise applications",
        "Security and compliance",
        "Data governance",
        "Product architecture and APIs",
        "Emerging technology and R&D",
        "AI and cloud platforms",
        "Vendor strategy",
      ]);
      expect(content.ownership.every((row) => row.owner.length > 0 && row.note.length > 0)).toBe(true);
      expect(content.mechanisms).toHaveLength(4);
      expect(content.kpis.length).toBeGreaterThan(0);
      expect(content.leadershipProfile.length).toBeGreaterThan(0);
      expect(content.revisitTriggers.length).toBeGreaterThan(0);
      expect(STRUCTURES[id].id).toBe(id);
    }
    expect(STRUCTURES.separate.name).toBe("Separate CIO and CTO");
    expect(STRUCTURES.ctio.name).toBe("Combined CTIO");
    expect(STRUCTURES.cdo.name).toBe("CDO over CIO and CTO");
  });

  it("prints mappings and answer labels", () => {
    const size = CRITERIA.find((c) => c.id === "company_size");
    expect(size && describeMapping(size)[0]).toEqual({ answer: "1 to 50 employees; Yes, they are our core business", support: { separate: 0.2, ctio: 0.8, cdo: 0.2 } });
    expect(answerLabel(questionById("audit_burden"), 4)).toBe("4 of 5 (1 = Light, 5 = Very heavy)");
    expect(answerLabel(questionById("frameworks"), ["gdpr", "sox"])).toBe("GDPR or similar privacy law, SOX");
    expect(answerLabel(questionById("frameworks"), "dont_know")).toBe("Don't know");
  });
});

describe("rescoreComparison", () => {
  it("reports no change for the same output", () => {
    const output = run(archetype("regional_bank"));
    const comparison = rescoreComparison(output, output);
    expect(comparison.recommendationChanged).toBe(false);
    expect(comparison.scoreDeltas).toEqual({ separate: 0, ctio: 0, cdo: 0 });
    expect(comparison.driversAdded).toEqual([]);
    expect(comparison.modelVersionChanged).toBeNull();
  });

  it("reports a changed recommendation, score deltas and drivers", () => {
    const stored: ScoringOutput = { ...run(archetype("fintech_scaleup")), modelVersion: "2025.4" };
    const current = run({ ...archetype("fintech_scaleup"), employees: 30, sector_supervision: "no" });
    const comparison = rescoreComparison(stored, current);
    expect(comparison.recommendationChanged).toBe(true);
    expect(comparison.recommendation).toEqual({ from: "separate", to: "ctio" });
    expect(comparison.modelVersionChanged).toEqual({ from: "2025.4", to: MODEL_VERSION });
    expect(comparison.scoreDeltas.ctio).toBeGreaterThan(0);
    expect(comparison.driversAdded.length + comparison.driversRemoved.length).toBeGreaterThan(0);
  });
});

describe("answerLabel units", () => {
  it("uses singular units for one and no space before a percent sign", () => {
    expect(answerLabel(questionById("countries"), 1)).toBe("1 country");
    expect(answerLabel(questionById("business_units"), 1)).toBe("1 business unit");
    expect(answerLabel(questionById("employees"), 1200)).toBe("1,200 employees");
    expect(answerLabel(questionById("tech_revenue_share"), 40)).toBe("40% of revenue");
    expect(answerLabel(questionById("it_staff"), 1)).toBe("1 person");
  });
});
