/**
 * What the read-only API returns, built from the services' values field by field, so an internal
 * field added later never reaches API clients unannounced. Pure: unit-tested without a database.
 */
import type { TAnswerValue } from "../questionnaire/schema";
import type { Reviewer } from "../report/review";
import { robustnessOfStored } from "../scoring/stored";
import { STRUCTURE_IDS, type Contribution, type Robustness, type ScoringOutput, type StructureAcceptability, type StructureId } from "../scoring/types";
import type { ReviewedResult } from "../services/read-api";
import type { ResultRow } from "../services/results-table";
import type { TApiContribution, TApiOrganization, TApiResult, TApiResultRow, TApiRobustness, TApiScore } from "./schemas";

export function toApiResultRow(row: ResultRow): TApiResultRow {
  return {
    id: row.id,
    organizationId: row.organizationId,
    clientName: row.clientName,
    respondentName: row.respondentName,
    respondentRole: row.respondentRole,
    recommendation: row.recommendation,
    overrideRecommendation: row.overrideRecommendation,
    recommendationInForce: row.overrideRecommendation ?? row.recommendation,
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
    reason: contribution.reason ?? null,
    weight: contribution.weight,
    points: { separate: contribution.points.separate, ctio: contribution.points.ctio, cdo: contribution.points.cdo },
    favours: contribution.favours,
    citations: contribution.citations.map((citation) => ({ source: citation.source, phrase: citation.phrase, location: citation.location })),
  };
}

function toApiAcceptability(entry: StructureAcceptability, draws: number) {
  return {
    wins: entry.wins,
    share: Math.round((entry.wins / draws) * 10_000) / 10_000,
    centralWeights: { ...entry.centralWeights },
    heavier: entry.heavier.map((tilt) => ({ groupId: tilt.groupId, label: tilt.label, ratio: tilt.ratio })),
    lighter: entry.lighter.map((tilt) => ({ groupId: tilt.groupId, label: tilt.label, ratio: tilt.ratio })),
    answers: entry.answers.map((tilt) => ({ questionId: tilt.questionId, questionLabel: tilt.questionLabel, answerLabel: tilt.answerLabel, share: tilt.share, baseline: tilt.baseline })),
  };
}

export function toApiRobustness(robustness: Robustness, measuredLater: boolean): TApiRobustness {
  const structures = Object.fromEntries(STRUCTURE_IDS.map((id) => [id, toApiAcceptability(robustness.structures[id], robustness.draws)])) as Record<StructureId, ReturnType<typeof toApiAcceptability>>;
  return {
    modelVersion: robustness.modelVersion,
    draws: robustness.draws,
    seed: robustness.seed,
    weightSpread: robustness.weightSpread,
    structures,
    drawnQuestionIds: [...robustness.drawnQuestionIds],
    measuredLater,
  };
}

/** POST /api/v1/score's body: the model's output as it stands, its robustness in the documented shape. */
export function toApiScore(output: ScoringOutput): TApiScore {
  return { ...output, robustness: output.robustness ? toApiRobustness(output.robustness, false) : null };
}

/** A consultant as the API names them: their name, or their email when they gave none. */
function personName(person: Reviewer | null): string | null {
  return person ? person.name?.trim() || person.email : null;
}

export function toApiResult(source: ReviewedResult): TApiResult {
  const { output } = source;
  const { override } = source.review;
  return {
    id: source.id,
    organizationId: source.organizationId,
    organizationName: source.organizationName,
    respondentName: source.details.respondentName ?? null,
    respondentRole: source.details.respondentRole ?? null,
    createdAt: source.createdAt,
    questionnaireVersion: source.questionnaireVersion,
    modelVersion: source.modelVersion,
    reviewStatus: source.review.status,
    reviewedBy: personName(source.review.statusBy),
    reviewedAt: source.review.statusAt,
    answers: Object.fromEntries(Object.entries(source.answers).filter((entry): entry is [string, TAnswerValue] => entry[1] !== undefined)),
    recommendation: output.recommended,
    recommendationInForce: source.review.override?.recommendation ?? output.recommended,
    scores: { separate: output.scores.separate, ctio: output.scores.ctio, cdo: output.scores.cdo },
    ranking: output.ranking,
    margin: output.margin,
    coverage: output.coverage,
    confidence: { level: output.confidence.level, reason: output.confidence.reason, rule: output.confidence.rule },
    robustness: robustnessOf(source),
    override: override
      ? { recommendation: override.recommendation, justification: override.justification, overriddenAt: override.overriddenAt, overriddenBy: personName(override.by) }
      : null,
    dimensions: output.dimensions.map((dimension) => ({ id: dimension.id, label: dimension.label, value: dimension.value, coverage: dimension.coverage })),
    drivers: output.drivers.map(toApiContribution),
    counterSignals: output.counterSignals.map(toApiContribution),
  };
}

function robustnessOf(source: ReviewedResult): TApiRobustness | null {
  const robustness = robustnessOfStored(source);
  return robustness ? toApiRobustness(robustness, source.output.robustness === undefined) : null;
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
