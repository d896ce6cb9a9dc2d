import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "./definition";
import { openingStepIndex, stepsFor } from "./steps";

const steps = stepsFor(QUESTIONNAIRE);
const [firstSection, secondSection, thirdSection] = QUESTIONNAIRE.sections;

describe("the step a link opens", () => {
  it("is the step the link names", () => {
    expect(steps[openingStepIndex(steps, QUESTIONNAIRE, {}, "review")]!.id).toBe("review");
  });

  it("is 'About you' for a new assessment, or when the named step does not exist and nothing is answered", () => {
    expect(openingStepIndex(steps, QUESTIONNAIRE, {}, null)).toBe(0);
    expect(openingStepIndex(steps, QUESTIONNAIRE, {}, "no-such-step")).toBe(0);
  });

  it("is the last section with an answer when the link names no step, even with gaps before it", () => {
    const answers = { [firstSection!.questions[0]!.id]: 1, [thirdSection!.questions[0]!.id]: 1 };
    expect(steps[openingStepIndex(steps, QUESTIONNAIRE, answers, null)]!.id).toBe(thirdSection!.id);
    expect(steps[openingStepIndex(steps, QUESTIONNAIRE, { [secondSection!.questions[0]!.id]: 1 }, null)]!.id).toBe(secondSection!.id);
  });
});
