/**
 * Loads the report of one stored result, or of an organization's combined view, for an actor.
 * A result's access goes through getViewableResult, the same rule as the result page (the
 * respondent, the organization's consultants, administrators; 404 for everyone else); an
 * organization's through getOrganizationRespondents, the rule of its combined view (its
 * consultants and administrators). Nothing here reads a result any other way.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getOrganizationRespondents } from "../services/organization-insights";
import { getViewableResult } from "../services/workspace";
import { buildOrganizationReport } from "./build-organization-report";
import { buildResultReport } from "./build-report";
import type { ReportModel } from "./model";

interface FirmBranding {
  consultantFirmName: string | null;
  consultantFirmLogo: Uint8Array | null;
}

/** The consulting firm named on the organization, and its logo, read only after access to the report was granted. */
async function firmBranding(organizationId: string | null): Promise<FirmBranding> {
  if (organizationId === null) return { consultantFirmName: null, consultantFirmLogo: null };
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { consultantFirmName: true, logo: { select: { bytes: true } } } });
  return { consultantFirmName: organization?.consultantFirmName ?? null, consultantFirmLogo: organization?.logo?.bytes ?? null };
}

export async function loadResultReport(actor: Actor, resultId: unknown, options: { generatedAt?: Date } = {}): Promise<ReportModel> {
  const result = await getViewableResult(actor, resultId);
  return buildResultReport({
    resultId: result.id,
    submittedAt: result.createdAt,
    output: result.output,
    answers: result.answers,
    organizationName: result.details.organizationName ?? null,
    respondentName: result.details.respondentName ?? null,
    respondentRole: result.details.respondentRole ?? null,
    ...(await firmBranding(result.organizationId)),
    generatedAt: options.generatedAt,
  });
}

/** The organization's combined report, with its current role weights; 409 when no respondent carries weight. */
export async function loadOrganizationReport(actor: Actor, organizationId: unknown, options: { generatedAt?: Date } = {}): Promise<ReportModel> {
  const { organization, weights, respondents } = await getOrganizationRespondents(actor, organizationId);
  return buildOrganizationReport({
    organizationName: organization.name,
    ...(await firmBranding(organization.id)),
    roleWeights: weights,
    respondents: respondents.map((respondent) => ({
      resultId: respondent.resultId,
      name: respondent.name,
      role: respondent.role,
      submittedAt: respondent.submittedAt,
      answers: respondent.answers,
      output: respondent.output,
    })),
    generatedAt: options.generatedAt,
  });
}
