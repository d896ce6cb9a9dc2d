/**
 * The case library: company profiles written from the sources' rules, kept in the repository so
 * every model version is measured against the same cases (lib/scoring/case-library.test.ts).
 */
import { LARGE_CASES } from "./large";
import { MID_CASES } from "./mid";
import { SMALL_CASES } from "./small";
import { TRANSFORMING_CASES } from "./transforming";
import type { CaseProfile } from "./types";

export { variations, type CaseProfile, type Expectation, type JudgmentCall } from "./types";

export const CASE_LIBRARY: readonly CaseProfile[] = [...SMALL_CASES, ...MID_CASES, ...LARGE_CASES, ...TRANSFORMING_CASES];
