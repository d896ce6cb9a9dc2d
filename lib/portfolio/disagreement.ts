/**
 * Where an organization's respondents disagree, ranked as an agenda for the consultant's
 * workshop: the questions they answered differently and the dimensions they see differently.
 * Every spread is on a 0-1 scale so questions of different types can share one ranking.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { answerLabel } from "../questionnaire/labels";
import { questionnaireIn } from "../questionnaire/localize";
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "../questionnaire/schema";
import { CRITERIA } from "../scoring/criteria";
import { criteriaIn, dimensionLabelIn, dimensionsIn } from "../scoring/translations/localize";
import { factorLevel, type Factor } from "../scoring/mapping";
import type { DimensionId } from "../scoring/types";
import { respondentLabels, type RespondentResult } from "./aggregate";
import { combinedText } from "./combined-explain";

export interface DisagreementRule {
  questions: string;
  dimensions: string;
  ranking: string;
}

const RULES = new Map<Locale, DisagreementRule>();

/** How spreads are measured and ranked, in a language; one object per language, as the agenda carries it. */
export function disagreementRuleIn(locale: Locale): DisagreementRule {
  const found = RULES.get(locale);
  if (found) return found;
  const t = combinedText(locale);
  const rule = { questions: t("disagreement.questionsRule"), dimensions: t("disagreement.dimensionsRule"), ranking: t("disagreement.rankingRule") };
  RULES.set(locale, rule);
  return rule;
}

export const DISAGREEMENT_RULE = disagreementRuleIn(DEFAULT_LOCALE);

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
  rule: DisagreementRule;
  respondentCount: number;
  /** Before the agenda was cut to its length. */
  questionsWithDisagreement: number;
  dimensionsWithDisagreement: number;
  questions: QuestionDisagreement[];
  dimensions: DimensionDisagreement[];
}

interface Agenda {
  sections: { question: TQuestion; section: string }[];
  readings: Map<string, CriterionReading[]>;
}

/** The questionnaire's questions and the criteria reading each, in a language; built once per language. */
const AGENDAS = new Map<Locale, Agenda>();

function agendaIn(locale: Locale): Agenda {
  const found = AGENDAS.get(locale);
  if (found) return found;
  const sections = questionnaireIn(locale).sections.flatMap((section) => section.questions.map((question) => ({ question, section: section.title })));
  const criteria = criteriaIn(locale);
  const readings = new Map(
    sections.map(({ question }) => [
      question.id,
      criteria
        .filter((criterion) => criterion.questionIds.includes(question.id))
        .map(
          (criterion): CriterionReading => ({
            criterionId: criterion.id,
            statement: criterion.statement,
            dimension: criterion.dimension,
            dimensionLabel: dimensionLabelIn(criterion.dimension, locale),
            weight: criterion.weight,
          }),
        ),
    ]),
  );
  const agenda = { sections, readings };
  AGENDAS.set(locale, agenda);
  return agenda;
}

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

function questionSpread(question: TQuestion, given: TAnswerValue[], locale: Locale): { spread: number; summary: string } {
  const t = combinedText(locale);
  if (question.type === "scale" || question.type === "number") {
    const values = given.filter((value): value is number => typeof value === "number");
    const low = Math.min(...values);
    const high = Math.max(...values);
    const range =
      question.type === "scale"
        ? t("disagreement.scaleRange", { low, high })
        : t("disagreement.numberRange", { low: answerLabel(question, low, locale), high: answerLabel(question, high, locale) });
    return {
      spread: numericSpread(question, values),
      summary: low === high ? t("disagreement.everyAnswer", { answer: answerLabel(question, low, locale) }) : t("disagreement.range", { range }),
    };
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
      ? t("disagreement.allSame")
      : mostCommon && mostCommon.count > 1
        ? t("disagreement.differFromCommon", { differing, given: given.length, answer: answerLabel(question, mostCommon.value, locale) })
        : t("disagreement.allDifferent", { given: given.length });
  return { spread: differing / given.length, summary };
}

function questionDisagreement(
  question: TQuestion,
  section: string,
  respondents: readonly RespondentResult[],
  labels: Map<string, string>,
  agenda: Agenda,
  locale: Locale,
): QuestionDisagreement | null {
  const answers = respondents.map((respondent) => {
    const value = respondent.answers[question.id] ?? null;
    return { resultId: respondent.resultId, respondent: labels.get(respondent.resultId) ?? respondent.resultId, answer: answerLabel(question, value, locale), value };
  });
  const given = answers.map((answer) => answer.value).filter((value): value is TAnswerValue => value !== null && value !== DONT_KNOW);
  if (given.length < 2) return null;
  const { spread, summary } = questionSpread(question, given, locale);
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
    whyItMatters: agenda.readings.get(question.id) ?? [],
  };
}

function modelWeight(item: QuestionDisagreement): number {
  return item.whyItMatters.reduce((total, reading) => total + reading.weight, 0);
}

function dimensionDisagreements(respondents: readonly RespondentResult[], labels: Map<string, string>, locale: Locale): DimensionDisagreement[] {
  const t = combinedText(locale);
  const one = (value: number) => (locale === "en" ? value.toFixed(1) : value.toFixed(1).replace(".", ","));
  return dimensionsIn(locale).flatMap((dimension) => {
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
        summary: low === high ? t("disagreement.everyScores", { value: one(low) }) : t("disagreement.dimensionRange", { low: one(low), high: one(high) }),
        informed: informed.length,
        notInformed: values.length - informed.length,
        values,
      },
    ];
  });
}

export function disagreementAgenda(respondents: readonly RespondentResult[], limit: number = DEFAULT_AGENDA_LENGTH, locale: Locale = DEFAULT_LOCALE): DisagreementAgenda {
  const labels = respondentLabels(respondents, locale);
  const agenda = agendaIn(locale);
  const order = new Map(agenda.sections.map(({ question }, index) => [question.id, index]));
  const questions = agenda.sections
    .map(({ question, section }) => questionDisagreement(question, section, respondents, labels, agenda, locale))
    .filter((item): item is QuestionDisagreement => item !== null && item.spread > 0)
    .sort((a, b) => b.spread - a.spread || modelWeight(b) - modelWeight(a) || (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  const dimensions = dimensionDisagreements(respondents, labels, locale)
    .filter((item) => item.spread > 0)
    .sort((a, b) => b.spread - a.spread);
  return {
    rule: disagreementRuleIn(locale),
    respondentCount: respondents.length,
    questionsWithDisagreement: questions.length,
    dimensionsWithDisagreement: dimensions.length,
    questions: questions.slice(0, limit),
    dimensions: dimensions.slice(0, limit),
  };
}
