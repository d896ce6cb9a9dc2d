import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { allQuestions } from "../questionnaire/skip";
import { SOURCE_IDS } from "../sources/sources";
import { answersArbitrary } from "../testing/arbitrary-answers";
import { CASE_LIBRARY } from "./case-library";
import { Q } from "./citations";
import { ANSWER_WORDS, CRITERIA, TOTAL_WEIGHT, describeMapping, factorRows, type Criterion } from "./criteria";
import { questionnaireIn } from "../questionnaire/localize";
import type { Reason } from "./criteria-model";
import { FACTS } from "./facts";
import { DIMENSIONS } from "./dimensions";
import { aggregate, evaluateCriteria, scoreOnly } from "./engine";
import { factorLevel } from "./mapping";
import { exclusiveOptionOf, questionById } from "./questions";
import { STRUCTURES } from "./structures";
import { loadSources, normalise, wordCount } from "./testing/source-text";
import { DIMENSION_IDS, STRUCTURE_IDS, type Citation, type StructureScores } from "./types";
import { recommendationContent } from "./content";

const sources = loadSources();

function everyCitation(): { where: string; citation: Citation }[] {
  const list: { where: string; citation: Citation }[] = [];
  for (const [key, citation] of Object.entries(Q)) list.push({ where: `Q.${key}`, citation });
  for (const criterion of CRITERIA) for (const citation of criterion.citations) list.push({ where: criterion.id, citation });
  for (const fact of FACTS) for (const citation of fact.citations) list.push({ where: `fact ${fact.id}`, citation });
  for (const profile of CASE_LIBRARY) for (const citation of profile.citations) list.push({ where: `case ${profile.id}`, citation });
  for (const id of STRUCTURE_IDS) {
    for (const citation of STRUCTURES[id].citations) list.push({ where: `structure ${id}`, citation });
    for (const citation of recommendationContent(id).citations) list.push({ where: `content ${id}`, citation });
  }
  return list;
}

function inUnitRange(support: StructureScores): boolean {
  return STRUCTURE_IDS.every((id) => support[id] >= 0 && support[id] <= 1);
}

describe("criteria invariants", () => {
  it("have unique ids, positive weights and a known dimension", () => {
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
    for (const criterion of CRITERIA) {
      expect(criterion.weight, criterion.id).toBeGreaterThan(0);
      expect(DIMENSION_IDS).toContain(criterion.dimension);
    }
  });

  it("each cite at least one source", () => {
    for (const criterion of CRITERIA) expect(criterion.citations.length, criterion.id).toBeGreaterThanOrEqual(1);
  });

  it("cite every source from at least two criteria", () => {
    for (const source of SOURCE_IDS) {
      const citing = CRITERIA.filter((criterion) => criterion.citations.some((citation) => citation.source === source));
      expect(citing.length, source).toBeGreaterThanOrEqual(2);
    }
  });

  it("read every question of the questionnaire, and only real questions", () => {
    const read = new Set(CRITERIA.flatMap((criterion) => criterion.questionIds));
    for (const question of allQuestions(QUESTIONNAIRE)) expect(read.has(question.id), question.id).toBe(true);
    for (const id of read) expect(() => questionById(id)).not.toThrow();
  });

  it("map only option ids that exist", () => {
    for (const criterion of CRITERIA) {
      const factors = criterion.kind === "single" ? [criterion.factor] : [criterion.factor, criterion.by];
      for (const factor of factors) {
        const question = questionById(factor.questionId);
        const ids = "options" in question ? question.options.map((option) => option.id) : [];
        if (factor.kind === "options") for (const id of Object.keys(factor.levels)) expect(ids, `${criterion.id}: ${id}`).toContain(id);
        if (factor.kind === "optionSum") for (const id of Object.keys(factor.perOption)) expect(ids, `${criterion.id}: ${id}`).toContain(id);
        if (factor.kind === "options" && question.type === "single") {
          // Every option must inform the criterion; an unmapped option would silently count as "don't know".
          for (const id of ids) expect(factor.levels[id], `${criterion.id}: ${id}`).toBeDefined();
        }
        if (factor.kind === "bands") expect(factor.bands.at(-1)?.upTo).toBe(Number.POSITIVE_INFINITY);
      }
    }
  });

  it("keep supports in [0, 1] at every pole, corner and printed answer", () => {
    for (const criterion of CRITERIA) {
      const anchors = criterion.kind === "single" ? [criterion.poles.low, criterion.poles.high] : Object.values(criterion.corners);
      for (const support of anchors) expect(inUnitRange(support), criterion.id).toBe(true);
      const rows = describeMapping(criterion);
      expect(rows.length, criterion.id).toBeGreaterThan(1);
      expect(new Set(rows.map((row) => row.answer)).size, `${criterion.id}: unique answers`).toBe(rows.length);
      for (const row of rows) expect(inUnitRange(row.support), `${criterion.id}: ${row.answer}`).toBe(true);
    }
  });

  it("keep levels in [0, 1]", () => {
    for (const criterion of CRITERIA) {
      const factors = criterion.kind === "single" ? [criterion.factor] : [criterion.factor, criterion.by];
      for (const factor of factors) for (const row of factorRows(factor)) expect(row.level >= 0 && row.level <= 1, `${criterion.id}: ${row.answer}`).toBe(true);
    }
  });

  it("give every dimension at least one criterion", () => {
    expect(DIMENSIONS.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const id of DIMENSION_IDS) expect(CRITERIA.some((criterion) => criterion.dimension === id), id).toBe(true);
  });

  it("describe skipped follow-ups so a methodology page can show them", () => {
    const revenue = CRITERIA.find((criterion) => criterion.id === "tech_revenue_share");
    expect(revenue && describeMapping(revenue).some((row) => row.answer.startsWith("Not asked"))).toBe(true);
  });

  it("describe answers in the words and questions they are given, so the methodology page reads in any language", () => {
    const german = new Map(allQuestions(questionnaireIn("de")).map((question) => [question.id, question]));
    const words = { ...ANSWER_WORDS, skipped: "Nicht gefragt", number: (value: number) => value.toLocaleString("de-DE") };
    for (const criterion of CRITERIA) {
      const english = describeMapping(criterion);
      const translated = describeMapping(criterion, words, (id) => german.get(id)!);
      expect(translated.map((row) => row.support), criterion.id).toEqual(english.map((row) => row.support));
    }
    const revenue = CRITERIA.find((criterion) => criterion.id === "tech_revenue_share")!;
    expect(describeMapping(revenue, words, (id) => german.get(id)!).map((row) => row.answer)).toContain("Nicht gefragt");
    const options = CRITERIA.find((criterion) => criterion.factor.kind === "options")!;
    const question = german.get(options.factor.questionId)!;
    const labels = "options" in question ? question.options.map((option) => option.label) : [];
    expect(labels.length).toBeGreaterThan(0);
    expect(describeMapping(options, words, (id) => german.get(id)!).some((row) => labels.some((label) => row.answer.startsWith(label)))).toBe(true);
  });
});

describe("citations", () => {
  it("quote at most 25 words, verbatim from the cited source", () => {
    for (const { where, citation } of everyCitation()) {
      expect(wordCount(citation.phrase), `${where}: ${citation.phrase}`).toBeLessThanOrEqual(25);
      expect(citation.location.length, where).toBeGreaterThan(3);
      expect(sources[citation.source].includes(normalise(citation.phrase)), `${where} (${citation.source}): "${citation.phrase}"`).toBe(true);
    }
  });

});

/** Every end (pole or corner) of a criterion with the support there and the reason written for it. */
function ends(criterion: Criterion): { end: string; support: StructureScores; reason: Reason }[] {
  if (criterion.kind === "single") {
    return (["low", "high"] as const).map((end) => ({ end, support: criterion.poles[end], reason: criterion.reasons[end] }));
  }
  return (["lowLow", "lowHigh", "highLow", "highHigh"] as const).map((end) => ({ end, support: criterion.corners[end], reason: criterion.reasons[end] }));
}

describe("facts", () => {
  it("give every criterion a fact whose parts add up to one, so no fact counts more for being read twice", () => {
    for (const fact of FACTS) {
      const parts = CRITERIA.filter((criterion) => criterion.fact === fact.id);
      expect(parts.length, fact.id).toBeGreaterThan(0);
      expect(parts.reduce((sum, criterion) => sum + criterion.share, 0), fact.id).toBeCloseTo(1, 9);
      expect(parts.reduce((sum, criterion) => sum + criterion.weight, 0), fact.id).toBeCloseTo(fact.weight, 9);
    }
    expect(TOTAL_WEIGHT).toBeCloseTo(FACTS.reduce((sum, fact) => sum + fact.weight, 0), 9);
  });

  it("keep regulation, however many questions describe it, to a sixth of the model at most", () => {
    const regulation = FACTS.find((fact) => fact.id === "regulation");
    expect((regulation?.weight ?? 0) / TOTAL_WEIGHT).toBeLessThanOrEqual(1 / 6);
  });
});

describe("reasons", () => {
  it("claim only what the numbers at their end support: each tier at least as supported as the next, equal within a tier", () => {
    for (const criterion of CRITERIA) {
      for (const { end, support, reason } of ends(criterion)) {
        const where = `${criterion.id} ${end}`;
        expect(reason.text.length, where).toBeGreaterThan(20);
        reason.tiers.forEach((tier, index) => {
          for (const id of tier) expect(support[id], `${where}: ${tier.join(", ")} equal`).toBeCloseTo(support[tier[0]!], 9);
          const next = reason.tiers[index + 1];
          if (next) for (const a of tier) for (const b of next) expect(support[a], `${where}: ${a} over ${b}`).toBeGreaterThanOrEqual(support[b] - 1e-9);
        });
        if (reason.tiers.length === 0) {
          const values = STRUCTURE_IDS.map((id) => support[id]);
          expect(Math.max(...values) - Math.min(...values), `${where}: a reason that claims nothing needs equal support`).toBeLessThan(1e-9);
        }
      }
    }
  });

  it("differ between the ends of a criterion that treat the structures differently", () => {
    for (const criterion of CRITERIA) {
      const list = ends(criterion);
      const texts = new Set(list.map((entry) => entry.reason.text));
      const supports = new Set(list.map((entry) => JSON.stringify(entry.support)));
      expect(texts.size, criterion.id).toBeGreaterThanOrEqual(Math.min(supports.size, 2));
    }
  });
});

describe("engine consistency", () => {
  it("the compiled readers agree with the reference factorLevel", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "draft" }), (answers) => {
        evaluateCriteria(answers).forEach((entry, index) => {
          const criterion = CRITERIA[index];
          if (!criterion || criterion.kind !== "single") return;
          const question = questionById(criterion.factor.questionId);
          if (question.showIf) return;
          expect(entry?.level ?? null).toBe(factorLevel(criterion.factor, answers[question.id], exclusiveOptionOf(question)));
        });
      }),
    );
  });

  it("scoreOnly gives exactly the scores of the explained path", () => {
    fc.assert(
      fc.property(answersArbitrary({ mode: "draft" }), (answers) => {
        const lean = scoreOnly(answers);
        const full = aggregate(evaluateCriteria(answers));
        expect(lean).toEqual(full);
      }),
    );
  });
});
