/** The report's appendices: every answer as given, the methodology in brief, and the sources. */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { answerLabel } from "../questionnaire/labels";
import { questionnaireIn } from "../questionnaire/localize";
import type { TAnswers } from "../questionnaire/schema";
import { isQuestionShown } from "../questionnaire/skip";
import { robustnessMethod } from "../scoring/robustness-text";
import { CRITERIA } from "../scoring/criteria";
import { DIMENSIONS } from "../scoring/dimensions";
import { structuresIn } from "../scoring/translations/localize";
import { STRUCTURE_IDS, type ScoringOutput } from "../scoring/types";
import { SOURCE_IDS } from "../sources/sources";
import { sourceIn } from "../sources/translations";
import { percent, points } from "./format";
import type { ReportAnswerGroup, ReportMethodology, ReportSource } from "./model";

/**
 * Every question that applied to these answers, section by section, with the answer as a
 * person would say it. Questions skip logic hid are left out; answers to questions the
 * current questionnaire no longer asks are listed at the end by id rather than dropped.
 */
export function answerAppendix(answers: TAnswers, respondent: string | null, locale: Locale): ReportAnswerGroup {
  const known = new Set<string>();
  const sections = questionnaireIn(locale).sections.map((section) => ({
    title: section.title,
    items: section.questions
      .filter((question) => {
        known.add(question.id);
        return isQuestionShown(question, answers);
      })
      .map((question) => ({ question: question.label, answer: answerLabel(question, answers[question.id], locale) })),
  }));
  const unknown = Object.entries(answers).filter(([id, value]) => !known.has(id) && value !== undefined);
  if (unknown.length > 0) {
    sections.push({
      title: translator(locale, "Report")("appendix.noLongerAsked"),
      items: unknown.map(([id, value]) => ({ question: id, answer: Array.isArray(value) ? value.join(", ") : String(value) })),
    });
  }
  return { respondent, sections: sections.filter((section) => section.items.length > 0) };
}

/** How the model turns one set of answers into scores: the same for a result and for each respondent of an organization. */
export function scoringParagraphs(modelVersion: string, locale: Locale): string[] {
  const t = translator(locale, "Report");
  return [t("methodology.model", { modelVersion, criteria: CRITERIA.length, dimensions: DIMENSIONS.length }), t("methodology.support")];
}

export function structureDescriptions(locale: Locale): ReportMethodology["structures"] {
  const structures = structuresIn(locale);
  return STRUCTURE_IDS.map((id) => ({ name: structures[id].name, description: structures[id].description }));
}

export function methodologySummary(output: ScoringOutput, locale: Locale = DEFAULT_LOCALE): ReportMethodology {
  const t = translator(locale, "Report");
  return {
    paragraphs: [
      ...scoringParagraphs(output.modelVersion, locale),
      robustnessMethod(locale),
      t("methodology.drivers"),
      t("methodology.coverage", { questionnaireVersion: output.questionnaireVersion, coverage: percent(output.coverage, locale) }),
    ],
    confidenceRule: output.confidence.rule,
    structures: structureDescriptions(locale),
    dimensions: output.dimensions.map((dimension) => ({
      label: dimension.label,
      value: dimension.value === null ? t("methodology.notInformed") : t("methodology.outOf100", { value: points(dimension.value, locale) }),
      coverage: percent(dimension.coverage, locale),
    })),
  };
}

/** Titles and publishers stay as published; what each source contributes is in the report's language. */
export function sourceList(locale: Locale): ReportSource[] {
  return SOURCE_IDS.map((id) => ({ ...sourceIn(id, locale) }));
}
