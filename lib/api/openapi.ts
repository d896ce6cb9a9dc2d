/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API itself parses and
 * answers with: the results table's query parameters from ZResultsQuery, request bodies from the
 * assessment schemas, responses from lib/api/schemas.ts. Pure, so it is built once and tested
 * without a server.
 */
import { z } from "zod";
import { ZDraftSave, ZScoreRequest, ZSubmission } from "../validation/assessment";
import { ZRecordId } from "../validation/organizations";
import { RESULTS_PAGE_SIZES, ZResultsQuery, type TResultsQuery } from "../validation/portfolio";
import { ZApiContribution, ZApiError, ZApiOrganization, ZApiOrganizations, ZApiResult, ZApiResultRow, ZApiResultsPage, ZApiRobustness } from "./schemas";

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
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; headers?: Record<string, { description: string; schema: JsonSchema }>; content?: Record<string, { schema: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<"get" | "post" | "put", Operation>>>;
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
  recommendation: "Only results with this recommended structure.",
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

/** What JSON Schema cannot say from the zod schema alone: the safe-integer bounds are noise, and the page size is refined to a list. */
function queryParameterSchema(name: string, schema: JsonSchema): JsonSchema {
  const tidy = { ...schema };
  if (tidy.minimum === Number.MIN_SAFE_INTEGER) delete tidy.minimum;
  if (tidy.maximum === Number.MAX_SAFE_INTEGER) delete tidy.maximum;
  if (name === "limit") tidy.enum = [...RESULTS_PAGE_SIZES];
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

const json = (schema: JsonSchema) => ({ "application/json": { schema } });

const errorResponse = (description: string) => ({ description, content: json(ref("Error")) });

const READ_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
const PUBLIC: Record<string, string[]>[] = [];

const READ_ERRORS = {
  "401": {
    description: "No valid credentials: the token is missing, mistyped, revoked or expired, or its owner's account is disabled.",
    headers: { "WWW-Authenticate": { description: 'Bearer realm="rolefit", with error="invalid_token" when a token was sent.', schema: { type: "string" } } },
    content: json(ref("Error")),
  },
  "403": errorResponse("The token's owner is not a consultant or administrator (consultants_only), or has not set up two-step verification."),
};

function readPaths(): OpenApiDocument["paths"] {
  const idParameter: Parameter = { name: "id", in: "path", required: true, description: "The result's id.", schema: inline(ZRecordId) };
  return {
    "/api/v1/results": {
      get: {
        operationId: "listResults",
        summary: "The results of the organizations you review, filtered, sorted and paged",
        description:
          "The workspace's results table as JSON. Pages are keyset-paged: follow `next` (or pass `nextCursor` as `after`) until it is null. Filters and sort work as in the workspace, so a page's URL can be shared.",
        tags: ["Read-only"],
        security: READ_SECURITY,
        parameters: resultsQueryParameters(),
        responses: {
          "200": {
            description: "One page of results.",
            headers: { Link: { description: 'The next page as <url>; rel="next", when there is one.', schema: { type: "string" } } },
            content: json(ref("ResultsPage")),
          },
          "400": errorResponse("A parameter is not valid; `issues` names it."),
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
        parameters: [idParameter],
        responses: {
          "200": { description: "The result.", content: json(ref("Result")) },
          ...READ_ERRORS,
          "404": errorResponse("No result with this id in the organizations you review."),
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
        responses: { "200": { description: "The OpenAPI 3.1 document.", content: json({ type: "object" }) } },
      },
    },
  };
}

/** The assessment routes, in brief: the questionnaire's own endpoint documents the answers in full. */
function assessmentPaths(): OpenApiDocument["paths"] {
  const tokenParameter: Parameter = { name: "token", in: "path", required: true, description: "The assessment's private resume token.", schema: { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" } };
  const object = (description: string) => ({ description, content: json({ type: "object" }) });
  const invalid = errorResponse("The body is not valid; `issues` names each field.");
  const notFound = errorResponse("No assessment has this token, or it belongs to another account.");
  return {
    "/api/v1/questionnaire": {
      get: { operationId: "getQuestionnaire", summary: "The questionnaire: sections, questions, option ids, bounds and skip rules", tags: ["Assessments"], security: PUBLIC, responses: { "200": object("The questionnaire.") } },
    },
    "/api/v1/score": {
      post: {
        operationId: "score",
        summary: "Score answers without saving anything",
        tags: ["Assessments"],
        security: PUBLIC,
        requestBody: { required: true, content: json(inline(ZScoreRequest)) },
        responses: {
          "200": {
            description:
              "The scoring model's full output: scores, ranking, confidence (with the rule that set it), drivers and counter-signals with their reasons and citations, " +
              "tipping points, settling points when the recommendation is not clear, and the robustness analysis (the same schema as a stored result's).",
            content: json({
              type: "object",
              properties: {
                modelVersion: { type: "string" },
                recommended: { type: "string", enum: ["separate", "ctio", "cdo"] },
                confidence: { type: "object", properties: { level: { type: "string", enum: ["high", "moderate", "low"] }, rule: { type: "string" }, reason: { type: "string" } } },
                robustness: ref("Robustness"),
              },
              required: ["modelVersion", "recommended", "confidence", "robustness"],
            }),
          },
          "400": invalid,
        },
      },
    },
    "/api/v1/assessments": {
      post: {
        operationId: "createAssessment",
        summary: "Start an assessment",
        tags: ["Assessments"],
        security: PUBLIC,
        responses: { "201": { description: "The private token and resume URL.", content: json({ type: "object", properties: { token: { type: "string" }, resumeUrl: { type: "string", format: "uri" } }, required: ["token", "resumeUrl"] }) } },
      },
    },
    "/api/v1/assessments/{token}": {
      get: { operationId: "getDraft", summary: "The draft", tags: ["Assessments"], security: PUBLIC, parameters: [tokenParameter], responses: { "200": object("The draft."), "404": notFound } },
      put: {
        operationId: "saveDraft",
        summary: "Autosave the draft",
        tags: ["Assessments"],
        security: PUBLIC,
        parameters: [tokenParameter],
        requestBody: { required: true, content: json(inline(ZDraftSave)) },
        responses: { "200": object("The saved draft's revision."), "400": invalid, "404": notFound },
      },
    },
    "/api/v1/assessments/{token}/submit": {
      post: {
        operationId: "submitAssessment",
        summary: "Submit the assessment; replays with the same idempotency key answer 200 with the same body",
        tags: ["Assessments"],
        security: PUBLIC,
        parameters: [tokenParameter],
        requestBody: { required: true, content: json(inline(ZSubmission)) },
        responses: { "201": object("The stored result's id."), "200": object("A replay of an earlier submission."), "400": invalid, "404": notFound },
      },
    },
    "/api/v1/results/{id}/report": {
      get: {
        operationId: "downloadReport",
        summary: "A result's report as a PDF or Markdown download (signed-in session only, not API tokens)",
        tags: ["Assessments"],
        security: [{ sessionCookie: [] }],
        parameters: [
          { name: "id", in: "path", required: true, description: "The result's id.", schema: inline(ZRecordId) },
          { name: "format", in: "query", required: false, description: "pdf (the default) or md.", schema: { type: "string", enum: ["pdf", "md"], default: "pdf" } },
        ],
        responses: {
          "200": { description: "The report.", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } }, "text/markdown": { schema: { type: "string" } } } },
          "401": errorResponse("Not signed in."),
          "404": errorResponse("No result with this id that you may see."),
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
          { name: "id", in: "path", required: true, description: "The organization's id.", schema: inline(ZRecordId) },
          { name: "format", in: "query", required: false, description: "pdf (the default) or md.", schema: { type: "string", enum: ["pdf", "md"], default: "pdf" } },
        ],
        responses: {
          "200": { description: "The report.", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } }, "text/markdown": { schema: { type: "string" } } } },
          "400": errorResponse("The format is neither pdf nor md."),
          "401": errorResponse("Not signed in."),
          "404": errorResponse("No organization with this id that you review."),
          "409": errorResponse("No submitted result of the organization carries weight, so there is nothing to combine."),
        },
      },
    },
  };
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
    ],
    paths: { ...readPaths(), ...assessmentPaths() },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "rfk_ personal API token", description: "A personal API token, created under Account, API tokens." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session of a signed-in browser (__Secure-next-auth.session-token over HTTPS)." },
      },
    },
  };
}
