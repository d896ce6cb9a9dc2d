/**
 * The check that every integration test's /api/v1 response meets the OpenAPI document
 * (lib/testing/api-contract-setup.ts) is in place, and fails on what the document does not say.
 */
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { responseChecker } from "@/lib/testing/api-contract";
import { contractChecks } from "@/lib/testing/api-contract-setup";
import { GET as getQuestionnaire } from "./questionnaire/route";
import { GET as getResult } from "./results/[id]/route";

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

describe("the integration suite's check of responses against the OpenAPI document", () => {
  it("wraps the route handlers the tests import, so their responses are checked", async () => {
    const before = contractChecks.count;
    getQuestionnaire();
    await getResult(new Request("http://127.0.0.1:3000/api/v1/results/not%20an%20id"), params({ id: "not an id" }));
    expect(contractChecks.count).toBe(before + 2);
  });

  it("passes the real responses, and fails them against a document that does not describe them", async () => {
    const document = buildOpenApiDocument();
    const check = responseChecker(document);
    const malformed = await getResult(new Request("http://127.0.0.1:3000/api/v1/results/not%20an%20id"), params({ id: "not an id" }));
    expect(malformed.status).toBe(400);
    await check("GET", "/api/v1/results/{id}", malformed.clone());

    const withoutThe400 = buildOpenApiDocument();
    delete withoutThe400.paths["/api/v1/results/{id}"]?.get?.responses["400"];
    await expect(responseChecker(withoutThe400)("GET", "/api/v1/results/{id}", malformed.clone())).rejects.toThrow(/answered 400, which the OpenAPI document does not list/);

    const questionnaire = getQuestionnaire();
    await check("GET", "/api/v1/questionnaire", questionnaire.clone());
    const renamed = new Response(JSON.stringify({ ...(await questionnaire.json()), version: 2027 }), { headers: { "content-type": "application/json" } });
    await expect(check("GET", "/api/v1/questionnaire", renamed)).rejects.toThrow(/a body the OpenAPI document does not describe:\n\/version must be string/);
    const extraField = new Response(JSON.stringify({ resultId: "abc", resultUrl: "https://rolefit.example.com/r", score: 3 }), { status: 201, headers: { "content-type": "application/json" } });
    await expect(check("POST", "/api/v1/assessments/{token}/submit", extraField)).rejects.toThrow(/must NOT have additional properties/);
    const asText = new Response("ok", { status: 200, headers: { "content-type": "text/plain" } });
    await expect(check("GET", "/api/v1/questionnaire", asText)).rejects.toThrow(/with text\/plain, but the document lists application\/json/);
  });
});
