import type { TQuestionnaire } from "@/lib/questionnaire/schema";

export interface Step {
  id: string;
  title: string;
  description: string;
}

/** "About you", one step per section, then the review. */
export function stepsFor(questionnaire: TQuestionnaire): Step[] {
  return [
    { id: "about", title: "About you", description: "Who is answering and for which company. All optional; they appear on your report." },
    ...questionnaire.sections.map(({ id, title, description }) => ({ id, title, description })),
    { id: "review", title: "Review and submit", description: "Check your answers. You can change any of them before you submit." },
  ];
}

export function stepIndex(steps: Step[], id: string | null | undefined): number {
  const index = steps.findIndex((step) => step.id === id);
  return index < 0 ? 0 : index;
}
