import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESULTS_PAGE_SIZES, ZResultsQuery } from "../validation/portfolio";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi";

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
