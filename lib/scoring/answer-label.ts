/** Answers as a person would say them, for contributions, tipping points and reports. */
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "../questionnaire/schema";

function optionLabel(question: TQuestion, id: string): string {
  return "options" in question ? (question.options.find((option) => option.id === id)?.label ?? id) : id;
}

export function answerLabel(question: TQuestion, value: TAnswerValue | null | undefined): string {
  if (value === undefined || value === null) return "Not answered";
  if (value === DONT_KNOW) return "Don't know";
  switch (question.type) {
    case "single":
      return typeof value === "string" ? optionLabel(question, value) : String(value);
    case "multi":
      return Array.isArray(value) ? value.map((id) => optionLabel(question, id)).join(", ") : String(value);
    case "number":
      return typeof value === "number" ? `${value.toLocaleString("en-US")} ${question.unit}` : String(value);
    case "scale":
      return typeof value === "number" ? `${value} of 5 (1 = ${question.minLabel}, 5 = ${question.maxLabel})` : String(value);
  }
}
