/**
 * The reports the server's first PDF render worker lays out before it takes a download
 * (lib/report/render-pdf.ts). A fresh thread runs the layout's code cold and has shaped no text:
 * measured in one thread, its first report took about 1.1 s, the next ones 0.45 then 0.3 s as
 * the code warmed up. The sample is the archetype profile with the longest report (23 pages),
 * once in each of the app's languages, so the worker has also shaped each language's headings
 * and labels.
 */
import { LOCALES, type Locale } from "../i18n/locales";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES } from "../scoring/archetypes";
import { score } from "../scoring/score";
import { buildResultReport } from "./build-report";
import type { ReportModel } from "./model";

const WARM_UP_PROFILE = "public_agency";

export function warmUpReports(): ReportModel[] {
  return LOCALES.map(warmUpReport);
}

function warmUpReport(locale: Locale): ReportModel {
  const profile = ARCHETYPES.find((archetype) => archetype.id === WARM_UP_PROFILE);
  if (!profile) throw new Error(`The render workers' warm-up profile ${WARM_UP_PROFILE} is not among the archetypes.`);
  return buildResultReport({
    resultId: "warm-up",
    submittedAt: new Date().toISOString(),
    output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers: profile.answers }),
    answers: profile.answers,
    organizationName: profile.name,
    respondentName: null,
    respondentRole: "ceo",
    consultantFirmName: null,
    review: null,
    locale,
  });
}
