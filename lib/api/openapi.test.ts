import fs from "node:fs";
import path from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { allQuestions } from "../questionnaire/skip";
import { responseChecker } from "../testing/api-contract";
import { ZDraftSave, ZScoreRequest, ZSubmission } from "../validation/assessment";
import { RESULTS_PAGE_SIZES, ZResultsQuery } from "../validation/portfolio";
import { WEBHOOK_EVENT_NAMES, WEBHOOK_EXAMPLES, webhookBody, webhookEnvelopeSchema } from "../webhooks/events";
import { buildOpenApiDocument, type JsonSchema, type OpenApiDocument } from "./openapi";

const ROOT = path.resolve(__dirname, "../..");
const API_DIR = "app/api/v1";

/** Every route file under app/api/v1 as an OpenAPI path template with the methods it exports. */
function routeFiles(dir = API_DIR): { path: string; methods: string[] }[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(relative);
    if (entry.name !== "route.ts") return [];
    const source = fs.readFileSync(path.join(ROOT, relative), "utf8");
    const methods = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
    const template = `/${path.posix.dirname(relative).replace(/^app\//, "").replace(/\[([^\]]+)\]/g, "{$1}")}`;
    return [{ path: template, methods }];
  });
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner)));
}

describe("the OpenAPI document", () => {
  const document: OpenApiDocument = buildOpenApiDocument();

  it("is OpenAPI 3.1 and survives a JSON round trip unchanged", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("documents every method of every route under /api/v1", () => {
    const routes = routeFiles();
    expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining(["/api/v1/results", "/api/v1/results/{id}", "/api/v1/organizations", "/api/v1/openapi.json"]));
    const missing = routes.flatMap((route) => route.methods.filter((method) => !document.paths[route.path]?.[method as "get"]).map((method) => `${method} ${route.path}`));
    expect(missing).toEqual([]);
  });

  it("derives the results list's parameters from ZResultsQuery, all optional, with the page sizes", () => {
    const parameters = document.paths["/api/v1/results"]?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(Object.keys(ZResultsQuery.shape).sort());
    expect(parameters.every((parameter) => parameter.in === "query" && !parameter.required && parameter.description.length > 0)).toBe(true);
    const schemaOf = (name: string) => parameters.find((parameter) => parameter.name === name)?.schema;
    expect(schemaOf("limit")).toMatchObject({ type: "integer", enum: [...RESULTS_PAGE_SIZES], default: 25 });
    expect(schemaOf("limit")).not.toHaveProperty("minimum");
    expect(schemaOf("sort")).toMatchObject({ enum: ["date", "organization", "margin"], default: "date" });
    expect(schemaOf("recommendation")).toMatchObject({ enum: ["separate", "ctio", "cdo"] });
    // Every text parameter refuses an empty value, as the route does.
    for (const parameter of parameters) expect(parameter.schema.enum ?? parameter.schema.pattern, parameter.name).toBeDefined();
    expect(schemaOf("q")).toMatchObject({ pattern: "\\S" });
  });

  it("offers a bearer token or a session on the read-only endpoints, only a session for reports, and nothing for itself", () => {
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    for (const readOnly of ["/api/v1/results", "/api/v1/results/{id}", "/api/v1/organizations"]) {
      const operation = document.paths[readOnly]?.get;
      expect(operation?.security, readOnly).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
      expect(Object.keys(operation?.responses ?? {}), readOnly).toEqual(expect.arrayContaining(["200", "401", "403"]));
    }
    expect(document.paths["/api/v1/results/{id}/report"]?.get?.security).toEqual([{ sessionCookie: [] }]);
    expect(document.paths["/api/v1/openapi.json"]?.get?.security).toEqual([]);
  });

  it("resolves every $ref to a component built from the response schemas", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref.replace("#/components/schemas/", ""));
    expect(document.components.schemas.ResultsPage).toMatchObject({ additionalProperties: false, required: ["results", "total", "totalCapped", "nextCursor", "next"] });
    expect(JSON.stringify(document.components.schemas)).not.toContain("$schema");
  });
});

describe("the OpenAPI document as a contract", () => {
  const document: OpenApiDocument = buildOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([template, item]) => Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${template}`, method, template, operation })));

  it("passes Redocly's recommended rules with no error, warned only where no 4xx can happen", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "/openapi.json", config });
    expect(problems.filter((problem) => problem.severity === "error").map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(new Set(problems.map((problem) => problem.ruleId))).toEqual(new Set(["info-license", "operation-4xx-response"]));
    const without4xx = problems.filter((problem) => problem.ruleId === "operation-4xx-response").map((problem) => problem.location[0]?.pointer);
    expect(without4xx.sort()).toEqual(["#/paths/~1api~1v1~1openapi.json/get/responses", "#/paths/~1api~1v1~1questionnaire/get/responses"]);
  });

  it("types every JSON success body by a component, none a bare object", () => {
    for (const { name, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        if (!schema || !status.startsWith("2") || name === "GET /api/v1/openapi.json") continue;
        expect(schema, `${name} ${status}`).toHaveProperty("$ref");
      }
    }
    expect(document.components.schemas.Score).toMatchObject({ required: expect.arrayContaining(["recommended", "scores", "confidence", "robustness", "drivers"]) });
  });

  it("types each answer by its question, in the requests and in the Answers component", () => {
    const answers = (schema: JsonSchema) => (schema as { properties: { answers: { properties: Record<string, JsonSchema> } } }).properties.answers.properties;
    const bodies = ["PUT /api/v1/assessments/{token}", "POST /api/v1/assessments/{token}/submit", "POST /api/v1/score"].map((name) => {
      const operation = operations.find((entry) => entry.name === name)?.operation;
      return answers(operation?.requestBody?.content["application/json"]?.schema ?? {});
    });
    const component = (document.components.schemas.Answers as { properties: Record<string, JsonSchema> }).properties;
    for (const properties of [...bodies, component]) {
      expect(Object.keys(properties).sort()).toEqual(allQuestions(QUESTIONNAIRE).map((question) => question.id).sort());
      for (const [id, schema] of Object.entries(properties)) expect(Object.keys(schema).length, id).toBeGreaterThan(0);
    }
    expect(component.employees).toEqual({ type: "integer", minimum: 1, maximum: 2_000_000 });
    expect(component.stage).toMatchObject({ type: "string", enum: ["startup", "scaleup", "established", "mature"] });
    expect(component.frameworks).toMatchObject({ anyOf: [{ const: "dont_know" }, { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: expect.arrayContaining(["gdpr", "sox"]) } }] });
    expect(component.revenue_band).toMatchObject({ anyOf: [{ const: "dont_know" }, { type: "string", enum: expect.arrayContaining(["under_10m"]) }] });
  });

  it("accepts only the current questionnaire version in every request body", () => {
    for (const name of ["PUT /api/v1/assessments/{token}", "POST /api/v1/assessments/{token}/submit", "POST /api/v1/score"]) {
      const schema = operations.find((entry) => entry.name === name)?.operation.requestBody?.content["application/json"]?.schema as { properties: Record<string, JsonSchema> };
      expect(schema.properties.questionnaireVersion, name).toEqual({ type: "string", enum: [QUESTIONNAIRE.version] });
    }
  });

  it("documents the 400s the server answers before it looks anything up", () => {
    const statuses = (name: string) => Object.keys(operations.find((entry) => entry.name === name)?.operation.responses ?? {});
    for (const name of ["GET /api/v1/assessments/{token}", "PUT /api/v1/assessments/{token}", "POST /api/v1/assessments/{token}/submit", "GET /api/v1/results", "GET /api/v1/results/{id}", "GET /api/v1/results/{id}/report", "GET /api/v1/organizations/{id}/report"]) {
      expect(statuses(name), name).toContain("400");
    }
    const format = operations.find((entry) => entry.name === "GET /api/v1/results/{id}/report")?.operation.parameters?.find((parameter) => parameter.name === "format");
    expect(format?.description).toMatch(/before anything else, sign-in included/);
  });

  it("gives an example for every request and JSON success body, each valid against its schema", async () => {
    const check = responseChecker(document);
    for (const { name, method, template, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = response.content?.["application/json"];
        if (!media || !status.startsWith("2") || name === "GET /api/v1/openapi.json" || name.endsWith("/report")) continue;
        if (!["GET /api/v1/results", "GET /api/v1/results/{id}", "GET /api/v1/organizations"].includes(name)) expect(media.example, `${name} ${status}`).toBeDefined();
        if (media.example !== undefined) await check(method, template, new Response(JSON.stringify(media.example), { status: Number(status), headers: { "content-type": "application/json" } }));
      }
    }
    const requestExample = (name: string) => operations.find((entry) => entry.name === name)?.operation.requestBody?.content["application/json"]?.example;
    expect(ZScoreRequest.safeParse(requestExample("POST /api/v1/score")).success).toBe(true);
    expect(ZDraftSave.safeParse(requestExample("PUT /api/v1/assessments/{token}")).success).toBe(true);
    expect(ZSubmission.safeParse(requestExample("POST /api/v1/assessments/{token}/submit")).success).toBe(true);
  });
});

describe("the webhooks in the OpenAPI document", () => {
  const document: OpenApiDocument = buildOpenApiDocument();

  it("documents every event Rolefit sends, with the signature headers", () => {
    expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_NAMES].sort());
    for (const [event, { post }] of Object.entries(document.webhooks)) {
      expect(post.parameters.map((parameter) => parameter.name), event).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
      expect(Object.keys(post.responses), event).toEqual(["2XX", "4XX", "5XX"]);
    }
  });

  it("gives each event's body as its zod schema says, with an example valid against the document's schema", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const event of WEBHOOK_EVENT_NAMES) {
      const media = document.webhooks[event]!.post.requestBody.content["application/json"];
      const validate = ajv.compile(media.schema);
      expect(validate(media.example), `${event}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(webhookEnvelopeSchema(event).safeParse(media.example).success, event).toBe(true);
      // What the service really stores for the example's data is accepted too.
      const stored = JSON.parse(webhookBody(event, WEBHOOK_EXAMPLES[event] as never, { includeAnswers: true, timestamp: new Date() }));
      expect(validate(stored), event).toBe(true);
      // The schema is strict, so a receiver is told of no field that may appear unannounced.
      const example = media.example as { data: Record<string, unknown> };
      expect(validate({ ...example, data: { ...example.data, email: "someone@example.com" } }), event).toBe(false);
    }
  });

  it("documents no name or email field in any payload", () => {
    const text = JSON.stringify(Object.values(document.webhooks).map(({ post }) => post.requestBody));
    expect(text).toContain('"resultId":');
    expect(text).not.toMatch(/"(respondentName|name|email|clientName|organizationName)":/);
  });
});
