import { describe, expect, it } from "vitest";
import { sameAsEnglishIn } from "../../i18n/glossary";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import { ARCHETYPES } from "../archetypes";
import { score } from "../score";
import type { ScoringOutput } from "../types";
import { criterionIn, dimensionLabelIn, recommendationContentIn } from "./localize";
import { outputIn } from "./output";

const SCORED = ARCHETYPES.map((archetype) => ({
  id: archetype.id,
  answers: archetype.answers,
  output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers }),
}));

/** Every number, id and citation of an output: what a translation must never change. */
function numbers(output: ScoringOutput): unknown {
  return JSON.parse(JSON.stringify(output, (_key, value: unknown) => (typeof value === "string" ? undefined : value)));
}

/** Every text of an output that a reader reads, by where it sits. */
function texts(output: ScoringOutput): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") found.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  walk(output, "");
  return found;
}

/** Strings that are ids, versions or quotations, the same in every language by design. */
function isIdentifier(path: string): boolean {
  return /\.(criterionId|questionId|groupId|id|role|dimension|favours|recommended|newRecommendation|modelVersion|questionnaireVersion|seed|source|phrase|location|level|from|to)$/.test(path) ||
    /\.(ranking|questionIds|drawnQuestionIds)\[\d+\]$/.test(path) ||
    /\.citations\[\d+\]/.test(path) ||
    /\.(from|to)\[\d+\]$/.test(path);
}

describe("a stored output in another language", () => {
  it("is the stored output itself in English", () => {
    for (const { output, answers } of SCORED) expect(outputIn({ output, answers }, "en")).toBe(output);
  });

  it.each(["de", "fr"] as const)("keeps every number and id, and rewrites every text in %s", (locale) => {
    const allowed = new Set(sameAsEnglishIn(locale));
    for (const { id, output, answers } of SCORED) {
      const written = outputIn({ output, answers }, locale);
      expect(numbers(written), id).toEqual(numbers(output));
      const english = texts(output);
      const translated = texts(written);
      expect([...translated.keys()].sort(), id).toEqual([...english.keys()].sort());
      const unchanged = [...english].filter(([path, text]) => !isIdentifier(path) && translated.get(path) === text && !allowed.has(text) && !/^[\d\s.,%+–-]*$/.test(text));
      expect(unchanged, `${id} in ${locale}`).toEqual([]);
    }
  });

  it("takes criteria, dimensions and content from the model's translation, and the reason for the side the answer is on", () => {
    for (const { output, answers } of SCORED) {
      const written = outputIn({ output, answers }, "de");
      for (const item of written.contributions) {
        const criterion = criterionIn(item.criterionId, "de");
        expect(item.statement).toBe(criterion?.statement);
        const reasons = Object.values(criterion?.reasons ?? {}).map((reason) => reason.text);
        if (!reasons.includes(item.reason ?? "")) expect(item.reason).toMatch(/Mitte/);
      }
      for (const dimension of written.dimensions) expect(dimension.label).toBe(dimensionLabelIn(dimension.id, "de"));
      expect(written.content).toEqual(recommendationContentIn(output.recommended, "de"));
    }
  });

  it("writes the confidence reason with the stored level and shares, in the language's number format", () => {
    const low = SCORED.find(({ output }) => output.confidence.level !== "high");
    expect(low, "an archetype without high confidence").toBeDefined();
    const written = outputIn({ output: low!.output, answers: low!.answers }, "fr");
    expect(written.confidence.level).toBe(low!.output.confidence.level);
    expect(written.confidence.reason).toMatch(/\d+\u00a0%/);
    expect(written.confidence.rule).toContain("10\u202f000");
  });

  it("writes a French structure's name with a lower-case article inside a sentence and a capital at its start", () => {
    const names = ["Un DSI et un CTO distincts", "Un CTIO unique", "Un CDO au-dessus du DSI et du CTO"];
    const inside = new RegExp(`[^.!?…\\s]\\s+(${names.join("|")})`, "u");
    let rivals = 0;
    for (const { output, answers } of SCORED) {
      const written = outputIn({ output, answers }, "fr");
      for (const [path, text] of texts(written)) expect(inside.exec(text)?.[0], path).toBeUndefined();
      // The reason opens with the leading structure; a rival named after a semicolon is inside the sentence.
      expect(written.confidence.reason).toMatch(new RegExp(`^(${names.join("|")}) l’emporte`, "u"));
      if (/ ; (un DSI|un CTIO|un CDO)/u.test(written.confidence.reason) || / et (un DSI|un CTIO|un CDO)[^,]* dans /u.test(written.confidence.reason)) rivals += 1;
    }
    expect(rivals, "an archetype whose confidence reason names a rival").toBeGreaterThan(0);
  });
});
