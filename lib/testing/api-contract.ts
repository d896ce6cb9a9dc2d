/**
 * Holds real responses of the /api/v1 route handlers to the OpenAPI document: the status must be
 * documented for the operation, the content type listed for that status, and a JSON body must
 * match the schema given for it. Ajv compiles the document's own schemas (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1), so what is checked is what clients read.
 */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "../api/openapi";

const DOCUMENT_ID = "https://rolefit.invalid/api/v1/openapi.json";

export type ResponseCheck = (method: string, pathTemplate: string, response: Response) => Promise<void>;

const pointer = (...segments: string[]) => segments.map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** A checker bound to one document; it throws an error naming the operation and what does not match. */
export function responseChecker(document: OpenApiDocument): ResponseCheck {
  // The document is added whole so every $ref resolves inside it; its OpenAPI fields are not JSON Schema keywords, hence strict: false.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (ref: string) => {
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`The OpenAPI document has no schema at ${ref}.`);
      compiled.set(ref, validate);
    }
    return validate;
  };

  return async (method, pathTemplate, response) => {
    const name = `${method.toUpperCase()} ${pathTemplate}`;
    const operation = document.paths[pathTemplate]?.[method.toLowerCase() as "get"];
    if (!operation) throw new Error(`${name} is not in the OpenAPI document.`);
    const status = String(response.status);
    const documented = operation.responses[status];
    if (!documented) throw new Error(`${name} answered ${status}, which the OpenAPI document does not list (it lists ${Object.keys(operation.responses).join(", ")}).`);
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (!documented.content) {
      if (contentType) throw new Error(`${name} answered ${status} with ${contentType}, but the document gives that status no body.`);
      return;
    }
    if (!(contentType in documented.content)) {
      throw new Error(`${name} answered ${status} with ${contentType || "no content type"}, but the document lists ${Object.keys(documented.content).join(", ")}.`);
    }
    if (contentType !== "application/json") return;
    const body: unknown = await response.clone().json();
    const validate = validatorAt(`${DOCUMENT_ID}#/${pointer("paths", pathTemplate, method.toLowerCase(), "responses", status, "content", contentType, "schema")}`);
    if (!validate(body)) {
      const problems = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || "(body)"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
      throw new Error(`${name} answered ${status} with a body the OpenAPI document does not describe:\n${problems.join("\n")}`);
    }
  };
}

/** Every route file under app/api/v1, with the path template the document names it by. */
export function apiRouteFiles(root: string, dir = "app/api/v1"): { file: string; pathTemplate: string }[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return apiRouteFiles(root, relative);
    if (entry.name !== "route.ts") return [];
    const pathTemplate = `/${path.posix.dirname(relative).replace(/^app\//, "").replace(/\[([^\]]+)\]/g, "{$1}")}`;
    return [{ file: path.join(root, relative), pathTemplate }];
  });
}
