import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { COMPLETE_ANSWERS } from "../testing/fixtures";
import { MODEL_VERSION } from "./engine";
import { MODEL_2026_1 } from "./models/v2026-1";
import { rescoreWithCurrentModel } from "./rescore";
import { analyseRobustness } from "./robustness";
import { score } from "./score";
import { robustnessOfStored } from "./stored";

const output = score({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS });

/** A result as model 2026.1 stored it: questionnaire 2026.1, no robustness, no reasons, the margin rule's confidence. */
function storedUnder2026() {
  const older = structuredClone(output);
  older.modelVersion = "2026.1";
  older.questionnaireVersion = "2026.1";
  delete older.robustness;
  delete older.settlingPoints;
  for (const contribution of older.contributions) delete contribution.reason;
  older.confidence = { level: "high", rule: "High when the recommended structure leads the runner-up by at least 8 points...", reason: "Leads by 9.1 points." };
  return older;
}

describe("re-scoring a stored result with the current model", () => {
  it("says nothing changed when the result was scored with the current model", () => {
    expect(rescoreWithCurrentModel({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, output })).toEqual({ status: "current" });
  });

  it("compares a 2026.1 result with the current model, with the robustness of both sides, leaving the stored output untouched", () => {
    const older = storedUnder2026();
    const frozen = structuredClone(older);
    const outcome = rescoreWithCurrentModel({ questionnaireVersion: "2026.1", answers: COMPLETE_ANSWERS, output: older });
    expect(outcome.status).toBe("compared");
    if (outcome.status !== "compared") return;
    expect(outcome.comparison.modelVersionChanged).toEqual({ from: "2026.1", to: MODEL_VERSION });
    expect(outcome.current.questionnaireVersion).toBe("2026.1");
    expect(outcome.current.robustness?.modelVersion).toBe(MODEL_VERSION);
    // The stored side is measured with the model that scored it.
    expect(outcome.storedRobustness).toEqual(analyseRobustness(MODEL_2026_1, COMPLETE_ANSWERS));
    expect(outcome.comparison.winnerShare.from).toBeGreaterThan(0);
    expect(outcome.comparison.winnerShare.to).toBeGreaterThan(0);
    expect(outcome.stored).toBe(older);
    expect(older).toEqual(frozen);
  });

  it("reproduces the stored side's robustness exactly on every view", () => {
    const stored = { questionnaireVersion: "2026.1", answers: COMPLETE_ANSWERS, output: storedUnder2026() };
    expect(robustnessOfStored(stored)).toEqual(robustnessOfStored(structuredClone(stored)));
    expect(robustnessOfStored({ questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS, output })).toBe(output.robustness);
  });

  it("shows no robustness for a model this server no longer knows, and still compares", () => {
    const older = { ...storedUnder2026(), modelVersion: "2025.1" };
    const outcome = rescoreWithCurrentModel({ questionnaireVersion: "2026.1", answers: COMPLETE_ANSWERS, output: older });
    expect(outcome.status === "compared" && outcome.storedRobustness).toBeNull();
    expect(outcome.status === "compared" && outcome.comparison.winnerShare.from).toBeNull();
  });

  it("explains when an old questionnaire version cannot be read by the current model", () => {
    const older = { ...structuredClone(output), modelVersion: "2025.1" };
    const outcome = rescoreWithCurrentModel({ questionnaireVersion: "2025.1", answers: COMPLETE_ANSWERS, output: older });
    expect(outcome).toMatchObject({ status: "not_comparable" });
  });
});
