/**
 * Reports of stored results: the one place that turns a stored result into the report's input,
 * and the loaders every report view goes through (the result's print page and downloads, a
 * share link, an organization's combined report). Access is the query's: a result through
 * findViewableResult, an organization through findOrganizationRespondents.
 */
import "server-only";
import type { Actor } from "../auth/actor";
import { buildOrganizationReport } from "../report/build-organization-report";
import { buildResultReport, type ResultReportInput } from "../report/build-report";
import type { ReportModel } from "../report/model";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { findReportOrganization, findSharedResult, findViewableResult, type FirmBranding, type ReportOrganization } from "./queries";
import type { StoredResult } from "./read-model";
import { findOrganizationRespondents, findSharedEngagementRespondents, type OrganizationRespondents, type RespondentScope } from "./respondents";

export interface ReportOptions {
  generatedAt?: Date;
  /** The language chosen on export; without one, the organization's language, else `fallbackLocale`. */
  locale?: Locale;
  /** The reader's own language: for a result outside any organization, when none is chosen. */
  fallbackLocale?: Locale;
}

/** The language a report is made in: the one chosen on export, else the organization's, else the reader's. */
export function reportLocale(options: ReportOptions, organization: ReportOrganization): Locale {
  return options.locale ?? organization.language ?? options.fallbackLocale ?? DEFAULT_LOCALE;
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
    locale: options.locale ?? DEFAULT_LOCALE,
  };
}

/**
 * The view model of a result's own page (the respondent's, the review page): the report every
 * other view renders, without the consulting firm's branding, which only the documents carry.
 */
export function resultView(result: StoredResult, locale: Locale): ReportModel {
  return buildResultReport(resultReportInput(result, { consultantFirmName: null, consultantFirmLogo: null }, { locale }));
}

export async function reportOfResult(result: StoredResult, options: ReportOptions = {}): Promise<ReportModel> {
  const organization = await findReportOrganization(result.organizationId);
  return buildResultReport(resultReportInput(result, organization.branding, { ...options, locale: reportLocale(options, organization) }));
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

function organizationReportOf({ organization, weights, respondents }: OrganizationRespondents, owner: ReportOrganization, options: ReportOptions): ReportModel {
  return buildOrganizationReport({
    organizationName: organization.name,
    ...owner.branding,
    locale: reportLocale(options, owner),
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
  });
}

/** The organization's combined report, with its current role weights; a conflict when no respondent carries weight. */
export async function loadOrganizationReport(actor: Actor, organizationId: string, options: ReportOptions & RespondentScope = {}): Promise<ReportModel> {
  const team = await findOrganizationRespondents(actor, organizationId, { engagementId: options.engagementId });
  return organizationReportOf(team, await findReportOrganization(team.organization.id), options);
}

/** The engagement's combined report a working share link names, or null when it is gone; the link was checked by the caller. */
export async function loadSharedEngagementReport(organizationId: string, engagementId: string, options: ReportOptions = {}): Promise<ReportModel | null> {
  const team = await findSharedEngagementRespondents(organizationId, engagementId);
  return team ? organizationReportOf(team, await findReportOrganization(team.organization.id), options) : null;
}
