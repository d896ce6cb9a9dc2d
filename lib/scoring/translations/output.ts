/**
 * A stored result's text in another language. Results keep answers and scores by id, and their
 * explanation as English text written when they were scored; this writes that text again in the
 * reader's language from the same ids, answers and numbers, so one result reads in any language
 * and its numbers never change. English is the stored output itself.
 */
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import { answerLabel, questionLabel } from "../../questionnaire/labels";
import type { TAnswers, TAnswerValue, TQuestion } from "../../questionnaire/schema";
import { withoutSkippedAnswers } from "../../questionnaire/skip";
import { canReadVersion } from "../../questionnaire/versions";
import { confidenceFor } from "../confidence";
import type { Criterion } from "../criteria";
import { MODEL_VERSION, evaluateCriteria, type EvaluatedCriterion } from "../engine";
import { answerSummary, middleText, reasonFor } from "../explain";
import { hireFirstAdvice } from "../hire-first";
import { QUESTIONS } from "../questions";
import type { AnswerChange, AnswerTilt, Contribution, Robustness, ScoringOutput, StructureAcceptability, TippingPoint, WeightTilt } from "../types";
import { STRUCTURE_IDS } from "../types";
import { dimensionLabelIn, modelForVersionIn, recommendationContentIn, restructureTriggersIn } from "./localize";

export interface StoredText {
  output: ScoringOutput;
  answers: TAnswers;
}

const QUESTION_BY_ID = new Map<string, TQuestion>(QUESTIONS.map((question) => [question.id, question]));

/** What the localization of one result needs, worked out once. */
interface Context {
  locale: Locale;
  output: ScoringOutput;
  /** The answers as they were scored, or null for a questionnaire this server no longer reads. */
  answers: TAnswers | null;
  criteria: Map<string, Criterion>;
  /** The current model's evaluation of each criterion, by id; empty for a result an earlier model scored. */
  evaluated: Map<string, EvaluatedCriterion>;
}

function contextFor(stored: StoredText, locale: Locale): Context {
  const { output } = stored;
  const readable = canReadVersion(output.questionnaireVersion);
  const answers = readable ? withoutSkippedAnswers(QUESTIONNAIRE, stored.answers) : null;
  const model = modelForVersionIn(output.modelVersion, locale);
  // Only the current model's criteria carry reasons; the evaluation picks the reason's side.
  const evaluated =
    answers && output.modelVersion === MODEL_VERSION
      ? new Map(evaluateCriteria(answers).flatMap((entry) => (entry ? [[entry.criterion.id, entry] as const] : [])))
      : new Map<string, EvaluatedCriterion>();
  return { locale, output, answers, criteria: new Map((model?.criteria ?? []).map((criterion) => [criterion.id, criterion as Criterion])), evaluated };
}

function knowsQuestions(ids: readonly string[]): boolean {
  return ids.every((id) => QUESTION_BY_ID.has(id));
}

function contribution(context: Context, item: Contribution): Contribution {
  const criterion = context.criteria.get(item.criterionId);
  if (!criterion) return item;
  const entry = context.evaluated.get(item.criterionId);
  const reason = item.reason !== undefined && entry ? (reasonFor(criterion, entry)?.text ?? middleText(criterion, entry, context.locale)) : item.reason;
  return {
    ...item,
    statement: criterion.statement,
    answerSummary: context.answers && knowsQuestions(criterion.questionIds) ? answerSummary(criterion, context.answers, context.locale) : item.answerSummary,
    ...(reason === undefined ? {} : { reason }),
  };
}

function label(question: TQuestion | undefined, value: TAnswerValue | null, fallback: string, locale: Locale): string {
  return question ? answerLabel(question, value, locale) : fallback;
}

function answerChange(change: AnswerChange, locale: Locale): AnswerChange {
  const question = QUESTION_BY_ID.get(change.questionId);
  return {
    ...change,
    questionLabel: question ? questionLabel(question, locale) : change.questionLabel,
    fromLabel: label(question, change.from, change.fromLabel, locale),
    toLabel: label(question, change.to, change.toLabel, locale),
  };
}

function tippingPoint(point: TippingPoint, locale: Locale): TippingPoint {
  return { ...point, changes: point.changes.map((change) => answerChange(change, locale)) };
}

/** The drawn answer a tilt names, found again from its English label, since the tilt keeps only labels. */
function answerTilt(tilt: AnswerTilt, locale: Locale): AnswerTilt {
  const question = QUESTION_BY_ID.get(tilt.questionId);
  if (!question) return tilt;
  const values: TAnswerValue[] =
    question.type === "single" ? question.options.map((option) => option.id) : question.type === "scale" ? [1, 2, 3, 4, 5] : [];
  const value = values.find((candidate) => answerLabel(question, candidate) === tilt.answerLabel);
  return { ...tilt, questionLabel: questionLabel(question, locale), answerLabel: value === undefined ? tilt.answerLabel : answerLabel(question, value, locale) };
}

function robustness(context: Context, stored: Robustness): Robustness {
  const groups = new Map((modelForVersionIn(stored.modelVersion, context.locale)?.groups ?? []).map((group) => [group.id, group.label]));
  const weight = (tilt: WeightTilt): WeightTilt => ({ ...tilt, label: groups.get(tilt.groupId) ?? tilt.label });
  const structure = (entry: StructureAcceptability): StructureAcceptability => ({
    ...entry,
    heavier: entry.heavier.map(weight),
    lighter: entry.lighter.map(weight),
    answers: entry.answers.map((tilt) => answerTilt(tilt, context.locale)),
  });
  return {
    ...stored,
    structures: Object.fromEntries(STRUCTURE_IDS.map((id) => [id, structure(stored.structures[id])])) as Robustness["structures"],
  };
}

function confidence(context: Context): ScoringOutput["confidence"] {
  const { output, locale } = context;
  if (!output.robustness) return output.confidence;
  const written = confidenceFor(output.recommended, output.robustness, output.coverage, locale);
  // The level is the stored one; text is only rewritten where it describes that level.
  return written.level === output.confidence.level ? { ...output.confidence, rule: written.rule, reason: written.reason } : output.confidence;
}

export function outputIn(stored: StoredText, locale: Locale): ScoringOutput {
  if (locale === DEFAULT_LOCALE) return stored.output;
  const context = contextFor(stored, locale);
  const { output, answers } = context;
  const triggers = answers ? new Map(restructureTriggersIn(answers, locale).map((trigger) => [trigger.id, trigger])) : new Map();
  const hireFirst = answers ? hireFirstAdvice(output.recommended, answers, output.dimensions, locale) : null;
  const each = (items: Contribution[]) => items.map((item) => contribution(context, item));
  return {
    ...output,
    confidence: confidence(context),
    ...(output.robustness ? { robustness: robustness(context, output.robustness) } : {}),
    dimensions: output.dimensions.map((dimension) => ({ ...dimension, label: dimensionLabelIn(dimension.id, locale) })),
    contributions: each(output.contributions),
    drivers: each(output.drivers),
    counterSignals: each(output.counterSignals),
    // Advice the current rules would give otherwise stays as it was stored, in English, rather than change.
    hireFirst: hireFirst && hireFirst.role === output.hireFirst.role ? hireFirst : output.hireFirst,
    uninformed: output.uninformed.map((item) => ({ ...item, statement: context.criteria.get(item.criterionId)?.statement ?? item.statement })),
    triggers: output.triggers.map((trigger) => {
      const written = triggers.get(trigger.id);
      return written ? { ...trigger, label: written.label, explanation: written.explanation } : trigger;
    }),
    tippingPoints: output.tippingPoints.map((point) => tippingPoint(point, locale)),
    ...(output.settlingPoints ? { settlingPoints: output.settlingPoints.map((point) => tippingPoint(point, locale)) } : {}),
    content: recommendationContentIn(output.recommended, locale),
  };
}
