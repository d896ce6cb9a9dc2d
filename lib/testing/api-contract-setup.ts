/**
 * Integration setup: every /api/v1 route handler a test imports is wrapped so that each response
 * it gives is checked against the OpenAPI document (lib/testing/api-contract.ts). A response the
 * document does not describe fails the test that received it.
 */
import path from "node:path";
import { afterEach, vi } from "vitest";
import { buildOpenApiDocument } from "../api/openapi";
import { apiRouteFiles, responseChecker } from "./api-contract";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const check = responseChecker(buildOpenApiDocument());
// Checked after each test rather than as they come, so compiling the schemas never stalls a test's timing.
const pending: { method: string; pathTemplate: string; response: Response }[] = [];

/** How many responses were recorded for checking in this file so far, so a test can prove the wrapping is in place. */
export const contractChecks = { count: 0 };

function watch(method: string, pathTemplate: string, response: Response): Response {
  // Cloned now, before the test reads the body.
  pending.push({ method, pathTemplate, response: response.clone() });
  contractChecks.count += 1;
  return response;
}

type Handler = (...args: unknown[]) => unknown;

/**
 * A handler that answers through the route module as currently loaded: a test that resets the
 * modules (lib/database/outage.int.test.ts reloads the app against another database) gets the
 * fresh module, not the one the mock was first made from.
 */
function wrap(file: string, method: string, pathTemplate: string, first: Handler): Handler {
  // The questionnaire's handler answers synchronously and its tests call it so; it reads no database, so the first module serves.
  if (first.constructor.name !== "AsyncFunction") return (...args) => watch(method, pathTemplate, first(...args) as Response);
  return async (...args) => {
    const current = (await vi.importActual<Record<string, Handler>>(file))[method] ?? first;
    return watch(method, pathTemplate, (await current(...args)) as Response);
  };
}

for (const { file, pathTemplate } of apiRouteFiles(path.resolve(__dirname, "../.."))) {
  vi.doMock(file, async (importOriginal) => {
    const actual = await importOriginal<Record<string, unknown>>();
    return Object.fromEntries(
      Object.entries(actual).map(([name, value]) => [name, HTTP_METHODS.includes(name) && typeof value === "function" ? wrap(file, name, pathTemplate, value as Handler) : value]),
    );
  });
}

afterEach(async () => {
  const checks = pending.splice(0).map(({ method, pathTemplate, response }) => check(method, pathTemplate, response));
  const failures = (await Promise.allSettled(checks)).flatMap((outcome) => (outcome.status === "rejected" ? [String(outcome.reason)] : []));
  if (failures.length > 0) throw new Error(`Responses the OpenAPI document does not describe:\n${failures.join("\n\n")}`);
});
