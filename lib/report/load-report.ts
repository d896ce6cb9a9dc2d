/**
 * Loads the report of one stored result for an actor. Access goes through getViewableResult,
 * the same rule as the result page (the respondent, the organization's consultants,
 * administrators; 404 for everyone else): nothing here reads a result any other way.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getViewableResult } from "../services/workspace";
import { buildResultReport } from "./build-report";
import type { ReportModel } from "./model";

/** The consulting firm named on the organization, read only after access to its result was granted. */
async function consultantFirmName(organizationId: string | null): Promise<string | null> {
  if (organizationId === null) return null;
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { consultantFirmName: true } });
  return organization?.consultantFirmName ?? null;
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
    consultantFirmName: await consultantFirmName(result.organizationId),
    generatedAt: options.generatedAt,
  });
}
