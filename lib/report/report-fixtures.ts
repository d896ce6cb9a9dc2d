/** For tests and the benchmark: report models built from the scoring model's archetypes, plain and hostile. */
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES, type Archetype } from "../scoring/archetypes";
import { score } from "../scoring/score";
import { buildResultReport } from "./build-report";
import type { ReportModel } from "./model";

export const FIXED_DATE = new Date("2026-03-14T09:00:00.000Z");

/** 300 characters: markup, Markdown control characters, emoji, Arabic, accents, and one unbroken run. */
export const HOSTILE_COMPANY = (
  'Ünïcødé Café <script>alert("x")</script> *bold* _under_ [link](javascript:alert(1)) | pipe # hash ` tick 🚀🎉 ' +
  "شركة الاتصالات السعودية Zürich Łódź Ærø " +
  "Unbroken".repeat(40)
).slice(0, 300);

export const HOSTILE_RESPONDENT = "José <b>Ñúñez</b> 👩‍💼 محمد | *ceo* [x](y)";
export const HOSTILE_FIRM = "Müller & Söhne <img src=x onerror=alert(1)> Consulting";

export function archetype(id: string): Archetype {
  const found = ARCHETYPES.find((item) => item.id === id);
  if (!found) throw new Error(`No archetype ${id}`);
  return found;
}

export function archetypeReport(
  id: string,
  details: { organizationName?: string | null; respondentName?: string | null; consultantFirmName?: string | null } = {},
): ReportModel {
  const chosen = archetype(id);
  return buildResultReport({
    resultId: `result-${id}`,
    submittedAt: "2026-03-12T10:00:00.000Z",
    output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers: chosen.answers }),
    answers: chosen.answers,
    organizationName: details.organizationName === undefined ? chosen.name : details.organizationName,
    respondentName: details.respondentName === undefined ? "Ada Example" : details.respondentName,
    respondentRole: "ceo",
    consultantFirmName: details.consultantFirmName === undefined ? "Example Advisory" : details.consultantFirmName,
    generatedAt: FIXED_DATE,
  });
}

export function hostileReport(id = "regional_bank"): ReportModel {
  return archetypeReport(id, { organizationName: HOSTILE_COMPANY, respondentName: HOSTILE_RESPONDENT, consultantFirmName: HOSTILE_FIRM });
}
