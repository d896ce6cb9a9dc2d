/**
 * The shape of the case library: company profiles written from the sources' rules, each with the
 * rule and passage it tests, the outcome those rules lead to, and the judgment calls a respondent
 * could reasonably answer either way.
 */
import type { TAnswerValue, TAnswers } from "../../questionnaire/schema";
import type { Citation, StructureId } from "../types";

/**
 * A clear case must be recommended, win most draws of the robustness analysis and keep its
 * recommendation across every variation; a close case is one the sources themselves leave open
 * between two structures, which the result must name and not call certain.
 */
export type Expectation = { kind: "clear"; structure: StructureId } | { kind: "close"; structures: [StructureId, StructureId] };

/** An answer a respondent could reasonably have given instead of the profile's own. */
export interface JudgmentCall {
  questionId: string;
  alternatives: TAnswerValue[];
}

export interface CaseProfile {
  id: string;
  name: string;
  description: string;
  /** The sources' rule this profile tests, in our words. */
  rule: string;
  citations: Citation[];
  expected: Expectation;
  answers: TAnswers;
  judgmentCalls: JudgmentCall[];
}

export const NO_ROLES = { role_cio: "none", role_cto: "none", role_cdo: "none", role_ctio: "none" } as const;
export const ALL_APPS = ["erp", "crm", "hr", "finance", "collaboration", "itsm"];

export function clear(structure: StructureId): Expectation {
  return { kind: "clear", structure };
}

export function close(first: StructureId, second: StructureId): Expectation {
  return { kind: "close", structures: [first, second] };
}

/** Every combination of the profile's judgment calls (its own answers included), the profile itself first. */
export function variations(profile: CaseProfile): TAnswers[] {
  let sets: TAnswers[] = [profile.answers];
  for (const call of profile.judgmentCalls) {
    sets = sets.flatMap((answers) => [answers, ...call.alternatives.map((value) => ({ ...answers, [call.questionId]: value }))]);
  }
  return sets;
}
