/**
 * Latency of the scoring model on random valid answer sets: the full score() (with and
 * without the what-if searches), the robustness analysis at 10,000 draws (budget: 10 ms; the
 * full score() with it: 15 ms), the lean scoreOnly() the search and the what-if panel use,
 * and whatWouldChangeIt() alone. Fixed seed, so runs compare.
 */
import { percentile } from "../lib/loadtest/latency";
import fc from "fast-check";
import { QUESTIONNAIRE } from "../lib/questionnaire/definition";
import type { TAnswers } from "../lib/questionnaire/schema";
import { answersArbitrary } from "../lib/testing/arbitrary-answers";
import { CURRENT_MODEL, DEFAULT_DRAWS, analyseRobustness, prepareAnswers, score, scoreOnly, whatWouldChangeIt } from "../lib/scoring";

export interface BenchResult {
  name: string;
  medianMs: number;
  p90Ms: number;
  samples: number;
}

const SAMPLE_COUNT = 300;
const SEED = 20_261;


/** Times each answer set separately (averaging `repeat` calls for very fast functions) and reports the median. */
function measure(name: string, inputs: TAnswers[], fn: (answers: TAnswers) => unknown, repeat = 1): BenchResult {
  for (const answers of inputs.slice(0, 30)) fn(answers); // warm the JIT before timing
  const times = inputs.map((answers) => {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) fn(answers);
    return (performance.now() - start) / repeat;
  });
  times.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), samples: inputs.length };
}

export async function runScoringBench(): Promise<BenchResult[]> {
  const inputs = fc.sample(answersArbitrary({ mode: "complete" }), { numRuns: SAMPLE_COUNT, seed: SEED });
  const version = QUESTIONNAIRE.version;
  const prepared = inputs.map((answers) => prepareAnswers({ questionnaireVersion: version, answers }));
  return [
    measure("score() full, with robustness and tipping points", inputs, (answers) => score({ questionnaireVersion: version, answers })),
    measure("score() with robustness, without tipping points", inputs, (answers) => score({ questionnaireVersion: version, answers }, { tippingPoints: false })),
    measure(`robustness analysis, ${DEFAULT_DRAWS.toLocaleString("en-US")} draws`, prepared, (answers) => analyseRobustness(CURRENT_MODEL, answers)),
    measure("scoreOnly()", inputs, (answers) => scoreOnly(answers), 200),
    measure("whatWouldChangeIt()", inputs, (answers) => whatWouldChangeIt(answers)),
  ];
}
