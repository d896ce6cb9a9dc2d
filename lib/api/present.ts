/**
 * What the read-only API returns, built from the services' values field by field, so an internal
 * field added later never reaches API clients unannounced. Pure: unit-tested without a database.
 */
import type { TAnswerValue } from "../questionnaire/schema";
import type { Contribution } from "../scoring/types";
import type { ReviewedResult } from "../services/read-api";
import type { ResultRow } from "../services/results-table";
import type { TApiContribution, TApiOrganization, TApiResult, TApiResultRow } from "./schemas";

export function toApiResultRow(row: ResultRow): TApiResultRow {
  return {
    id: row.id,
    organizationId: row.organizationId,
    clientName: row.clientName,
    respondentName: row.respondentName,
    respondentRole: row.respondentRole,
    recommendation: row.recommendation,
    overrideRecommendation: row.overrideRecommendation,
    confidence: row.confidence,
    margin: row.margin,
    industry: row.industry,
    sizeBand: row.sizeBand,
    reviewStatus: row.reviewStatus,
    createdAt: row.createdAt,
  };
}

function toApiContribution(contribution: Contribution): TApiContribution {
  return {
    criterionId: contribution.criterionId,
    statement: contribution.statement,
    dimension: contribution.dimension,
    questionIds: contribution.questionIds,
    answerSummary: contribution.answerSummary,
    weight: contribution.weight,
    points: { separate: contribution.points.separate, ctio: contribution.points.ctio, cdo: contribution.points.cdo },
    favours: contribution.favours,
    citations: contribution.citations.map((citation) => ({ source: citation.source, phrase: citation.phrase, location: citation.location })),
  };
}

export function toApiResult(source: ReviewedResult): TApiResult {
  const { output } = source;
  return {
    id: source.id,
    organizationId: source.organizationId,
    organizationName: source.organizationName,
    respondentName: source.details.respondentName ?? null,
    respondentRole: source.details.respondentRole ?? null,
    createdAt: source.createdAt,
    questionnaireVersion: source.questionnaireVersion,
    modelVersion: source.modelVersion,
    reviewStatus: source.reviewStatus,
    answers: Object.fromEntries(Object.entries(source.answers).filter((entry): entry is [string, TAnswerValue] => entry[1] !== undefined)),
    recommendation: output.recommended,
    scores: { separate: output.scores.separate, ctio: output.scores.ctio, cdo: output.scores.cdo },
    ranking: output.ranking,
    margin: output.margin,
    coverage: output.coverage,
    confidence: { level: output.confidence.level, reason: output.confidence.reason },
    override: source.override,
    dimensions: output.dimensions.map((dimension) => ({ id: dimension.id, label: dimension.label, value: dimension.value, coverage: dimension.coverage })),
    drivers: output.drivers.map(toApiContribution),
    counterSignals: output.counterSignals.map(toApiContribution),
  };
}

export function toApiOrganization(organization: TApiOrganization): TApiOrganization {
  return {
    id: organization.id,
    name: organization.name,
    industry: organization.industry,
    sizeBand: organization.sizeBand,
    resultCount: organization.resultCount,
  };
}
