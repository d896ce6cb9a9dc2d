/**
 * Where an organization's respondents disagree, ranked as an agenda for the consultant's
 * workshop: the questions they answered differently and the dimensions they see differently.
 * Every spread is on a 0-1 scale so questions of different types can share one ranking.
 */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { answerLabel } from "../questionnaire/labels";
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "../questionnaire/schema";
import { CRITERIA } from "../scoring/criteria";
import { DIMENSIONS, dimensionLabel } from "../scoring/dimensions";
import { factorLevel, type Factor } from "../scoring/mapping";
import type { DimensionId } from "../scoring/types";
import { respondentLabels, type RespondentResult } from "./aggregate";

export const DISAGREEMENT_RULE = {
  questions:
    "Answers on a 1-5 scale: the gap between the highest and lowest answer, as a share of the whole scale. Numbers: how far apart the scoring model's own bands " +
    "place the highest and lowest answer (0 when every answer falls in one band, 1 when they sit at opposite ends). Single and multiple choice: the share of " +
    "respondents whose answer differs from the most common one (a multiple choice answer counts as the same only when exactly the same options are chosen). " +
    "\"Don't know\" and unanswered questions are left out of the spread and counted separately; a question needs two answers to be compared.",
  dimensions: "The gap between the highest and lowest respondent's dimension value, out of 100. Respondents whose answers did not inform a dimension are left out of it.",
  ranking: "Widest spread first; among equal spreads, the question the scoring model weighs most.",
} as const;

/** The agenda's default length: enough for a half-day workshop, short enough to read aloud. */
export const DEFAULT_AGENDA_LENGTH = 8;

export interface RespondentAnswer {
  resultId: string;
  respondent: string;
  /** As a person would read it, "Don't know" and "Not answered" included. */
  answer: string;
  value: TAnswerValue | null;
}

export interface CriterionReading {
  criterionId: string;
  statement: string;
  dimension: DimensionId;
  dimensionLabel: string;
  weight: number;
}

export interface QuestionDisagreement {
  questionId: string;
  label: string;
  section: string;
  type: TQuestion["type"];
  /** 0 (everyone agrees) to 1 (as far apart as the question allows). */
  spread: number;
  summary: string;
  answered: number;
  dontKnow: number;
  unanswered: number;
  answers: RespondentAnswer[];
  /** The criteria that read this question: why the disagreement matters to the recommendation. */
  whyItMatters: CriterionReading[];
}

export interface DimensionDisagreement {
  dimensionId: DimensionId;
  label: string;
  description: string;
  spread: number;
  low: number;
  high: number;
  summary: string;
  informed: number;
  notInformed: number;
  values: { resultId: string; respondent: string; value: number | null }[];
}

export interface DisagreementAgenda {
  rule: typeof DISAGREEMENT_RULE;
  respondentCount: number;
  /** Before the agenda was cut to its length. */
  questionsWithDisagreement: number;
  dimensionsWithDisagreement: number;
  questions: QuestionDisagreement[];
  dimensions: DimensionDisagreement[];
}

const SECTIONS = QUESTIONNAIRE.sections.flatMap((section) => section.questions.map((question) => ({ question, section: section.title })));

const READINGS = new Map(
  SECTIONS.map(({ question }) => [
    question.id,
    CRITERIA.filter((criterion) => criterion.questionIds.includes(question.id)).map(
      (criterion): CriterionReading => ({
        criterionId: criterion.id,
        statement: criterion.statement,
        dimension: criterion.dimension,
        dimensionLabel: dimensionLabel(criterion.dimension),
        weight: criterion.weight,
      }),
    ),
  ]),
);

/** Every banded factor that reads a number question, from single and interaction criteria alike. */
function bandFactors(questionId: string): Factor[] {
  return CRITERIA.flatMap((criterion) => (criterion.kind === "single" ? [criterion.factor] : [criterion.factor, criterion.by])).filter(
    (factor) => factor.kind === "bands" && factor.questionId === questionId,
  );
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function numericSpread(question: TQuestion, values: number[]): number {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (question.type === "scale") return (high - low) / 4;
  const factors = bandFactors(question.id);
  if (factors.length === 0) return question.type === "number" ? (high - low) / (question.max - question.min) : 0;
  return Math.max(
    ...factors.map((factor) => {
      const levels = values.map((value) => factorLevel(factor, value)).filter((level): level is number => level !== null);
      return levels.length < 2 ? 0 : Math.max(...levels) - Math.min(...levels);
    }),
  );
}

function choiceKey(value: TAnswerValue): string {
  return Array.isArray(value) ? [...value].sort().join("+") : String(value);
}

function questionSpread(question: TQuestion, given: TAnswerValue[]): { spread: number; summary: string } {
  if (question.type === "scale" || question.type === "number") {
    const values = given.filter((value): value is number => typeof value === "number");
    const low = Math.min(...values);
    const high = Math.max(...values);
    const range = question.type === "scale" ? `${low} to ${high} on the 1-5 scale` : `${answerLabel(question, low)} to ${answerLabel(question, high)}`;
    return { spread: numericSpread(question, values), summary: low === high ? `Every answer is ${answerLabel(question, low)}.` : `Answers range from ${range}.` };
  }
  const counts = new Map<string, { count: number; value: TAnswerValue }>();
  for (const value of given) {
    const key = choiceKey(value);
    counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, value });
  }
  const [mostCommon] = [...counts.values()].sort((a, b) => b.count - a.count);
  const differing = given.length - (mostCommon?.count ?? 0);
  const summary =
    differing === 0
      ? "Every respondent gave the same answer."
      : mostCommon && mostCommon.count > 1
        ? `${differing} of ${given.length} respondents answered other than the most common answer, "${answerLabel(question, mostCommon.value)}".`
        : `All ${given.length} respondents gave different answers.`;
  return { spread: differing / given.length, summary };
}

function questionDisagreement(question: TQuestion, section: string, respondents: readonly RespondentResult[], labels: Map<string, string>): QuestionDisagreement | null {
  const answers = respondents.map((respondent) => {
    const value = respondent.answers[question.id] ?? null;
    return { resultId: respondent.resultId, respondent: labels.get(respondent.resultId) ?? respondent.resultId, answer: answerLabel(question, value), value };
  });
  const given = answers.map((answer) => answer.value).filter((value): value is TAnswerValue => value !== null && value !== DONT_KNOW);
  if (given.length < 2) return null;
  const { spread, summary } = questionSpread(question, given);
  const dontKnow = answers.filter((answer) => answer.value === DONT_KNOW).length;
  return {
    questionId: question.id,
    label: question.label,
    section,
    type: question.type,
    spread: round3(spread),
    summary,
    answered: given.length,
    dontKnow,
    unanswered: answers.length - given.length - dontKnow,
    answers,
    whyItMatters: READINGS.get(question.id) ?? [],
  };
}

function modelWeight(item: QuestionDisagreement): number {
  return item.whyItMatters.reduce((total, reading) => total + reading.weight, 0);
}

function dimensionDisagreements(respondents: readonly RespondentResult[], labels: Map<string, string>): DimensionDisagreement[] {
  return DIMENSIONS.flatMap((dimension) => {
    const values = respondents.map((respondent) => ({
      resultId: respondent.resultId,
      respondent: labels.get(respondent.resultId) ?? respondent.resultId,
      value: respondent.dimensions.find((candidate) => candidate.id === dimension.id)?.value ?? null,
    }));
    const informed = values.map((entry) => entry.value).filter((value): value is number => value !== null);
    if (informed.length < 2) return [];
    const low = Math.min(...informed);
    const high = Math.max(...informed);
    return [
      {
        dimensionId: dimension.id,
        label: dimension.label,
        description: dimension.description,
        spread: round3((high - low) / 100),
        low,
        high,
        summary: low === high ? `Every respondent scores ${low.toFixed(1)}.` : `Respondents range from ${low.toFixed(1)} to ${high.toFixed(1)} out of 100.`,
        informed: informed.length,
        notInformed: values.length - informed.length,
        values,
      },
    ];
  });
}

export function disagreementAgenda(respondents: readonly RespondentResult[], limit: number = DEFAULT_AGENDA_LENGTH): DisagreementAgenda {
  const labels = respondentLabels(respondents);
  const order = new Map(SECTIONS.map(({ question }, index) => [question.id, index]));
  const questions = SECTIONS.map(({ question, section }) => questionDisagreement(question, section, respondents, labels))
    .filter((item): item is QuestionDisagreement => item !== null && item.spread > 0)
    .sort((a, b) => b.spread - a.spread || modelWeight(b) - modelWeight(a) || (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  const dimensions = dimensionDisagreements(respondents, labels)
    .filter((item) => item.spread > 0)
    .sort((a, b) => b.spread - a.spread);
  return {
    rule: DISAGREEMENT_RULE,
    respondentCount: respondents.length,
    questionsWithDisagreement: questions.length,
    dimensionsWithDisagreement: dimensions.length,
    questions: questions.slice(0, limit),
    dimensions: dimensions.slice(0, limit),
  };
}
