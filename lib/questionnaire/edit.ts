/** Applies one edit from a form to an answer set, with the same rules the server enforces. */
import { answerSchema } from "./answers";
import type { TAnswerValue, TAnswers, TQuestion } from "./schema";

/** A raw edit: a value to validate, `undefined` to clear the answer, or text a number field could not read. */
export type RawAnswer = TAnswerValue | undefined | { unreadable: string };

export type EditOutcome = { ok: true; answers: TAnswers } | { ok: false; error: string };

export function applyAnswer(answers: TAnswers, question: TQuestion, raw: RawAnswer): EditOutcome {
  if (raw !== undefined && typeof raw === "object" && !Array.isArray(raw)) {
    const unit = question.type === "number" ? question.unit : "units";
    return { ok: false, error: `Enter a number of ${unit}, using digits only.` };
  }
  const next = { ...answers };
  if (raw === undefined) {
    delete next[question.id];
    return { ok: true, answers: next };
  }
  const parsed = answerSchema(question).safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "This answer is not valid." };
  next[question.id] = parsed.data;
  return { ok: true, answers: next };
}
