/** The scoring worker runs the bundle the server runs, and must give exactly what score() gives in this thread. */
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES, score } from "../scoring";
import { previewScoreInWorker, scoreInWorker } from "./scoring-pool";

describe("scoring on the worker thread", () => {
  it("stores the same output, byte for byte, as score() in this thread", async () => {
    const inputs = ARCHETYPES.slice(0, 4).map((archetype) => ({ questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers }));
    const scored = await Promise.all(inputs.map((input) => scoreInWorker(input)));
    scored.forEach((fromWorker, index) => {
      const here = score(inputs[index]!);
      expect(fromWorker.outputJson).toBe(JSON.stringify(here));
      expect(fromWorker).toMatchObject({ modelVersion: here.modelVersion, recommended: here.recommended, confidenceLevel: here.confidence.level, margin: here.margin });
    });
  });

  it("gives the preview every field score() gives, read back through the output's schema", async () => {
    for (const archetype of ARCHETYPES) {
      const input = { questionnaireVersion: QUESTIONNAIRE.version, answers: archetype.answers };
      expect(await previewScoreInWorker(input), archetype.id).toEqual(JSON.parse(JSON.stringify(score(input))));
    }
  });

  it("passes on a scoring error with its message", async () => {
    await expect(scoreInWorker({ questionnaireVersion: "1999.1", answers: {} })).rejects.toThrow(/Questionnaire version 1999.1 is not supported/);
  });
});
