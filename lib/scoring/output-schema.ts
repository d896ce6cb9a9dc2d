/**
 * The scoring output as a zod schema, for reading it back: a result stores its ScoringOutput as
 * JSON, and lib/results parses every stored output with this schema before anything uses it.
 * It reads the outputs of every kept model (2026.1 has no reasons, robustness or settling
 * points), and the compiler holds it to the ScoringOutput type in ./types.
 */
import { z } from "zod";
import { SOURCE_IDS } from "../sources/sources";
import { DIMENSION_IDS, STRUCTURE_IDS, type ScoringOutput } from "./types";

const ZStructure = z.enum(STRUCTURE_IDS);
const ZScores = z.object({ separate: z.number(), ctio: z.number(), cdo: z.number() });

/** The three scores alone, as the export reads them straight from the stored JSON. */
export const ZStoredScores = ZScores;
const ZAnswerValue = z.union([z.string(), z.number(), z.array(z.string())]);

const ZCitation = z.object({ source: z.enum(SOURCE_IDS), phrase: z.string(), location: z.string() });

const ZContribution = z.object({
  criterionId: z.string(),
  statement: z.string(),
  dimension: z.enum(DIMENSION_IDS),
  questionIds: z.array(z.string()),
  answerSummary: z.string(),
  reason: z.string().optional(),
  weight: z.number(),
  points: ZScores,
  favours: ZStructure.nullable(),
  citations: z.array(ZCitation),
});

const ZTippingPoint = z.object({
  changes: z.array(
    z.object({
      questionId: z.string(),
      questionLabel: z.string(),
      from: ZAnswerValue.nullable(),
      to: ZAnswerValue.nullable(),
      fromLabel: z.string(),
      toLabel: z.string(),
    }),
  ),
  size: z.number(),
  newRecommendation: ZStructure,
  newScores: ZScores,
  newShare: z.number().optional(),
});

const ZWeightTilt = z.object({ groupId: z.string(), label: z.string(), ratio: z.number() });
const ZAnswerTilt = z.object({ questionId: z.string(), questionLabel: z.string(), answerLabel: z.string(), share: z.number(), baseline: z.number() });
const ZAcceptability = z.object({
  wins: z.number(),
  centralWeights: z.record(z.string(), z.number()),
  heavier: z.array(ZWeightTilt),
  lighter: z.array(ZWeightTilt),
  answers: z.array(ZAnswerTilt),
});

export const ZRobustness = z.object({
  modelVersion: z.string(),
  draws: z.number().int().positive(),
  seed: z.string(),
  weightSpread: z.number(),
  structures: z.object({ separate: ZAcceptability, ctio: ZAcceptability, cdo: ZAcceptability }),
  drawnQuestionIds: z.array(z.string()),
});

export const ZScoringOutput = z.object({
  modelVersion: z.string(),
  questionnaireVersion: z.string(),
  recommended: ZStructure,
  scores: ZScores,
  ranking: z.array(ZStructure),
  margin: z.number(),
  coverage: z.number(),
  confidence: z.object({ level: z.enum(["high", "moderate", "low"]), rule: z.string(), reason: z.string() }),
  robustness: ZRobustness.optional(),
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), label: z.string(), value: z.number().nullable(), coverage: z.number() })),
  contributions: z.array(ZContribution),
  drivers: z.array(ZContribution),
  counterSignals: z.array(ZContribution),
  uninformed: z.array(z.object({ criterionId: z.string(), statement: z.string(), weight: z.number(), questionIds: z.array(z.string()) })),
  hireFirst: z.object({ role: z.enum(["cio", "cto", "ctio", "cdo"]), title: z.string(), reason: z.string(), citations: z.array(ZCitation) }),
  triggers: z.array(z.object({ id: z.string(), label: z.string(), fired: z.boolean(), explanation: z.string(), citations: z.array(ZCitation) })),
  tippingPoints: z.array(ZTippingPoint),
  settlingPoints: z.array(ZTippingPoint).optional(),
  content: z.object({
    summary: z.string(),
    ownership: z.array(z.object({ area: z.string(), owner: z.string(), note: z.string() })),
    mechanisms: z.array(z.object({ name: z.string(), description: z.string() })),
    kpis: z.array(z.object({ role: z.string(), metrics: z.array(z.string()) })),
    leadershipProfile: z.array(z.string()),
    revisitTriggers: z.array(z.string()),
    citations: z.array(ZCitation),
  }),
}) satisfies z.ZodType<ScoringOutput>;

/** Stored answers as they were accepted at submission: question ids to option ids, numbers or lists. */
export const ZStoredAnswers = z.record(z.string(), ZAnswerValue);
