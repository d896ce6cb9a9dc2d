/** The scoring model's public API. Pure TypeScript: safe to import on the server and in the browser. */
export { answerLabel } from "../questionnaire/labels";
export { ARCHETYPES, type Archetype } from "./archetypes";
export { rescoreComparison, type RescoreComparison } from "./compare";
export { CONFIDENCE_RULE, confidenceFor } from "./confidence";
export { recommendationContent } from "./content";
export { CRITERIA, TOTAL_WEIGHT, criterionById, describeMapping, type Criterion, type InteractionCriterion, type SingleCriterion } from "./criteria";
export { DIMENSIONS, dimensionLabel, type Dimension } from "./dimensions";
export { MODEL_VERSION, TIE_BREAK, scoreOnly, type LeanScore } from "./engine";
export { FACTS, factById, type Fact } from "./facts";
export type { Corners, Factor, Poles } from "./mapping";
export { CURRENT_MODEL, modelForVersion } from "./models";
export { DEFAULT_DRAWS, WEIGHT_SPREAD, analyseRobustness, leadingRival } from "./robustness";
export { ScoringInputError, prepareAnswers, score, type ScoreOptions } from "./score";
export { robustnessOfStored } from "./stored";
export { STRUCTURES, structureById, type Structure } from "./structures";
export { MAX_TIPPING_POINTS, whatWouldChangeIt } from "./what-would-change";
export * from "./types";
