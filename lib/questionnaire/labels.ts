/** Answers as a person would read them: review step, contributions, tipping points, reports. */
import { DONT_KNOW, type TAnswerValue, type TQuestion } from "./schema";

export const DONT_KNOW_LABEL = "Don't know";

function optionLabel(question: TQuestion, id: string): string {
  return "options" in question ? (question.options.find((option) => option.id === id)?.label ?? id) : id;
}

/** "1 country", "1 business unit", "40% of revenue": the questionnaire's units are plural and spaced. */
function withUnit(value: number, unit: string): string {
  const singular = value === 1 ? unit.replace(/^people$/, "person").replace(/ies$/, "y").replace(/([^s])s$/, "$1") : unit;
  return unit.startsWith("%") ? `${value.toLocaleString("en-US")}${singular}` : `${value.toLocaleString("en-US")} ${singular}`;
}

export function answerLabel(question: TQuestion, value: TAnswerValue | null | undefined): string {
  if (value === undefined || value === null) return "Not answered";
  if (value === DONT_KNOW) return DONT_KNOW_LABEL;
  switch (question.type) {
    case "single":
      return typeof value === "string" ? optionLabel(question, value) : String(value);
    case "multi":
      return Array.isArray(value) ? value.map((id) => optionLabel(question, id)).join(", ") : String(value);
    case "number":
      return typeof value === "number" ? withUnit(value, question.unit) : String(value);
    case "scale":
      return typeof value === "number" ? `${value} of 5 (1 = ${question.minLabel}, 5 = ${question.maxLabel})` : String(value);
  }
}
