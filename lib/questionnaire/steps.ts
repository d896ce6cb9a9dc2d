import type { TAnswers, TQuestionnaire } from "./schema";

export interface Step {
  id: string;
  title: string;
  description: string;
}

export interface StepText {
  title: string;
  description: string;
}

/** The two steps around the sections, in English; the page passes them in the reader's language. */
export const FRAME_STEPS_EN: { about: StepText; review: StepText } = {
  about: { title: "About you", description: "Who is answering and for which company. All optional; they appear on your report." },
  review: { title: "Review and submit", description: "Check your answers. You can change any of them before you submit." },
};

/** "About you", one step per section, then the review. */
export function stepsFor(questionnaire: TQuestionnaire, frame: { about: StepText; review: StepText } = FRAME_STEPS_EN): Step[] {
  return [{ id: "about", ...frame.about }, ...questionnaire.sections.map(({ id, title, description }) => ({ id, title, description })), { id: "review", ...frame.review }];
}

export function stepIndex(steps: Step[], id: string | null | undefined): number {
  const index = steps.findIndex((step) => step.id === id);
  return index < 0 ? 0 : index;
}

/**
 * Where a link without a step opens: the step the link names, or else the last section with an
 * answer, so a respondent coming back from the resume link picks up where they stopped.
 */
export function openingStepIndex(steps: Step[], questionnaire: TQuestionnaire, answers: TAnswers, requested: string | null): number {
  if (requested !== null && steps.some((step) => step.id === requested)) return stepIndex(steps, requested);
  let last = 0;
  steps.forEach((step, index) => {
    const section = questionnaire.sections.find((candidate) => candidate.id === step.id);
    if (section?.questions.some((question) => answers[question.id] !== undefined)) last = index;
  });
  return last;
}
