/**
 * Reports of stored results: the one place that turns a stored result into the report's input,
 * and the loaders every report view goes through (the result's print page and downloads, a
 * share link, an organization's combined report). Access is the query's: a result through
 * findViewableResult, an organization through findOrganizationRespondents.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import type { Locale } from "../i18n/locales";
import { buildOrganizationReport } from "../report/build-organization-report";
import { buildResultReport, type ResultReportInput } from "../report/build-report";
import type { ReportModel } from "../report/model";
import { findFirmBranding, findSharedResult, findViewableResult, type FirmBranding } from "./queries";
import type { StoredResult } from "./read-model";
import { findOrganizationRespondents, findSharedEngagementRespondents, type OrganizationRespondents, type RespondentScope } from "./respondents";

export interface ReportOptions {
  generatedAt?: Date;
  /** The report's language; English when not given. */
  locale?: Locale;
}

export function resultReportInput(result: StoredResult, branding: FirmBranding, options: ReportOptions = {}): ResultReportInput {
  return {
    resultId: result.id,
    submittedAt: result.createdAt,
    output: result.output,
    answers: result.answers,
    organizationName: result.details.organizationName ?? null,
    respondentName: result.details.respondentName ?? null,
    respondentRole: result.details.respondentRole ?? null,
    // Only an organization's consultants review a result; one outside any organization carries the model's word alone.
    review: result.organizationId === null ? null : result.review,
    ...branding,
    generatedAt: options.generatedAt,
    locale: options.locale,
  };
}

/**
 * The view model of a result's own page (the respondent's, the review page): the report every
 * other view renders, without the consulting firm's branding, which only the documents carry.
 */
export function resultView(result: StoredResult, locale?: Locale): ReportModel {
  return buildResultReport(resultReportInput(result, { consultantFirmName: null, consultantFirmLogo: null }, { locale }));
}

export async function reportOfResult(result: StoredResult, options: ReportOptions = {}): Promise<ReportModel> {
  return buildResultReport(resultReportInput(result, await findFirmBranding(result.organizationId), options));
}

/** The report of a result the actor may view: the respondent, the organization's consultants, administrators; 404 for everyone else. */
export async function loadResultReport(actor: Actor, resultId: string, options: ReportOptions = {}): Promise<ReportModel> {
  return reportOfResult(await findViewableResult(actor, resultId), options);
}

/** The report a working share link names, or null when its result is gone; the link was checked by the caller. */
export async function loadSharedResultReport(resultId: string, options: ReportOptions = {}): Promise<ReportModel | null> {
  const result = await findSharedResult(resultId);
  return result ? reportOfResult(result, options) : null;
}

function organizationReportOf({ organization, weights, respondents }: OrganizationRespondents, branding: FirmBranding, options: ReportOptions): ReportModel {
  return buildOrganizationReport({
    organizationName: organization.name,
    ...branding,
    roleWeights: weights,
    respondents: respondents.map((respondent) => ({
      resultId: respondent.resultId,
      name: respondent.name,
      role: respondent.role,
      submittedAt: respondent.submittedAt,
      answers: respondent.answers,
      output: respondent.output,
      override: respondent.override ?? null,
    })),
    generatedAt: options.generatedAt,
    locale: options.locale,
  });
}

/** The organization's combined report, with its current role weights; a conflict when no respondent carries weight. */
export async function loadOrganizationReport(actor: Actor, organizationId: string, options: ReportOptions & RespondentScope = {}): Promise<ReportModel> {
  const team = await findOrganizationRespondents(actor, organizationId, { engagementId: options.engagementId });
  return organizationReportOf(team, await findFirmBranding(team.organization.id), options);
}

/** The engagement's combined report a working share link names, or null when it is gone; the link was checked by the caller. */
export async function loadSharedEngagementReport(organizationId: string, engagementId: string, options: ReportOptions = {}): Promise<ReportModel | null> {
  const team = await findSharedEngagementRespondents(organizationId, engagementId);
  return team ? organizationReportOf(team, await findFirmBranding(team.organization.id), options) : null;
}
