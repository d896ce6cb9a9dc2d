import { describe, expect, it } from "vitest";
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { withoutSkippedAnswers } from "../questionnaire/skip";
import { ARCHETYPES } from "./archetypes";
import { CASE_LIBRARY, variations } from "./case-library";
import { CURRENT_MODEL } from "./models";
import { MODEL_2026_1 } from "./models/v2026-1";
import { currentConfidence, formatReport, marginConfidence2026, runCase, singleAnswerFlips } from "./testing/case-library-run";
import { STRUCTURE_IDS } from "./types";

const SLOW = 120_000;
const complete = answersSchema(QUESTIONNAIRE, "complete");
const draft = answersSchema(QUESTIONNAIRE, "draft");

describe("the case library", () => {
  it("has at least 30 profiles with valid answers, a rule, a passage and judgment calls", () => {
    expect(CASE_LIBRARY.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASE_LIBRARY.map((profile) => profile.id)).size).toBe(CASE_LIBRARY.length);
    for (const profile of CASE_LIBRARY) {
      expect(complete.safeParse(profile.answers).success, profile.id).toBe(true);
      expect(profile.rule.length, profile.id).toBeGreaterThan(20);
      expect(profile.citations.length, profile.id).toBeGreaterThan(0);
      expect(profile.judgmentCalls.length, profile.id).toBeGreaterThan(0);
      for (const call of profile.judgmentCalls) {
        expect(call.alternatives.length, `${profile.id}: ${call.questionId}`).toBeGreaterThan(0);
        expect(call.alternatives, `${profile.id}: ${call.questionId}`).not.toContainEqual(profile.answers[call.questionId]);
      }
      for (const answers of variations(profile)) expect(draft.safeParse(withoutSkippedAnswers(QUESTIONNAIRE, answers)).success, profile.id).toBe(true);
      if (profile.expected.kind === "close") expect(new Set(profile.expected.structures).size, profile.id).toBe(2);
    }
  });

  it("covers every structure as a clear case, and close cases between each pair the sources leave open", () => {
    for (const id of STRUCTURE_IDS) expect(CASE_LIBRARY.some((profile) => profile.expected.kind === "clear" && profile.expected.structure === id), id).toBe(true);
    const pairs = new Set(CASE_LIBRARY.flatMap((profile) => (profile.expected.kind === "close" ? [[...profile.expected.structures].sort().join("/")] : [])));
    expect(pairs).toEqual(new Set(["ctio/separate", "cdo/separate"]));
  });

  it("supplies the demo archetypes", () => {
    for (const archetype of ARCHETYPES) expect(CASE_LIBRARY.map((profile) => profile.id)).toContain(archetype.id);
  });

  it(
    "passes in full under the current model, and prints the table of both models",
    () => {
      const before = CASE_LIBRARY.map((profile) => runCase(MODEL_2026_1, profile, marginConfidence2026));
      const after = CASE_LIBRARY.map((profile) => runCase(CURRENT_MODEL, profile, currentConfidence));
      console.log(`\n${formatReport(`Model ${MODEL_2026_1.version} (margin confidence rule)`, before, singleAnswerFlips(MODEL_2026_1, CASE_LIBRARY))}`);
      console.log(`\n${formatReport(`Model ${CURRENT_MODEL.version}`, after, singleAnswerFlips(CURRENT_MODEL, CASE_LIBRARY))}`);
      for (const outcome of after) expect(outcome.failures, outcome.profile.id).toEqual([]);
    },
    SLOW,
  );
});
