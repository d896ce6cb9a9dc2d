/** The report's appendices: every answer as given, the methodology in brief, and the sources. */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { answerLabel } from "../questionnaire/labels";
import type { TAnswers } from "../questionnaire/schema";
import { isQuestionShown } from "../questionnaire/skip";
import { ROBUSTNESS_METHOD } from "../scoring/robustness-text";
import { CRITERIA } from "../scoring/criteria";
import { DIMENSIONS } from "../scoring/dimensions";
import { STRUCTURES } from "../scoring/structures";
import { STRUCTURE_IDS, type ScoringOutput } from "../scoring/types";
import { SOURCES, SOURCE_IDS } from "../sources/sources";
import { percent, points } from "./format";
import type { ReportAnswerGroup, ReportMethodology, ReportSource } from "./model";

/**
 * Every question that applied to these answers, section by section, with the answer as a
 * person would say it. Questions skip logic hid are left out; answers to questions the
 * current questionnaire no longer asks are listed at the end by id rather than dropped.
 */
export function answerAppendix(answers: TAnswers, respondent: string | null): ReportAnswerGroup {
  const known = new Set<string>();
  const sections = QUESTIONNAIRE.sections.map((section) => ({
    title: section.title,
    items: section.questions
      .filter((question) => {
        known.add(question.id);
        return isQuestionShown(question, answers);
      })
      .map((question) => ({ question: question.label, answer: answerLabel(question, answers[question.id]) })),
  }));
  const unknown = Object.entries(answers).filter(([id, value]) => !known.has(id) && value !== undefined);
  if (unknown.length > 0) {
    sections.push({
      title: "Answers to questions no longer asked",
      items: unknown.map(([id, value]) => ({ question: id, answer: Array.isArray(value) ? value.join(", ") : String(value) })),
    });
  }
  return { respondent, sections: sections.filter((section) => section.items.length > 0) };
}

/** How the model turns one set of answers into scores: the same for a result and for each respondent of an organization. */
export function scoringParagraphs(modelVersion: string): string[] {
  return [
    `Rolefit scores the answers with model version ${modelVersion}: ${CRITERIA.length} criteria in ${DIMENSIONS.length} dimensions, each drawn from four published analyses of the CIO and CTO roles (Appendix C).`,
    "Each criterion gives every structure a support between 0 and 100 for the answer it reads; a structure's score is the weighted average of those supports over the criteria the answers informed. Questions left unanswered or answered \"Don't know\" count as evidence for nothing: they lower the coverage instead.",
  ];
}

export function structureDescriptions(): ReportMethodology["structures"] {
  return STRUCTURE_IDS.map((id) => ({ name: STRUCTURES[id].name, description: STRUCTURES[id].description }));
}

export function methodologySummary(output: ScoringOutput): ReportMethodology {
  return {
    paragraphs: [
      ...scoringParagraphs(output.modelVersion),
      ROBUSTNESS_METHOD,
      "Drivers are the criteria that put the recommended structure ahead of the runner-up; counter-signals are criteria that favour another structure. What would change the recommendation is found by trying every change of one or two answers and keeping the smallest that tip the result.",
      `The answers were given to questionnaire version ${output.questionnaireVersion} and informed ${percent(output.coverage)} of the criterion weight.`,
    ],
    confidenceRule: output.confidence.rule,
    structures: structureDescriptions(),
    dimensions: output.dimensions.map((dimension) => ({
      label: dimension.label,
      value: dimension.value === null ? "Not informed" : `${points(dimension.value)} of 100`,
      coverage: percent(dimension.coverage),
    })),
  };
}

export function sourceList(): ReportSource[] {
  return SOURCE_IDS.map((id) => ({ ...SOURCES[id] }));
}
