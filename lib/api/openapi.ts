/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API itself parses and
 * answers with: the results table's query parameters from ZResultsQuery, request bodies from the
 * assessment schemas, responses from lib/api/schemas.ts. Pure, so it is built once and tested
 * without a server.
 */
import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { API_TOKEN_REQUEST_LIMIT } from "../request-limit-rules";
import type { ReportFormat } from "../report/download";
import { ZDraftSave, ZResumeToken, ZScoreRequest, ZSubmission } from "../validation/assessment";
import { ZRecordId } from "../validation/organizations";
import { RESULTS_PAGE_SIZES, ZResultsQuery, type TResultsQuery } from "../validation/portfolio";
import { WEBHOOK_EVENT_NAMES, WEBHOOK_EVENTS, WEBHOOK_EXAMPLES, webhookEnvelopeSchema, type WebhookEvent } from "../webhooks/events";
import { WEBHOOK_MAX_ATTEMPTS } from "../webhooks/retry";
import { apiExamples } from "./examples";
import {
  ZApiAnswers,
  ZApiAssessmentCreated,
  ZApiContribution,
  ZApiDraft,
  ZApiDraftSaved,
  ZApiError,
  ZApiOrganization,
  ZApiOrganizations,
  ZApiQuestionnaire,
  ZApiResult,
  ZApiResultRow,
  ZApiResultsPage,
  ZApiRobustness,
  ZApiScore,
  ZApiSubmitted,
} from "./schemas";

export type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, { description: string; headers?: Record<string, { description: string; schema: JsonSchema }>; content?: Record<string, { schema: JsonSchema; example?: unknown }> }>;
}

/** What Rolefit sends to a webhook endpoint: the receiver's side of the exchange (OpenAPI 3.1 `webhooks`). */
export interface WebhookOperation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters: { name: string; in: "header"; required: true; description: string; schema: JsonSchema }[];
  requestBody: { required: true; content: { "application/json": { schema: JsonSchema; example: unknown } } };
  responses: Record<string, { description: string }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<"get" | "post" | "put", Operation>>>;
  webhooks: Record<string, { post: WebhookOperation }>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

const COMPONENTS = {
  ResultsPage: ZApiResultsPage,
  ResultRow: ZApiResultRow,
  Result: ZApiResult,
  Contribution: ZApiContribution,
  Robustness: ZApiRobustness,
  Organizations: ZApiOrganizations,
  Organization: ZApiOrganization,
  Questionnaire: ZApiQuestionnaire,
  Answers: ZApiAnswers,
  Score: ZApiScore,
  AssessmentCreated: ZApiAssessmentCreated,
  Draft: ZApiDraft,
  DraftSaved: ZApiDraftSaved,
  Submitted: ZApiSubmitted,
  Error: ZApiError,
} as const;

type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The document carries its own JSON Schema dialect, so per-schema markers are noise. */
function withoutMarkers(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function inline(schema: z.ZodType): JsonSchema {
  return withoutMarkers(z.toJSONSchema(schema, { io: "input" }) as JsonSchema);
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutMarkers(schema as JsonSchema)]));
}

/** Typed by the query's keys, so a filter added to ZResultsQuery does not compile until it is documented. */
const QUERY_DESCRIPTIONS: Record<keyof TResultsQuery, string> = {
  organization: "Only this organization's results (an id from GET /api/v1/organizations).",
  recommendation: "Only results with this recommended structure in force (a consultant's override where there is one, else the model's).",
  confidence: "Only results with this confidence.",
  industry: "Only organizations in this industry.",
  size: "Only organizations in this size band.",
  role: "Only respondents in this role.",
  status: "Only results at this review status.",
  from: "Submitted on or after this day (YYYY-MM-DD, UTC).",
  to: "Submitted on or before this day (YYYY-MM-DD, UTC).",
  q: "Text search in the organization's and the respondent's names, ignoring case.",
  sort: "The sort column; ties are broken by id.",
  dir: "The sort direction.",
  after: "The page position: nextCursor of the previous page, made for the same sort and direction.",
  limit: "Results per page.",
};

/**
 * What JSON Schema cannot say from the zod schema alone: the safe-integer bounds are noise, the
 * page size is refined to a list, and an empty value is refused at the API's boundary
 * (lib/http/query.ts) where the workspace's form reads it as absent.
 */
function queryParameterSchema(name: string, schema: JsonSchema): JsonSchema {
  const tidy = { ...schema };
  if (tidy.minimum === Number.MIN_SAFE_INTEGER) delete tidy.minimum;
  if (tidy.maximum === Number.MAX_SAFE_INTEGER) delete tidy.maximum;
  if (name === "limit") tidy.enum = [...RESULTS_PAGE_SIZES];
  if (tidy.type === "string" && !tidy.enum && !tidy.pattern) tidy.pattern = "\\S";
  return tidy;
}

export function resultsQueryParameters(): Parameter[] {
  const json = z.toJSONSchema(ZResultsQuery, { io: "input" }) as { properties: Record<string, JsonSchema> };
  const shape = ZResultsQuery.shape as Record<string, z.ZodType>;
  return Object.entries(json.properties).map(([name, schema]) => ({
    name,
    in: "query",
    // Every filter has a default or may be left out; a parameter becomes required only if the schema says so.
    required: !(shape[name]?.safeParse(undefined).success ?? false),
    description: QUERY_DESCRIPTIONS[name as keyof TResultsQuery],
    schema: queryParameterSchema(name, schema),
  }));
}

type MediaType = { schema: JsonSchema; example?: unknown };
type ResponseObject = Operation["responses"][string];

const json = (schema: JsonSchema, example?: unknown): Record<string, MediaType> => ({ "application/json": example === undefined ? { schema } : { schema, example } });

const errorResponse = (description: string): ResponseObject => ({ description, content: json(ref("Error")) });

const retryAfter = { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "string", pattern: "^[0-9]+$" } } };

/** The errors several operations share, each said once. */
const ERRORS = {
  invalidBody: errorResponse("The body is not valid JSON, not UTF-8, or not valid for this operation; `issues` names each field at fault."),
  crossOrigin: errorResponse("A browser sent the request from another site (its Origin is not this server): cross_origin."),
  tooLarge: errorResponse("The body is larger than 1 MB: body_too_large."),
  notJson: errorResponse("The body is not sent as application/json: unsupported_media_type."),
  rateLimited: { description: "Too many such requests from your network just now: rate_limited.", headers: retryAfter, content: json(ref("Error")) },
  unavailable: { description: "The database cannot be reached just now: database_unavailable. Nothing was changed.", headers: retryAfter, content: json(ref("Error")) },
} satisfies Record<string, ResponseObject>;

const READ_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
const PUBLIC: Record<string, string[]>[] = [];

const READ_ERRORS = {
  "401": {
    description: "No valid credentials: the token is missing, mistyped, revoked or expired, or its owner's account is disabled.",
    headers: { "WWW-Authenticate": { description: 'Bearer realm="rolefit", with error="invalid_token" when a token was sent.', schema: { type: "string" } } },
    content: json(ref("Error")),
  },
  "403": errorResponse("The token's owner is not a consultant or administrator (consultants_only), or has not set up two-step verification."),
  "429": { ...ERRORS.rateLimited, description: `The token made ${API_TOKEN_REQUEST_LIMIT.limit} requests in the last minute, its limit (rate_limited); Retry-After says when to try again. Requests with a session are not counted.` },
  "503": ERRORS.unavailable,
};

const idParameter = (description: string): Parameter => ({ name: "id", in: "path", required: true, description, schema: inline(ZRecordId) });

/** Typed by the formats the download serves, so a new one does not compile until it is documented. */
const REPORT_FORMATS: Record<ReportFormat, true> = { pdf: true, md: true };

const formatParameter: Parameter = {
  name: "format",
  in: "query",
  required: false,
  description: "pdf (the default) or md. Checked before anything else, sign-in included: a bad or empty format is a 400 even without a session.",
  schema: { type: "string", enum: Object.keys(REPORT_FORMATS), default: "pdf" },
};

const languageParameter: Parameter = {
  name: "lang",
  in: "query",
  required: false,
  description:
    "The report's language: en, de or fr. Without it, the organization's language; for a result outside any organization, the reader's (account setting, then Accept-Language). Checked with the format: anything else is a 400.",
  schema: { type: "string", enum: [...LOCALES] },
};

const reportBody: ResponseObject = {
  description: "The report, as an attachment.",
  headers: { "Content-Disposition": { description: 'attachment; filename="….pdf" or "….md".', schema: { type: "string" } } },
  content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } }, "text/markdown": { schema: { type: "string" } } },
};

function readPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/results": {
      get: {
        operationId: "listResults",
        summary: "The results of the organizations you review, filtered, sorted and paged",
        description:
          "The workspace's results table as JSON. Pages are keyset-paged: follow `next` (or pass `nextCursor` as `after`) until it is null. Filters and sort work as in the workspace, so a page's URL can be shared. A parameter sent empty (`?to=`) is refused with a 400 rather than read as absent: leave it out instead.",
        tags: ["Read-only"],
        security: READ_SECURITY,
        parameters: resultsQueryParameters(),
        responses: {
          "200": {
            description: "One page of results.",
            headers: { Link: { description: 'The next page as <url>; rel="next", when there is one.', schema: { type: "string" } } },
            content: json(ref("ResultsPage")),
          },
          "400": errorResponse("A parameter is not valid, is empty, is repeated or is unknown; `issues` names it."),
          ...READ_ERRORS,
          "404": errorResponse("The organization filter names an organization you do not review."),
        },
      },
    },
    "/api/v1/results/{id}": {
      get: {
        operationId: "getResult",
        summary: "One result in full",
        description: "Answers, scores, confidence, drivers and counter-signals with their citations, the versions it was scored with, and the consultants' review status and override.",
        tags: ["Read-only"],
        security: READ_SECURITY,
        parameters: [idParameter("The result's id.")],
        responses: {
          "200": { description: "The result.", content: json(ref("Result")) },
          "400": errorResponse("The id is malformed (not 1 to 64 letters, digits, - or _); `issues` names it."),
          ...READ_ERRORS,
          "404": errorResponse("No result with this id in the organizations you review."),
          "500": errorResponse("The stored result cannot be read by this version of Rolefit: stored_result_unreadable. Ours to fix; the message names the result."),
        },
      },
    },
    "/api/v1/organizations": {
      get: {
        operationId: "listOrganizations",
        summary: "The organizations you review",
        tags: ["Read-only"],
        security: READ_SECURITY,
        responses: { "200": { description: "The organizations, by name, with their result counts.", content: json(ref("Organizations")) }, ...READ_ERRORS },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This document",
        tags: ["Read-only"],
        security: PUBLIC,
        responses: { "200": { description: "The OpenAPI 3.1 document.", content: json({ type: "object", required: ["openapi", "info", "paths"] }) } },
      },
    },
  };
}

function assessmentPaths(): OpenApiDocument["paths"] {
  const examples = apiExamples();
  const tokenParameter: Parameter = { name: "token", in: "path", required: true, description: "The assessment's private resume token.", schema: inline(ZResumeToken) };
  const malformedToken = errorResponse("The token is malformed (not 43 characters of A-Z, a-z, 0-9, - and _); `issues` names it. Nothing is looked up.");
  const notFound = errorResponse("No assessment has this token, or it belongs to an account that is not signed in.");
  const bodyErrors = { "403": ERRORS.crossOrigin, "413": ERRORS.tooLarge, "415": ERRORS.notJson };
  return {
    "/api/v1/questionnaire": {
      get: {
        operationId: "getQuestionnaire",
        summary: "The questionnaire: sections, questions, option ids, bounds and skip rules",
        tags: ["Assessments"],
        security: PUBLIC,
        responses: { "200": { description: "The questionnaire the server validates answers against.", content: json(ref("Questionnaire"), QUESTIONNAIRE) } },
      },
    },
    "/api/v1/score": {
      post: {
        operationId: "score",
        summary: "Score answers without saving anything",
        tags: ["Assessments"],
        security: PUBLIC,
        requestBody: { required: true, content: json(inline(ZScoreRequest), examples.scoreRequest) },
        responses: {
          "200": {
            description:
              "The scoring model's full output: scores, ranking, confidence (with the rule that set it), drivers and counter-signals with their reasons and citations, " +
              "tipping points, settling points when the recommendation is not clear, and the robustness analysis (the same schema as a stored result's).",
            content: json(ref("Score"), examples.score),
          },
          "400": ERRORS.invalidBody,
          ...bodyErrors,
        },
      },
    },
    "/api/v1/assessments": {
      post: {
        operationId: "createAssessment",
        summary: "Start an assessment",
        tags: ["Assessments"],
        security: PUBLIC,
        responses: {
          "201": { description: "The private token and resume URL.", content: json(ref("AssessmentCreated"), examples.created) },
          "403": ERRORS.crossOrigin,
          "429": ERRORS.rateLimited,
          "503": ERRORS.unavailable,
        },
      },
    },
    "/api/v1/assessments/{token}": {
      get: {
        operationId: "getDraft",
        summary: "The draft",
        tags: ["Assessments"],
        security: PUBLIC,
        parameters: [tokenParameter],
        responses: {
          "200": { description: "The draft, with its answers and the result's id once submitted.", content: json(ref("Draft"), examples.draft) },
          "400": malformedToken,
          "404": notFound,
          "500": errorResponse("The stored draft cannot be read by this version of Rolefit: stored_draft_unreadable. Ours to fix; nothing is overwritten."),
          "503": ERRORS.unavailable,
        },
      },
      put: {
        operationId: "saveDraft",
        summary: "Autosave the draft: replaces its answers with a valid set, or changes nothing",
        tags: ["Assessments"],
        security: PUBLIC,
        parameters: [tokenParameter],
        requestBody: { required: true, content: json(inline(ZDraftSave), examples.draftSave) },
        responses: {
          "200": { description: "The saved draft's revision.", content: json(ref("DraftSaved"), examples.saved) },
          "400": { description: `${malformedToken.description} Or: ${ERRORS.invalidBody.description}`, content: json(ref("Error")) },
          "404": notFound,
          "409": errorResponse("The assessment is submitted; its answers can no longer change: already_submitted."),
          ...bodyErrors,
          "503": ERRORS.unavailable,
        },
      },
    },
    "/api/v1/assessments/{token}/submit": {
      post: {
        operationId: "submitAssessment",
        summary: "Submit the assessment; replays with the same idempotency key answer 200 with the same body",
        tags: ["Assessments"],
        security: PUBLIC,
        parameters: [tokenParameter],
        requestBody: { required: true, content: json(inline(ZSubmission), examples.submission) },
        responses: {
          "201": { description: "The stored result's id.", content: json(ref("Submitted"), examples.submitted) },
          "200": { description: "A replay of an earlier submission: the same body as its 201.", content: json(ref("Submitted"), examples.submitted) },
          "400": { description: `${malformedToken.description} Or: ${ERRORS.invalidBody.description} A submission must answer every required question that applies.`, content: json(ref("Error")) },
          "404": notFound,
          "409": errorResponse(
            "The idempotency key was already used for another assessment (idempotency_key_reused), or the assessment was already submitted with other answers under another key (already_submitted).",
          ),
          ...bodyErrors,
          "503": ERRORS.unavailable,
        },
      },
    },
    "/api/v1/results/{id}/report": {
      get: {
        operationId: "downloadReport",
        summary: "A result's report as a PDF or Markdown download (signed-in session only, not API tokens)",
        tags: ["Assessments"],
        security: [{ sessionCookie: [] }],
        parameters: [idParameter("The result's id."), formatParameter, languageParameter],
        responses: {
          "200": reportBody,
          "400": errorResponse("The format is neither pdf nor md, the language is not en, de or fr, or the id is malformed. Checked before sign-in, so this comes first even without a session."),
          "401": errorResponse("Not signed in."),
          "404": errorResponse("No result with this id that you may see."),
          "422": errorResponse("The PDF of this report is larger than a render may grow: report_too_large. The Markdown download has the same content."),
          "429": { ...ERRORS.rateLimited, description: "Too many downloads from this address (rate_limited), or too many PDFs waiting to render; Retry-After says when to try again." },
          "500": errorResponse("The stored result cannot be read by this version of Rolefit: stored_result_unreadable. Ours to fix; the message names the result."),
          "503": ERRORS.unavailable,
        },
      },
    },
    "/api/v1/organizations/{id}/report": {
      get: {
        operationId: "downloadOrganizationReport",
        summary: "An organization's combined report (every respondent, role-weighted) as a PDF or Markdown download, for its consultants (signed-in session only, not API tokens)",
        tags: ["Assessments"],
        security: [{ sessionCookie: [] }],
        parameters: [
          idParameter("The organization's id."),
          formatParameter,
          languageParameter,
          {
            name: "engagement",
            in: "query",
            required: false,
            description: "An engagement of this organization: the report is then built from that engagement's team only. An empty or malformed value is a 400.",
            schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" },
          },
        ],
        responses: {
          "200": reportBody,
          "400": errorResponse("The format is neither pdf nor md, or the id or engagement id is malformed. Checked before sign-in, so this comes first even without a session."),
          "401": errorResponse("Not signed in."),
          "404": errorResponse("No organization with this id that you review, or no engagement of it with this id."),
          "409": errorResponse("No submitted result of the organization carries weight, so there is nothing to combine."),
          "422": errorResponse("The PDF of this report is larger than a render may grow: report_too_large. The Markdown download has the same content."),
          "429": { ...ERRORS.rateLimited, description: "Too many downloads from this address (rate_limited), or too many PDFs waiting to render; Retry-After says when to try again." },
          "500": errorResponse("A respondent's stored result cannot be read by this version of Rolefit: stored_result_unreadable. Ours to fix; the message names the result."),
          "503": ERRORS.unavailable,
        },
      },
    },
  };
}

const SIGNATURE_HEADERS: WebhookOperation["parameters"] = [
  { name: "webhook-id", in: "header", required: true, description: "The delivery's id: the same on every retry, so a receiver can drop a duplicate.", schema: { type: "string" } },
  { name: "webhook-timestamp", in: "header", required: true, description: "When this try was signed, in seconds since 1970 (UTC). Refuse one more than five minutes from your clock.", schema: { type: "string", pattern: "^\\d+$" } },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description: "`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the endpoint's secret (the base64 after `whsec_`). Standard Webhooks; compare in constant time.",
    schema: { type: "string", pattern: "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$" },
  },
];

function eventLabel(event: WebhookEvent): string {
  return WEBHOOK_EVENTS.find((item) => item.id === event)?.label ?? "Test event";
}

/** Each event Rolefit may send, built from the schemas every body is checked against before it is stored. */
function webhookDocs(): OpenApiDocument["webhooks"] {
  return Object.fromEntries(
    WEBHOOK_EVENT_NAMES.map((event) => [
      event,
      {
        post: {
          operationId: `webhook_${event.replace(/\./g, "_")}`,
          summary: eventLabel(event),
          description:
            event === "webhook.test"
              ? "Sent to one endpoint when a consultant presses its \"Send test event\" button, whatever events it subscribes to. Signed like every other event."
              : `Sent to each endpoint of the organization that subscribes to \`${event}\`. Result events carry \`answers\` only when the endpoint opted in; no event carries a name or an email address.`,
          tags: ["Webhooks"],
          security: [],
          parameters: SIGNATURE_HEADERS,
          requestBody: {
            required: true,
            content: { "application/json": { schema: inline(webhookEnvelopeSchema(event)), example: { type: event, timestamp: "2027-03-04T09:30:00.000Z", data: WEBHOOK_EXAMPLES[event] } } },
          },
          responses: {
            "2XX": { description: "Delivered: any 2xx within 10 seconds. The body is ignored." },
            "4XX": { description: `Not delivered: tried again with backoff, ${WEBHOOK_MAX_ATTEMPTS} tries over about a day. Redirects are not followed.` },
            "5XX": { description: "Not delivered: tried again, as for 4XX. So is a timeout or a connection refused." },
          },
        },
      },
    ]),
  );
}

export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: {
      title: "Rolefit API",
      version: "1",
      description:
        "Rolefit recommends a technology-leadership structure from an executive's answers. The read-only endpoints serve consultants' portfolios to BI tools: create a personal API token under Account, API tokens, and send it as `Authorization: Bearer rfk_…`. A token acts with its owner's current rights: it sees the organizations its owner reviews, no more.",
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Read-only", description: "The consultant's portfolio, for BI tools. Personal API token or signed-in session." },
      { name: "Assessments", description: "Taking an assessment. Public; the private resume token is the key to a draft." },
      { name: "Webhooks", description: "What Rolefit POSTs to an organization's webhook endpoints (registered under the organization's Webhooks tab), signed with the endpoint's secret." },
    ],
    paths: { ...readPaths(), ...assessmentPaths() },
    webhooks: webhookDocs(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "rfk_ personal API token", description: "A personal API token, created under Account, API tokens." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session of a signed-in browser (__Secure-next-auth.session-token over HTTPS)." },
      },
    },
  };
}
