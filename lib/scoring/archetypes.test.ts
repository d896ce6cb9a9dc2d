import { describe, expect, it } from "vitest";
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES } from "./archetypes";
import { score } from "./score";
import { STRUCTURE_IDS } from "./types";

const complete = answersSchema(QUESTIONNAIRE, "complete");

describe("archetype company profiles", () => {
  it("are at least ten, span all three structures and include close calls", () => {
    expect(ARCHETYPES.length).toBeGreaterThanOrEqual(10);
    for (const id of STRUCTURE_IDS) expect(ARCHETYPES.some((archetype) => archetype.expected === id), id).toBe(true);
    expect(ARCHETYPES.filter((archetype) => archetype.closeCall).length).toBeGreaterThanOrEqual(2);
    expect(new Set(ARCHETYPES.map((archetype) => archetype.id)).size).toBe(ARCHETYPES.length);
  });

  it.each(ARCHETYPES.map((archetype) => [archetype.name, archetype] as const))("%s: complete and valid answers", (_, archetype) => {
    const parsed = complete.safeParse(archetype.answers);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it.each(ARCHETYPES.map((archetype) => [archetype.name, archetype] as const))("%s: recommends the structure the sources point to", (_, archetype) => {
    const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers });
    expect(output.recommended, `${archetype.id} (${archetype.justification.source}: ${archetype.justification.sentence})`).toBe(archetype.expected);
    expect(output.coverage).toBe(1);
    if (archetype.closeCall) expect(output.confidence.level, archetype.id).not.toBe("high");
  });
});
