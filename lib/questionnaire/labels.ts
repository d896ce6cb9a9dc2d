/** Answers as a person would read them, for the review step, summaries and reports. */
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "./schema";

export const DONT_KNOW_LABEL = "Don't know";

export function answerLabel(question: TQuestion, value: TAnswerValue | null | undefined): string {
  if (value === undefined || value === null) return "Not answered";
  if (value === DONT_KNOW) return DONT_KNOW_LABEL;
  switch (question.type) {
    case "single":
      return question.options.find((option) => option.id === value)?.label ?? String(value);
    case "multi": {
      const ids = Array.isArray(value) ? value : [String(value)];
      return ids.map((id) => question.options.find((option) => option.id === id)?.label ?? id).join(", ");
    }
    case "number":
      return `${Number(value).toLocaleString("en-US")} ${question.unit}`;
    case "scale":
      return `${String(value)} of 5 (1 = ${question.minLabel}, 5 = ${question.maxLabel})`;
  }
}
