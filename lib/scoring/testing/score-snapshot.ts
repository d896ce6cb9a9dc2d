/**
 * Test support: a fingerprint of the scoring model's output over many generated answer sets, so a
 * change made for speed can be shown to change no result, byte for byte. Each case keeps a hash of
 * its answers (so a changed generator or questionnaire reads as "inputs changed", not as a scoring
 * change) and a hash of JSON.stringify of its output, as the submit path stores it. The combined
 * cases run an organization's robustness analysis, which shares the draws with a single result's.
 * Write the snapshot again, on purpose only, with `npx tsx scripts/score-snapshot.ts`.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import type { TAnswers } from "../../questionnaire/schema";
import { answersArbitrary } from "../../testing/arbitrary-answers";
import { ARCHETYPES } from "../archetypes";
import { CURRENT_MODEL } from "../current-model";
import { analyseCombinedRobustness } from "../robustness";
import { score } from "../score";

export const SCORE_SNAPSHOT_FILE = new URL("./score-snapshot.json", import.meta.url);

const SEED = 20_270;
const COMPLETE_CASES = 240;
const DRAFT_CASES = 160;
const COMBINED_CASES = 12;

export interface SnapshotCase {
  name: string;
  answersHash: string;
  outputHash: string;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The answer sets, in a fixed order: the archetypes, then generated complete and draft sets. */
export function snapshotAnswerSets(): { name: string; answers: TAnswers }[] {
  const complete = fc.sample(answersArbitrary({ mode: "complete" }), { numRuns: COMPLETE_CASES, seed: SEED });
  const draft = fc.sample(answersArbitrary({ mode: "draft" }), { numRuns: DRAFT_CASES, seed: SEED + 1 });
  return [
    ...ARCHETYPES.map((archetype) => ({ name: `archetype ${archetype.id}`, answers: archetype.answers })),
    ...complete.map((answers, i) => ({ name: `complete #${i}`, answers })),
    ...draft.map((answers, i) => ({ name: `draft #${i}`, answers })),
  ];
}

export function scoreSnapshot(): SnapshotCase[] {
  const sets = snapshotAnswerSets();
  const singles = sets.map(({ name, answers }) => ({
    name,
    answersHash: sha256(JSON.stringify(answers)),
    outputHash: sha256(JSON.stringify(score({ questionnaireVersion: QUESTIONNAIRE.version, answers }))),
  }));
  const combined = Array.from({ length: COMBINED_CASES }, (_, i) => {
    const respondents = sets.slice(i * 7, i * 7 + 2 + (i % 5)).map((set, k) => ({ answers: set.answers, weight: 1 + (k % 3) }));
    return {
      name: `combined #${i}`,
      answersHash: sha256(JSON.stringify(respondents)),
      outputHash: sha256(JSON.stringify(analyseCombinedRobustness(CURRENT_MODEL, respondents))),
    };
  });
  return [...singles, ...combined];
}
