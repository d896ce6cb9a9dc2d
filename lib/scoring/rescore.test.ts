import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { MODEL_VERSION } from "./engine";
import { rescoreWithCurrentModel } from "./rescore";
import { score } from "./score";

const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS });

describe("re-scoring a stored result with the current model", () => {
  it("says nothing changed when the result was scored with the current model", () => {
    expect(rescoreWithCurrentModel({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, output })).toEqual({ status: "current" });
  });

  it("compares an older model's output with the current one, leaving the stored output untouched", () => {
    const older = structuredClone(output);
    older.modelVersion = "2025.1";
    older.recommended = output.recommended === "ctio" ? "separate" : "ctio";
    older.scores[older.recommended] = 99;
    const frozen = structuredClone(older);
    const outcome = rescoreWithCurrentModel({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, output: older });
    expect(outcome.status).toBe("compared");
    if (outcome.status !== "compared") return;
    expect(outcome.comparison.modelVersionChanged).toEqual({ from: "2025.1", to: MODEL_VERSION });
    expect(outcome.comparison.recommendationChanged).toBe(true);
    expect(outcome.current.recommended).toBe(output.recommended);
    expect(outcome.stored).toBe(older);
    expect(older).toEqual(frozen);
  });

  it("explains when an old questionnaire version cannot be read by the current model", () => {
    const older = { ...structuredClone(output), modelVersion: "2025.1" };
    const outcome = rescoreWithCurrentModel({ questionnaireVersion: "2025.1", answers: COMPLETE_ANSWERS, output: older });
    expect(outcome).toMatchObject({ status: "not_comparable" });
  });
});
