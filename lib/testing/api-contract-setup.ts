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
const pending: Promise<void>[] = [];

/** How many responses were checked in this file so far, so a test can prove the wrapping is in place. */
export const contractChecks = { count: 0 };

function watch(method: string, pathTemplate: string, response: Response): Response {
  // Cloned now, before the test reads the body.
  const copy = response.clone();
  contractChecks.count += 1;
  pending.push(check(method, pathTemplate, copy));
  return response;
}

function wrap(method: string, pathTemplate: string, handler: (...args: unknown[]) => unknown) {
  return (...args: unknown[]) => {
    const answer = handler(...args);
    // The questionnaire's handler answers synchronously and its tests call it so; keep it that way.
    return answer instanceof Promise ? answer.then((response: Response) => watch(method, pathTemplate, response)) : watch(method, pathTemplate, answer as Response);
  };
}

for (const { file, pathTemplate } of apiRouteFiles(path.resolve(__dirname, "../.."))) {
  vi.doMock(file, async (importOriginal) => {
    const actual = await importOriginal<Record<string, unknown>>();
    return Object.fromEntries(
      Object.entries(actual).map(([name, value]) => [name, HTTP_METHODS.includes(name) && typeof value === "function" ? wrap(name, pathTemplate, value as (...args: unknown[]) => unknown) : value]),
    );
  });
}

afterEach(async () => {
  const checks = pending.splice(0);
  const failures = (await Promise.allSettled(checks)).flatMap((outcome) => (outcome.status === "rejected" ? [String(outcome.reason)] : []));
  if (failures.length > 0) throw new Error(`Responses the OpenAPI document does not describe:\n${failures.join("\n\n")}`);
});
