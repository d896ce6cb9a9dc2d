/**
 * Submitted results written straight into the database, many at a time, for the results-table
 * tests and the portfolio seed. Every derived column comes from the same functions a real
 * submission uses (score, resultColumns); only the choice of answers, names and dates is the
 * caller's. Takes the Prisma client as an argument so scripts can pass their own.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { resultColumns } from "../portfolio/result-columns";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import type { TAnswers } from "../questionnaire/schema";
import { score } from "../scoring";
import type { ScoringOutput, StructureId } from "../scoring/types";
import type { ReviewStatus } from "../validation/portfolio";

export interface SyntheticOrganization {
  id: string;
  name: string;
  industry: string | null;
  sizeBand: string | null;
}

export interface ScoredAnswers {
  answers: TAnswers;
  output: ScoringOutput;
}

export interface SyntheticResult {
  /** Null for an assessment taken without an organization (never in a consultant's table). */
  organization: SyntheticOrganization | null;
  scored: ScoredAnswers;
  /** The company name the respondent typed; the table shows the organization's own name when there is one. */
  organizationName?: string | null;
  respondentName?: string | null;
  respondentRole?: string | null;
  createdAt?: Date;
  reviewStatus?: ReviewStatus;
  override?: { recommendation: StructureId; justification: string; byUserId: string } | null;
}

/** Scored exactly as a submission is scored (tipping points included), so the stored output is realistic. */
export function scoreAnswers(answers: TAnswers): ScoredAnswers {
  return { answers, output: score({ questionnaireVersion: QUESTIONNAIRE.version, answers }) };
}

/** A result's id; random like a cuid, so ties on the sort value are broken in no particular order of insertion. */
function newId(): string {
  return `r${randomUUID().replace(/-/g, "")}`;
}

export interface SyntheticRows {
  id: string;
  assessment: Prisma.AssessmentCreateManyInput;
  result: Prisma.ResultCreateManyInput;
}

/** The Assessment and Result rows of one synthetic result, column by column. */
export function syntheticRows(result: SyntheticResult): SyntheticRows {
  const { answers, output } = result.scored;
  const createdAt = result.createdAt ?? new Date();
  const details = {
    organizationName: result.organizationName ?? result.organization?.name ?? null,
    respondentName: result.respondentName ?? null,
    respondentRole: result.respondentRole ?? null,
  };
  const columns = resultColumns({
    answers,
    output,
    details: { organizationName: details.organizationName ?? undefined, respondentName: details.respondentName ?? undefined },
    organization: result.organization,
  });
  const id = newId();
  const assessmentId = newId();
  const json = answers as Prisma.InputJsonValue;
  return {
    id,
    assessment: {
      id: assessmentId,
      resumeTokenHash: createHash("sha256").update(randomUUID()).digest("base64url"),
      questionnaireVersion: QUESTIONNAIRE.version,
      answers: json,
      ...details,
      organizationId: result.organization?.id ?? null,
      revision: 1,
      submittedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    },
    result: {
      id,
      assessmentId,
      idempotencyKey: randomUUID(),
      questionnaireVersion: QUESTIONNAIRE.version,
      modelVersion: output.modelVersion,
      answers: json,
      ...details,
      recommendation: output.recommended,
      confidence: output.confidence.level,
      output: output as unknown as Prisma.InputJsonValue,
      createdAt,
      ...columns,
      reviewStatus: result.reviewStatus ?? "new",
      ...(result.override
        ? {
            overrideRecommendation: result.override.recommendation,
            overrideJustification: result.override.justification,
            overriddenById: result.override.byUserId,
            overriddenAt: createdAt,
            recommendationInForce: result.override.recommendation,
          }
        : {}),
    },
  };
}

/**
 * Inserts the results (and their submitted assessments) in one transaction; returns the result
 * ids in order. Through Prisma each large output costs tens of milliseconds, so the portfolio
 * seed writes syntheticRows through the driver adapter instead.
 */
export async function insertSyntheticResults(client: PrismaClient, results: SyntheticResult[]): Promise<string[]> {
  if (results.length === 0) return [];
  const built = results.map(syntheticRows);
  // Thousands of rows on a busy machine outlast Prisma's default 5 s transaction limit.
  await client.$transaction(
    async (tx) => {
      await tx.assessment.createMany({ data: built.map((row) => row.assessment) });
      await tx.result.createMany({ data: built.map((row) => row.result) });
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  return built.map((row) => row.id);
}

/** A client organization with a profile, as a consultant would create it. */
export async function createSyntheticOrganization(
  client: PrismaClient,
  profile: { name: string; industry?: string | null; sizeBand?: string | null },
): Promise<SyntheticOrganization> {
  return client.organization.create({
    data: { name: profile.name, industry: profile.industry ?? null, sizeBand: profile.sizeBand ?? null },
    select: { id: true, name: true, industry: true, sizeBand: true },
  });
}
