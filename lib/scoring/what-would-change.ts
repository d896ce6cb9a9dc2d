/**
 * Tipping points: the smallest changes of one answer (or, only when no single change is
 * enough, of two) that make the model recommend another structure. Every reported change
 * is re-scored exactly with scoreOnly; estimates only decide which pairs are worth trying.
 */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { isQuestionShown, withoutSkippedAnswers } from "../questionnaire/skip";
import { answerLabel } from "../questionnaire/labels";
import { applyChange, singleChangeCandidates, type Candidate } from "./candidates";
import { scoreOnly, type LeanScore } from "./engine";
import { roundScores } from "./explain";
import { QUESTIONS } from "./questions";
import type { AnswerChange, StructureId, TippingPoint } from "./types";

export const MAX_TIPPING_POINTS = 5;
/** Pairs whose additive estimate falls this far short of the gap are still tried, since interactions are not additive. */
const PAIR_ESTIMATE_SLACK = 0.25;
/** Upper bound on exact pair evaluations, which keeps the worst case within the latency budget. */
const MAX_PAIR_EVALUATIONS = 1500;

const QUESTION_INDEX = new Map(QUESTIONS.map((question, index) => [question.id, index]));

interface Tried {
  candidates: Candidate[];
  answers: TAnswers;
  result: LeanScore;
  size: number;
}

function answerChange(base: TAnswers, candidate: Candidate): AnswerChange {
  const from = base[candidate.question.id] ?? null;
  return {
    questionId: candidate.question.id,
    questionLabel: candidate.question.label,
    from,
    to: candidate.to,
    fromLabel: answerLabel(candidate.question, from),
    toLabel: answerLabel(candidate.question, candidate.to),
  };
}

function toTippingPoint(base: TAnswers, tried: Tried): TippingPoint {
  return {
    changes: tried.candidates.map((candidate) => answerChange(base, candidate)),
    size: tried.size,
    newRecommendation: tried.result.recommended,
    newScores: roundScores(tried.result.scores),
  };
}

/** Smallest first; then the most decisive; then questionnaire order, so the list is stable. */
function compareTried(a: Tried, b: Tried): number {
  if (a.size !== b.size) return a.size - b.size;
  if (Math.abs(a.result.margin - b.result.margin) > 1e-9) return b.result.margin - a.result.margin;
  const order = (tried: Tried) => tried.candidates.map((candidate) => QUESTION_INDEX.get(candidate.question.id) ?? 0);
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** One tipping point per set of questions and new structure: the smallest. */
function distinctSmallest(flips: Tried[], limit: number): Tried[] {
  const best = new Map<string, Tried>();
  for (const tried of [...flips].sort(compareTried)) {
    const key = `${tried.candidates.map((candidate) => candidate.question.id).join("+")}>${tried.result.recommended}`;
    if (!best.has(key)) best.set(key, tried);
  }
  return [...best.values()].sort(compareTried).slice(0, limit);
}

/** How much a change closes the gap between the recommended structure and `target`. */
function gain(base: LeanScore, result: LeanScore, target: StructureId): number {
  const recommended = base.recommended;
  return result.scores[target] - result.scores[recommended] - (base.scores[target] - base.scores[recommended]);
}

/** Per question, the candidates not beaten by another one that is both as small and closes more of the gap. */
function paretoByQuestion(singles: Tried[], base: LeanScore, target: StructureId): { tried: Tried; gain: number }[] {
  const byQuestion = new Map<string, { tried: Tried; gain: number }[]>();
  for (const tried of singles) {
    const value = gain(base, tried.result, target);
    if (value <= 0) continue;
    const id = tried.candidates[0]?.question.id ?? "";
    const list = byQuestion.get(id) ?? [];
    list.push({ tried, gain: value });
    byQuestion.set(id, list);
  }
  const kept: { tried: Tried; gain: number }[] = [];
  for (const list of byQuestion.values()) {
    list.sort((a, b) => a.tried.size - b.tried.size || b.gain - a.gain);
    let bestGain = -Infinity;
    for (const entry of list) {
      if (entry.gain > bestGain) {
        kept.push(entry);
        bestGain = entry.gain;
      }
    }
  }
  return kept;
}

function pairSearch(base: TAnswers, baseScore: LeanScore, singles: Tried[], limit: number): Tried[] {
  const pending = new Map<string, { a: Tried; b: Tried; size: number; estimate: number }>();
  for (const target of baseScore.ranking.slice(1)) {
    const gap = baseScore.scores[baseScore.recommended] - baseScore.scores[target];
    const front = paretoByQuestion(singles, baseScore, target);
    for (let i = 0; i < front.length; i++) {
      for (let j = i + 1; j < front.length; j++) {
        const [x, y] = [front[i], front[j]];
        if (!x || !y) continue;
        const [qa, qb] = [x.tried.candidates[0], y.tried.candidates[0]];
        if (!qa || !qb || qa.question.id === qb.question.id) continue;
        const estimate = x.gain + y.gain;
        if (estimate < gap * (1 - PAIR_ESTIMATE_SLACK)) continue;
        const [a, b] = (QUESTION_INDEX.get(qa.question.id) ?? 0) < (QUESTION_INDEX.get(qb.question.id) ?? 0) ? [x.tried, y.tried] : [y.tried, x.tried];
        const key = `${a.candidates[0]?.question.id}=${JSON.stringify(a.candidates[0]?.to)}&${b.candidates[0]?.question.id}=${JSON.stringify(b.candidates[0]?.to)}`;
        const previous = pending.get(key);
        if (!previous || previous.estimate < estimate) pending.set(key, { a, b, size: a.size + b.size, estimate });
      }
    }
  }
  const ordered = [...pending.values()].sort((p, q) => p.size - q.size || q.estimate - p.estimate);
  const flips: Tried[] = [];
  let found: Tried[] = [];
  let evaluations = 0;
  for (const pair of ordered) {
    if (evaluations >= MAX_PAIR_EVALUATIONS) break;
    // Once enough flips are found, larger pairs cannot displace them.
    const worst = found[limit - 1];
    if (worst && pair.size > worst.size) break;
    const [first, second] = [pair.a.candidates[0], pair.b.candidates[0]];
    if (!first || !second) continue;
    const answers = applyChange(applyChange(base, first.question.id, first.to), second.question.id, second.to);
    // A change that hides the other question (selling no technology, then a revenue share) is not a pair.
    if (!isQuestionShown(first.question, answers) || !isQuestionShown(second.question, answers)) continue;
    evaluations++;
    const result = scoreOnly(answers);
    if (result.recommended !== baseScore.recommended) {
      flips.push({ candidates: [first, second], answers, result, size: pair.size });
      found = distinctSmallest(flips, limit);
    }
  }
  return found;
}

/**
 * The smallest answer changes that flip the recommendation, smallest first, at most `limit`.
 * Answers to questions hidden by skip logic are ignored.
 */
export function whatWouldChangeIt(answers: TAnswers, limit: number = MAX_TIPPING_POINTS): TippingPoint[] {
  const base = withoutSkippedAnswers(QUESTIONNAIRE, answers);
  const baseScore = scoreOnly(base);
  const singles: Tried[] = singleChangeCandidates(base).map((candidate) => {
    const changed = applyChange(base, candidate.question.id, candidate.to);
    return { candidates: [candidate], answers: changed, result: scoreOnly(changed), size: candidate.size };
  });
  const singleFlips = singles.filter((tried) => tried.result.recommended !== baseScore.recommended);
  const chosen = singleFlips.length > 0 ? distinctSmallest(singleFlips, limit) : pairSearch(base, baseScore, singles, limit);
  return chosen.map((tried) => toTippingPoint(base, tried));
}
