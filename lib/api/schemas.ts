/**
 * The API's responses as zod schemas: the one description that the routes' types, the OpenAPI
 * document (lib/api/openapi.ts) and the tests that validate real responses all share. Objects
 * are strict, so a field that leaks into a response fails the tests and is visible in the
 * document.
 */
import { z } from "zod";
import { answersSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { ZQuestionnaire } from "../questionnaire/schema";
import { ZScoringOutput } from "../scoring/output-schema";
import { STRUCTURE_IDS, DIMENSION_IDS } from "../scoring/types";
import { ZAssessmentDetails, ZResumeToken } from "../validation/assessment";
import { SOURCE_IDS } from "../sources/sources";
import { CONFIDENCE_LEVELS, RESULTS_COUNT_LIMIT, REVIEW_STATUSES } from "../validation/portfolio";

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id) as [string, ...string[]];

export const ZApiStructure = z.enum(STRUCTURE_IDS).describe("separate: a CIO and a CTO; ctio: one combined CTIO; cdo: a Chief Digital Officer over both.");
const ZApiConfidence = z.enum(ids(CONFIDENCE_LEVELS));
const ZApiReviewStatus = z.enum(ids(REVIEW_STATUSES)).describe("The consultants' progress: new, in_review, or shared (with the client).");
const ZTimestamp = z.iso.datetime().describe("ISO 8601, UTC.");

/** Answers keyed by question id, each typed by its question: as a draft may hold them, and as a result stores them. */
export const ZApiAnswers = answersSchema(QUESTIONNAIRE, "draft").describe(
  'Answers keyed by question id, each typed by its question (see GET /api/v1/questionnaire): an option id, a list of option ids, a whole number within the question\'s bounds, a point from 1 to 5, or "dont_know" where the question allows it.',
);

export const ZApiResultRow = z.strictObject({
  id: z.string(),
  organizationId: z.string().nullable(),
  clientName: z.string().describe("The client organization's name."),
  respondentName: z.string().nullable(),
  respondentRole: z.string().nullable().describe("The respondent role id, as in the questionnaire's details."),
  recommendation: ZApiStructure.describe("The model's recommendation."),
  overrideRecommendation: ZApiStructure.nullable().describe("A consultant's different recommendation, if any."),
  recommendationInForce: ZApiStructure.describe("The consultant's override where there is one, else the model's recommendation: what the client is advised to adopt."),
  confidence: ZApiConfidence,
  margin: z.number().describe("Points between the recommendation and the runner-up."),
  industry: z.string().nullable(),
  sizeBand: z.string().nullable(),
  reviewStatus: ZApiReviewStatus,
  createdAt: ZTimestamp,
});

export const ZApiResultsPage = z.strictObject({
  results: z.array(ZApiResultRow),
  total: z.number().int().min(0).describe(`Results matching the filters over all pages, counted up to ${RESULTS_COUNT_LIMIT.toLocaleString("en-US")}.`),
  totalCapped: z.boolean().describe(`True when more results than \`total\` match: the count stopped at ${RESULTS_COUNT_LIMIT.toLocaleString("en-US")}. Follow \`next\` to read them all.`),
  nextCursor: z.string().nullable().describe("Pass as `after` to get the next page; null on the last page."),
  next: z.url().nullable().describe("The next page's URL with the same filters, or null on the last page."),
});

const ZApiScores = z.strictObject({ separate: z.number(), ctio: z.number(), cdo: z.number() });

const ZApiCitation = z.strictObject({
  source: z.enum(SOURCE_IDS).describe("The published analysis quoted; see /sources."),
  phrase: z.string(),
  location: z.string(),
});

export const ZApiContribution = z.strictObject({
  criterionId: z.string(),
  statement: z.string(),
  dimension: z.enum(DIMENSION_IDS),
  questionIds: z.array(z.string()),
  answerSummary: z.string(),
  reason: z.string().nullable().describe("Why this answer supports the structure it is credited to, in the answer's own direction; null in results scored before model 2027.1."),
  weight: z.number(),
  points: ZApiScores.describe("Points this criterion adds to each structure's score."),
  favours: ZApiStructure.nullable(),
  citations: z.array(ZApiCitation),
});

const ZApiDimension = z.strictObject({
  id: z.enum(DIMENSION_IDS),
  label: z.string(),
  value: z.number().nullable().describe("0 to 100; null when no answer informed it."),
  coverage: z.number().min(0).max(1),
});

const ZApiWeightTilt = z.strictObject({
  groupId: z.string().describe("A fact of the model (since 2027.1), or a dimension for results of model 2026.1."),
  label: z.string(),
  ratio: z.number().describe("Mean weight of the group in this structure's winning draws, relative to the model's (1 = as the model assumes)."),
});

const ZApiAnswerTilt = z.strictObject({
  questionId: z.string(),
  questionLabel: z.string(),
  answerLabel: z.string(),
  share: z.number().min(0).max(1).describe("Share of this structure's winning draws that drew this answer for the question left open."),
  baseline: z.number().min(0).max(1).describe("Share of all draws that drew it."),
});

const ZApiAcceptability = z.strictObject({
  wins: z.number().int().min(0).describe("Draws this structure wins; over the three structures they add up to `draws`."),
  share: z.number().min(0).max(1).describe("wins / draws: its first-rank acceptability."),
  centralWeights: z.record(z.string(), z.number()).describe("SMAA-2 central weights: each weight group's mean weight in the draws it wins, relative to the model's; empty when it never wins."),
  heavier: z.array(ZApiWeightTilt).describe("Groups that weigh most above the model's in the draws it wins."),
  lighter: z.array(ZApiWeightTilt).describe("Groups that weigh most below the model's in the draws it wins."),
  answers: z.array(ZApiAnswerTilt).describe("Answers left open that the draws it wins drew more often than the others did."),
});

export const ZApiRobustness = z
  .strictObject({
    modelVersion: z.string().describe("The model the draws vary: the one that scored the result."),
    draws: z.number().int().positive(),
    seed: z.string().describe("The 128-bit seed as 32 hex digits, a hash of the model version and the answers: the same answers give the same draws."),
    weightSpread: z.number().describe("Each fact's weight, and each criterion's part of its fact, is drawn uniformly within this share of the model's, either way."),
    structures: z.strictObject({ separate: ZApiAcceptability, ctio: ZApiAcceptability, cdo: ZApiAcceptability }),
    drawnQuestionIds: z.array(z.string()).describe("Questions whose answers were drawn because they were left open or answered \"Don't know\"."),
    measuredLater: z.boolean().describe("True for a result scored before model 2027.1 stored its robustness: measured on request with the model that scored it."),
  })
  .describe("The robustness analysis (stochastic multicriteria acceptability analysis, SMAA-2): how often each structure wins when the model's uncertain parts vary.");

const ZApiOverride = z.strictObject({
  recommendation: ZApiStructure,
  justification: z.string(),
  overriddenAt: ZTimestamp.nullable(),
  overriddenBy: z.string().nullable().describe("The consultant's name (or email when they gave no name); null when the account has been deleted."),
});

export const ZApiResult = z.strictObject({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  respondentName: z.string().nullable(),
  respondentRole: z.string().nullable(),
  createdAt: ZTimestamp,
  questionnaireVersion: z.string(),
  modelVersion: z.string(),
  reviewStatus: ZApiReviewStatus,
  reviewedBy: z.string().nullable().describe("Who set the review status (name, or email when they gave no name); null when never set or the account is gone."),
  reviewedAt: ZTimestamp.nullable().describe("When the review status was last set."),
  answers: ZApiAnswers,
  recommendation: ZApiStructure.describe("The model's recommendation, unchanged by any override."),
  recommendationInForce: ZApiStructure.describe("The consultant's override where there is one, else the model's recommendation: what the client is advised to adopt."),
  scores: ZApiScores.describe("0 to 100 each."),
  ranking: z.array(ZApiStructure).describe("Structures from best to worst score."),
  margin: z.number(),
  coverage: z.number().min(0).max(1).describe("Share of the criteria's weight the answers informed."),
  confidence: z.strictObject({ level: ZApiConfidence, reason: z.string(), rule: z.string().describe("How the level was set, as the model that scored the result set it.") }),
  robustness: ZApiRobustness.nullable().describe("Null only for a result whose model this server can no longer analyse."),
  override: ZApiOverride.nullable().describe("A consultant's different recommendation with its justification, or null."),
  dimensions: z.array(ZApiDimension),
  drivers: z.array(ZApiContribution).describe("Criteria that carried the recommendation over the runner-up, largest first."),
  counterSignals: z.array(ZApiContribution).describe("Criteria that point to another structure, largest first."),
});

export const ZApiOrganization = z.strictObject({
  id: z.string(),
  name: z.string(),
  industry: z.string().nullable(),
  sizeBand: z.string().nullable(),
  resultCount: z.number().int().min(0),
});

export const ZApiOrganizations = z.strictObject({ organizations: z.array(ZApiOrganization) });

export const ZApiError = z.strictObject({
  error: z.strictObject({
    code: z.string().describe("Stable and machine-readable, for example invalid_token or result_not_found."),
    message: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).describe("For 400: one entry per invalid parameter."),
  }),
});

/** GET /api/v1/questionnaire: the questionnaire definition as the server validates answers against it. */
export const ZApiQuestionnaire = ZQuestionnaire;

/** POST /api/v1/score: the scoring model's full output, its robustness in the read API's shape (null when the model has none). */
export const ZApiScore = ZScoringOutput.extend({
  robustness: ZApiRobustness.nullable().describe("The robustness analysis; null only for a model that does not compute one."),
}).describe("The scoring model's full output, the same schema as a stored result's, with the robustness analysis in the read API's shape.");

export const ZApiAssessmentCreated = z.strictObject({
  token: ZResumeToken.describe("The private resume token: the only key to the draft. Keep it secret."),
  resumeUrl: z.url().describe("The page that resumes the assessment in a browser."),
});

export const ZApiDraft = z.strictObject({
  token: ZResumeToken,
  questionnaireVersion: z.string().describe("The questionnaire version the draft was started with."),
  answers: ZApiAnswers,
  details: ZAssessmentDetails,
  revision: z.number().int().min(0).describe("Counts the saves; 0 before the first."),
  updatedAt: ZTimestamp,
  resultId: z.string().nullable().describe("The stored result's id once the assessment is submitted, else null."),
});

export const ZApiDraftSaved = z.strictObject({
  revision: z.number().int().min(1).describe("The draft's revision after this save."),
  updatedAt: ZTimestamp,
});

export const ZApiSubmitted = z.strictObject({
  resultId: z.string().describe("The stored result's id; the same for every replay of the submission."),
  resultUrl: z.url().describe("The result page for the respondent."),
});

export type TApiResultRow = z.infer<typeof ZApiResultRow>;
export type TApiRobustness = z.infer<typeof ZApiRobustness>;
export type TApiResultsPage = z.infer<typeof ZApiResultsPage>;
export type TApiContribution = z.infer<typeof ZApiContribution>;
export type TApiResult = z.infer<typeof ZApiResult>;
export type TApiOrganization = z.infer<typeof ZApiOrganization>;
export type TApiOrganizations = z.infer<typeof ZApiOrganizations>;
export type TApiQuestionnaire = z.infer<typeof ZApiQuestionnaire>;
export type TApiScore = z.infer<typeof ZApiScore>;
export type TApiAssessmentCreated = z.infer<typeof ZApiAssessmentCreated>;
export type TApiDraft = z.infer<typeof ZApiDraft>;
export type TApiDraftSaved = z.infer<typeof ZApiDraftSaved>;
export type TApiSubmitted = z.infer<typeof ZApiSubmitted>;
