/**
 * The other direction of "what would tip it": for a recommendation that is not clear, the
 * smallest answer changes after which it would win the share of draws high confidence needs.
 * Candidates are screened by how much they widen the lead, then measured with the robustness
 * analysis itself, so every settling point listed really settles the recommendation.
 */
import type { TAnswers } from "../questionnaire/schema";
import { answerLabel } from "../questionnaire/labels";
import { applyChange, singleChangeCandidates, type Candidate } from "./candidates";
import { CONFIDENCE_RULE } from "./confidence";
import { scoreOnly } from "./engine";
import { roundScores } from "./explain";
import { CURRENT_MODEL } from "./current-model";
import { analyseRobustness } from "./robustness";
import type { StructureId, TippingPoint } from "./types";

/** How many of the changes that widen the lead most are measured, and with how many draws each. */
const SCREENED = 4;
const SCREEN_DRAWS = 1_000;
export const MAX_SETTLING_POINTS = 2;

function asPoint(base: TAnswers, candidate: Candidate, scores: TippingPoint["newScores"], recommended: StructureId, share: number): TippingPoint {
  const from = base[candidate.question.id] ?? null;
  return {
    changes: [
      {
        questionId: candidate.question.id,
        questionLabel: candidate.question.label,
        from,
        to: candidate.to,
        fromLabel: answerLabel(candidate.question, from),
        toLabel: answerLabel(candidate.question, candidate.to),
      },
    ],
    size: candidate.size,
    newRecommendation: recommended,
    newScores: scores,
    newShare: share,
  };
}

/** One-step changes only: a settling point is an answer the respondent might reasonably have given. */
export function settlingPoints(answers: TAnswers, recommended: StructureId, challenger: StructureId): TippingPoint[] {
  const base = scoreOnly(answers);
  const baseLead = base.scores[recommended] - base.scores[challenger];
  const widening = singleChangeCandidates(answers)
    .filter((candidate) => candidate.size === 1)
    .map((candidate) => ({ candidate, answers: applyChange(answers, candidate.question.id, candidate.to) }))
    .map((tried) => ({ ...tried, result: scoreOnly(tried.answers) }))
    .filter((tried) => tried.result.recommended === recommended && tried.result.scores[recommended] - tried.result.scores[challenger] > baseLead)
    .sort((a, b) => b.result.scores[recommended] - b.result.scores[challenger] - (a.result.scores[recommended] - a.result.scores[challenger]))
    .slice(0, SCREENED);
  const settled: TippingPoint[] = [];
  for (const tried of widening) {
    const robustness = analyseRobustness(CURRENT_MODEL, tried.answers, { draws: SCREEN_DRAWS });
    const share = robustness.structures[recommended].wins / robustness.draws;
    if (share >= CONFIDENCE_RULE.high.minShare) settled.push(asPoint(answers, tried.candidate, roundScores(tried.result.scores), recommended, Math.round(share * 1000) / 1000));
    if (settled.length === MAX_SETTLING_POINTS) break;
  }
  return settled;
}
