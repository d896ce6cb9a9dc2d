/**
 * The read-only API under hostile input (issue #7): FUZZ_RUNS generated requests per method
 * (queries built from the results table's schema, forged page positions, ids, cookies and tokens)
 * in-process against the real database. Refusals are 4xx with the API's error body; nothing is
 * written (not even a token's last use, since no valid token is sent); a valid request still works.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fuzz } from "@/lib/testing/fuzz-harness";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { answerProblems, brokenCredentials, createReadWorld, ignoredQuery, plainRequest, requestPlans, send, validResultsQuery, type Change, type HttpRequestPlan } from "@/lib/testing/fuzz-http";
import { objectSpecOf } from "@/lib/testing/fuzz/fields";
import { preview } from "@/lib/testing/fuzz/hostile";
import { malformedQuery, queryNoise, wrongPathParam } from "@/lib/testing/fuzz/http-input";
import { jsonValueText } from "@/lib/testing/fuzz/json-body";
import { ZResultsQuery } from "@/lib/validation/portfolio";
import { GET as openApi } from "./openapi.json/route";
import { GET as listOrganizations } from "./organizations/route";
import { GET as getResult } from "./results/[id]/route";
import { GET as listResults } from "./results/route";

type World = Awaited<ReturnType<typeof createReadWorld>> & { outsiders: Record<string, string> };

let world: World;

beforeAll(async () => {
  const base = await createReadWorld();
  world = { ...base, outsiders: { "an executive of A": await sessionCookie(base.a.executive.user.id), "the consultant of B": base.consultantB } };
});

afterAll(async () => {
  await db.$disconnect();
});

const validQuery = () => validResultsQuery(world.organizationA);

const RESULTS_SPEC = objectSpecOf(ZResultsQuery);

/** Page positions in the right alphabet that decode to something the table never made. */
const forgedCursor = fc
  .oneof(
    fc.constantFrom(
      '{"sort":"margin","dir":"asc","value":1e400,"id":"a"}',
      '{"sort":"margin","dir":"asc","value":"1","id":"\' OR 1=1 --"}',
      '{"sort":"margin","dir":"desc","value":1,"id":"a"}',
      '{"sort":"date","dir":"asc","value":"2025-02-30T00:00:00.000Z","id":"a"}',
      '{"__proto__":{"sort":"margin"},"dir":"asc","value":1,"id":"a"}',
      '{"sort":"margin","dir":"asc","value":1,"id":"a","extra":1}',
    ),
    jsonValueText,
  )
  .map((payload) => Buffer.from(payload, "utf8").toString("base64url"));

const withQuery = (params: Record<string, string>): [string, string][] => Object.entries(params);

describe("the read-only API under malformed requests", () => {
  it("GET /api/v1/results refuses every malformed query, forged page position and credential", async () => {
    const valid = { ...plainRequest("GET", "/api/v1/results"), cookie: world.consultantA, query: withQuery(validQuery()) };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        { arbitrary: malformedQuery(validQuery(), RESULTS_SPEC).map(({ params, breaking }): Change => ({ query: params, breaking })), weight: 8 },
        { arbitrary: forgedCursor.map((after): Change => ({ query: withQuery({ ...validQuery(), after }), breaking: `page position ${preview(after, 60)}` })), weight: 2 },
        { arbitrary: brokenCredentials(world.outsiders, { bearer: true }), weight: 2 },
      ),
    });
    await fuzz("GET /api/v1/results", cases, (plan) => answerProblems(listResults, plan, 200));
    expect((await send(listResults, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /api/v1/results/{id} refuses ids it does not show this caller, and credentials that open nothing", async () => {
    const valid = { ...plainRequest("GET", "/api/v1/results/{id}", { id: world.resultA }), cookie: world.consultantA };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        { arbitrary: wrongPathParam([world.resultA]).map((id): Change => ({ params: { id }, breaking: `id ${preview(id)}` })), weight: 4 },
        { arbitrary: fc.constant<Change>({ params: { id: world.resultB }, breaking: "a result of another organization" }), weight: 1 },
        { arbitrary: brokenCredentials(world.outsiders, { bearer: true }), weight: 2 },
        { arbitrary: fc.constant(null), weight: 1 },
      ),
      noise: ignoredQuery(queryNoise),
    });
    await fuzz("GET /api/v1/results/{id}", cases, (plan) => answerProblems(getResult, plan, 200));
    expect((await send(getResult, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /api/v1/organizations refuses credentials that open nothing and ignores the query", async () => {
    const valid = { ...plainRequest("GET", "/api/v1/organizations"), cookie: world.consultantA };
    const cases = requestPlans(valid, {
      // The consultant of B has organizations to list; only the executive is refused.
      breaking: fc.oneof({ arbitrary: brokenCredentials({ "an executive of A": world.outsiders["an executive of A"] ?? "" }, { bearer: true }), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 }),
      noise: ignoredQuery(queryNoise),
    });
    await fuzz("GET /api/v1/organizations", cases, (plan) => answerProblems(listOrganizations, plan, 200));
    expect((await send(listOrganizations, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /api/v1/openapi.json is public and ignores whatever it is sent", async () => {
    const valid: Omit<HttpRequestPlan, "breaking"> = plainRequest("GET", "/api/v1/openapi.json");
    const cases = requestPlans(valid, {
      breaking: fc.constant(null),
      noise: fc.tuple(ignoredQuery(queryNoise), brokenCredentials({}, { bearer: true })).map(([query, { breaking: _ignored, ...credentials }]) => ({ ...query, ...credentials })),
    });
    await fuzz("GET /api/v1/openapi.json", cases, (plan) => answerProblems(openApi, plan, 200));
    expect((await send(openApi, { ...valid, breaking: [] })).status).toBe(200);
  });
});
