/**
 * The scoring model's vocabulary and output. The result page, the report, the API and the
 * tests are written against these types; results store ScoringOutput as JSON.
 */
import type { SourceId } from "../sources/sources";
import type { TAnswers, TAnswerValue } from "../questionnaire/schema";

export const STRUCTURE_IDS = ["separate", "ctio", "cdo"] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

/** The executive roles the structures are made of. */
export const CHART_ROLES = ["cdo", "cio", "cto", "ctio"] as const;
export type ChartRole = (typeof CHART_ROLES)[number];

export type StructureScores = Record<StructureId, number>;

export const DIMENSION_IDS = [
  "scale",
  "governance",
  "internal_estate",
  "product_intensity",
  "innovation_horizon",
  "speed_priority",
  "cross_cutting",
  "misalignment",
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export type ConfidenceLevel = "high" | "moderate" | "low";

/** A pointer into the evidence: a short phrase quoted from the source (at most 25 words). */
export interface Citation {
  source: SourceId;
  phrase: string;
  /** Where the phrase sits in the source, for example the heading it falls under. */
  location: string;
}

/** One criterion's share of the scores for a particular answer set. */
export interface Contribution {
  criterionId: string;
  statement: string;
  dimension: DimensionId;
  questionIds: string[];
  /** The answers read, as a person would say them ("1,200 employees", "Don't know"). */
  answerSummary: string;
  /**
   * Why this answer supports what it supports, written for the side of the scale the answer is on.
   * Absent in results scored before model 2027.1.
   */
  reason?: string;
  weight: number;
  /** Score points this criterion adds to each structure; over all contributions they sum to the scores. */
  points: StructureScores;
  /** The structure this criterion supports most for these answers, or null when it is neutral. */
  favours: StructureId | null;
  citations: Citation[];
}

export interface DimensionResult {
  id: DimensionId;
  label: string;
  /** 0-100: how strongly the answers express this dimension; null when nothing informed it. */
  value: number | null;
  /** Share of this dimension's weight the answers informed, 0 to 1. */
  coverage: number;
}

export interface AnswerChange {
  questionId: string;
  questionLabel: string;
  from: TAnswerValue | null;
  to: TAnswerValue | null;
  fromLabel: string;
  toLabel: string;
}

/** A change of one or two answers that would make the model recommend another structure. */
export interface TippingPoint {
  changes: AnswerChange[];
  /** How big the change is (sum over changes of steps on the answer's own scale); smaller first. */
  size: number;
  newRecommendation: StructureId;
  newScores: StructureScores;
  /** Share of the robustness draws the new recommendation wins, where it was measured (settling points). */
  newShare?: number;
}

export interface HireFirstAdvice {
  role: "cio" | "cto" | "ctio" | "cdo";
  title: string;
  reason: string;
  citations: Citation[];
}

export interface RestructureTrigger {
  id: string;
  label: string;
  fired: boolean;
  explanation: string;
  citations: Citation[];
}

export interface OwnershipRow {
  area: string;
  owner: string;
  note: string;
}

export interface Kpi {
  role: string;
  metrics: string[];
}

export interface RecommendationContent {
  summary: string;
  ownership: OwnershipRow[];
  mechanisms: { name: string; description: string }[];
  kpis: Kpi[];
  leadershipProfile: string[];
  revisitTriggers: string[];
  citations: Citation[];
}

/** A weight group that weighs more (ratio above 1) or less in one structure's winning draws than the model assumes. */
export interface WeightTilt {
  groupId: string;
  label: string;
  /** Mean weight of the group in the structure's winning draws, relative to the model's weight (1 = as the model assumes). */
  ratio: number;
}

/** An answer left open that one structure's winning draws drew more often than the others did. */
export interface AnswerTilt {
  questionId: string;
  questionLabel: string;
  answerLabel: string;
  /** Share of the structure's winning draws that drew this answer. */
  share: number;
  /** Share of all draws that drew it. */
  baseline: number;
}

/** One structure in the robustness analysis (SMAA-2): how often it wins, and with what weights. */
export interface StructureAcceptability {
  /** Draws in which it scores highest; over the three structures they add up to `draws`. */
  wins: number;
  /** SMAA-2 central weights: each weight group's mean weight in this structure's winning draws, relative to the model's; empty when it never wins. */
  centralWeights: Record<string, number>;
  /** What its winning draws have in common, strongest first. */
  heavier: WeightTilt[];
  lighter: WeightTilt[];
  answers: AnswerTilt[];
}

/**
 * How the recommendation holds when the model's uncertain parts vary: its weights, and the
 * answers left open. Seeded from the answers and the model version, so it is reproduced exactly.
 */
export interface Robustness {
  modelVersion: string;
  draws: number;
  /** 128-bit seed as hex: a hash of the model version and the answers. */
  seed: string;
  /** Each weight is drawn uniformly within this share of the model's weight, either way. */
  weightSpread: number;
  structures: Record<StructureId, StructureAcceptability>;
  /** Questions whose answers were drawn because they were left open or answered "Don't know". */
  drawnQuestionIds: string[];
}

export interface ScoringOutput {
  modelVersion: string;
  questionnaireVersion: string;
  recommended: StructureId;
  /** 0-100 each, one decimal. */
  scores: StructureScores;
  /** Structures from best to worst score. */
  ranking: StructureId[];
  /** Points between the recommended structure and the runner-up. */
  margin: number;
  /** Share of the total criterion weight the answers informed, 0 to 1. */
  coverage: number;
  confidence: { level: ConfidenceLevel; rule: string; reason: string };
  /** The robustness analysis behind the confidence. Absent in results scored before model 2027.1 (lib/scoring/stored.ts measures them on demand). */
  robustness?: Robustness;
  dimensions: DimensionResult[];
  /** Every informed criterion, largest contribution first. */
  contributions: Contribution[];
  /** Criteria that pushed the recommendation over the runner-up, largest first. */
  drivers: Contribution[];
  /** Criteria that point to another structure, largest first. */
  counterSignals: Contribution[];
  /** Criteria that no answer informed (unanswered or "don't know"), with their weight. */
  uninformed: { criterionId: string; statement: string; weight: number; questionIds: string[] }[];
  hireFirst: HireFirstAdvice;
  triggers: RestructureTrigger[];
  tippingPoints: TippingPoint[];
  /**
   * When the recommendation is not clear: the smallest answer changes after which it would win at
   * least the share of draws high confidence needs. With tippingPoints, what would tip it either way.
   */
  settlingPoints?: TippingPoint[];
  content: RecommendationContent;
}

export type ScoreInput = { questionnaireVersion: string; answers: TAnswers };
