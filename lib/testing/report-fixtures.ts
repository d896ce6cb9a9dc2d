/** For tests and the benchmark: report models built from the scoring model's archetypes, plain and hostile, for one result or an organization. */
import type { Locale } from "../i18n/locales";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ARCHETYPES, type Archetype } from "../scoring/archetypes";
import { score } from "../scoring/score";
import { readRoleWeights } from "../validation/aggregation";
import { buildOrganizationReport, type OrganizationReportInput } from "../report/build-organization-report";
import { buildResultReport } from "../report/build-report";
import type { ReportModel } from "../report/model";
import type { ResultReview } from "../report/review";
import type { StructureId } from "../scoring/types";

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
  details: {
    organizationName?: string | null;
    respondentName?: string | null;
    consultantFirmName?: string | null;
    consultantFirmLogo?: Uint8Array | null;
    review?: ResultReview | null;
    locale?: Locale;
  } = {},
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
    consultantFirmLogo: details.consultantFirmLogo ?? null,
    review: details.review ?? null,
    generatedAt: FIXED_DATE,
    locale: details.locale,
  });
}

/** A review as a consultant leaves it: shared with the client, the model overridden to `recommendation` with a reason. */
export function overriddenReview(recommendation: StructureId, status: ResultReview["status"] = "shared"): ResultReview {
  return {
    status,
    statusBy: { name: "Lee Park", email: "lee.park@example.com" },
    statusAt: "2026-03-13T16:00:00.000Z",
    override: {
      recommendation,
      justification: "The board has already appointed two strong peers and wants them to report to the CEO directly.",
      overriddenAt: "2026-03-13T15:30:00.000Z",
      by: { name: "Dana Whitfield", email: "dana.whitfield@example.com" },
    },
  };
}

export function hostileReport(id = "regional_bank"): ReportModel {
  return archetypeReport(id, { organizationName: HOSTILE_COMPANY, respondentName: HOSTILE_RESPONDENT, consultantFirmName: HOSTILE_FIRM });
}

/**
 * Respondents for an organization's combined report: neighbouring archetypes (so they mostly
 * but not wholly agree), every role including none, a name with accents and one in Arabic.
 */
const FIXTURE_RESPONDENTS: readonly { archetype: string; name: string; role: string | null }[] = [
  { archetype: "regional_bank", name: "Amira Haddad", role: "ceo" },
  { archetype: "insurer_ai", name: "Ben Ortiz", role: "cfo" },
  { archetype: "fintech_scaleup", name: "Chloé Martin", role: "technology_executive" },
  { archetype: "midsize_manufacturer_transforming", name: "Dmitri Volkov", role: "coo" },
  { archetype: "global_retailer", name: "Eun-ji Park", role: "board_member" },
  { archetype: "hospital_network", name: "فرح ناصر", role: "other_executive" },
  { archetype: "professional_services_firm", name: "Gustav Lind", role: "consultant" },
  { archetype: "industrial_conglomerate", name: "Hana Sato", role: null },
  { archetype: "enterprise_software_vendor", name: "Ines Duarte", role: "technology_executive" },
  { archetype: "public_agency", name: "Jonas Weber", role: "cfo" },
];

/** The chief executive counts double and the board one and a half, so the weights matter in every fixture. */
export const FIXTURE_ROLE_WEIGHTS = { ...readRoleWeights(null), ceo: 2, board_member: 1.5 };

export function organizationReportInput(
  respondents: number,
  details: { organizationName?: string; respondentName?: string; consultantFirmName?: string | null; consultantFirmLogo?: Uint8Array | null } = {},
): OrganizationReportInput {
  return {
    organizationName: details.organizationName ?? "Northwind Holdings",
    consultantFirmName: details.consultantFirmName === undefined ? "Example Advisory" : details.consultantFirmName,
    consultantFirmLogo: details.consultantFirmLogo ?? null,
    roleWeights: FIXTURE_ROLE_WEIGHTS,
    generatedAt: FIXED_DATE,
    respondents: Array.from({ length: respondents }, (_, index) => {
      const profile = FIXTURE_RESPONDENTS[index % FIXTURE_RESPONDENTS.length] ?? { archetype: "regional_bank", name: "Ada Example", role: "ceo" };
      const round = Math.floor(index / FIXTURE_RESPONDENTS.length);
      const answers = archetype(profile.archetype).answers;
      const name = index === 0 && details.respondentName !== undefined ? details.respondentName : round === 0 ? profile.name : `${profile.name} ${round + 1}`;
      return {
        resultId: `result-${index + 1}`,
        name,
        role: profile.role,
        submittedAt: new Date(Date.UTC(2026, 1, 1 + index, 10)).toISOString(),
        answers,
        output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers }),
      };
    }),
  };
}

/** An organization's combined report over `respondents` respondents (cycling through ten profiles). */
export function organizationReportFixture(respondents: number, details: Parameters<typeof organizationReportInput>[1] = {}): ReportModel {
  return buildOrganizationReport(organizationReportInput(respondents, details));
}
