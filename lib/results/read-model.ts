/**
 * A stored result as every view reads it. The database keeps the answers and the scoring output
 * as JSON; they are parsed here, once, with the schemas the scoring model is held to, so a row
 * that no longer parses is one clear error naming the result instead of a crash deep in a page.
 * Pure: the queries in ./queries.ts hand it rows.
 */
import { z } from "zod";
import { DomainError } from "../errors";
import type { TAnswers } from "../questionnaire/schema";
import type { ResultReview, Reviewer } from "../report/review";
import { ZScoringOutput, ZStoredAnswers, ZStoredScores } from "../scoring/output-schema";
import { STRUCTURE_IDS, type ScoringOutput, type StructureId, type StructureScores } from "../scoring/types";
import type { TAssessmentDetails } from "../validation/assessment";
import { REVIEW_STATUSES, type ReviewStatus } from "../validation/portfolio";

export type { ResultOverride, ResultReview, Reviewer } from "../report/review";

export interface StoredResult {
  id: string;
  assessmentId: string;
  organizationId: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  questionnaireVersion: string;
  modelVersion: string;
  answers: TAnswers;
  /** The organization's current name when it has one, else the name the respondent typed. */
  details: TAssessmentDetails;
  /** The client's name as the results table lists and sorts it, copied at submission. */
  clientName: string;
  /** The account that answered, when there is one: who the respondent is when they gave no name. */
  respondentAccount: { name: string | null; email: string } | null;
  output: ScoringOutput;
  review: ResultReview;
}

/** The columns a StoredResult is read from; ./queries.ts selects exactly these. */
export interface StoredResultRow {
  id: string;
  createdAt: Date;
  questionnaireVersion: string;
  modelVersion: string;
  answers: unknown;
  output: unknown;
  organizationName: string | null;
  respondentName: string | null;
  respondentRole: string | null;
  clientName: string;
  reviewStatus: string;
  reviewStatusAt: Date | null;
  reviewStatusBy: Reviewer | null;
  overrideRecommendation: string | null;
  overrideJustification: string | null;
  overriddenAt: Date | null;
  overriddenBy: Reviewer | null;
  assessment: { id: string; organizationId: string | null; organization: { name: string } | null; user: { name: string | null; email: string } | null };
}

const ZReviewStatus = z.enum(REVIEW_STATUSES.map((status) => status.id) as [ReviewStatus, ...ReviewStatus[]]);
const ZOverrideRecommendation = z.enum(STRUCTURE_IDS).nullable();

function unreadable(resultId: string, part: string, error: z.ZodError): DomainError {
  const first = error.issues[0];
  const where = first ? `${[part, ...first.path.map(String)].join(".")}: ${first.message}` : part;
  return new DomainError("unreadable", "stored_result_unreadable", `Result ${resultId} is stored in a form this version of Rolefit cannot read (${where}).`);
}

function parsePart<T>(resultId: string, part: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unreadable(resultId, part, parsed.error);
  return parsed.data;
}

export function readStoredOutput(resultId: string, json: unknown): ScoringOutput {
  return parsePart(resultId, "output", ZScoringOutput, json);
}

export function readStoredAnswers(resultId: string, json: unknown): TAnswers {
  return parsePart(resultId, "answers", ZStoredAnswers, json);
}

/** The scores alone, as the database extracts them from the stored output as JSON text. */
export function readStoredScores(resultId: string, text: string | null): StructureScores {
  let json: unknown = text;
  try {
    json = text === null ? null : JSON.parse(text);
  } catch {
    // Text that is not JSON fails the schema below, which names the result.
  }
  return parsePart(resultId, "output.scores", ZStoredScores, json);
}

export function readRecommendation(resultId: string, value: string): StructureId {
  return parsePart(resultId, "recommendation", z.enum(STRUCTURE_IDS), value);
}

export function readReviewStatus(resultId: string, value: string): ReviewStatus {
  return parsePart(resultId, "reviewStatus", ZReviewStatus, value);
}

type ReviewColumns = Pick<StoredResultRow, "reviewStatus" | "overrideRecommendation" | "overrideJustification" | "overriddenAt"> &
  Partial<Pick<StoredResultRow, "reviewStatusAt" | "reviewStatusBy" | "overriddenBy">>;

export function readReview(resultId: string, row: ReviewColumns): ResultReview {
  const recommendation = parsePart(resultId, "overrideRecommendation", ZOverrideRecommendation, row.overrideRecommendation);
  return {
    status: readReviewStatus(resultId, row.reviewStatus),
    statusBy: row.reviewStatusBy ?? null,
    statusAt: row.reviewStatusAt?.toISOString() ?? null,
    override:
      recommendation === null
        ? null
        : { recommendation, justification: row.overrideJustification ?? "", overriddenAt: row.overriddenAt?.toISOString() ?? null, by: row.overriddenBy ?? null },
  };
}

/** The structure the client is advised to adopt: the consultant's override where there is one, else the model's. */
export function recommendationInForce(result: Pick<StoredResult, "output" | "review">): StructureId {
  return result.review.override?.recommendation ?? result.output.recommended;
}

export function readStoredResult(row: StoredResultRow): StoredResult {
  return {
    id: row.id,
    assessmentId: row.assessment.id,
    organizationId: row.assessment.organizationId,
    createdAt: row.createdAt.toISOString(),
    questionnaireVersion: row.questionnaireVersion,
    modelVersion: row.modelVersion,
    answers: readStoredAnswers(row.id, row.answers),
    details: {
      organizationName: row.assessment.organization?.name ?? row.organizationName ?? undefined,
      respondentName: row.respondentName ?? undefined,
      respondentRole: row.respondentRole ?? undefined,
    },
    clientName: row.clientName,
    respondentAccount: row.assessment.user,
    output: readStoredOutput(row.id, row.output),
    review: readReview(row.id, row),
  };
}
