/**
 * The download routes and the health check under hostile input (issue #7): report downloads of
 * a result, an organization, a share link and a respondent's private link, the results export, and GET /api/health, each with
 * FUZZ_RUNS generated requests in-process against the real database. Refusals are 4xx with the
 * API's error body and write nothing (a share link's open count included); a valid download
 * still works afterwards.
 */
import fc from "fast-check";
import { LOCALES } from "@/lib/i18n/locales";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createShareLink as createShareLinkService } from "@/lib/services/share-links";
import { createExecutive, createMemberAssessment } from "@/lib/testing/accounts";
import { fuzz } from "@/lib/testing/fuzz-harness";
import { answerProblems, brokenCredentials, createReadWorld, ignoredQuery, plainRequest, requestPlans, send, validResultsQuery, type Change, type HttpRequestPlan } from "@/lib/testing/fuzz-http";
import { objectSpecOf, type ObjectSpec } from "@/lib/testing/fuzz/fields";
import { preview, shortHostileText } from "@/lib/testing/fuzz/hostile";
import { garbageCookie, malformedQuery, queryNoise, wrongPathParam } from "@/lib/testing/fuzz/http-input";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { ZResultsQuery } from "@/lib/validation/portfolio";
import { GET as exportResults } from "./(workspace)/workspace/results/export/route";
import { GET as health } from "./api/health/route";
import { GET as exportMyData } from "./(account)/account/export/route";
import { GET as exportSchema } from "./(marketing)/privacy/export-schema.json/route";
import { GET as organizationReport } from "./api/v1/organizations/[id]/report/route";
import { GET as resultReport } from "./api/v1/results/[id]/report/route";
import { GET as sharedReport } from "./shared/[token]/report/route";
import { GET as respondentReport } from "./(assessment)/assessment/[token]/report/route";
import { parsedBy } from "../lib/testing/parsed-by";
import { ZShareLinkCreate } from "../lib/validation/share-links";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createShareLink = parsedBy(ZShareLinkCreate, createShareLinkService);

type World = Awaited<ReturnType<typeof createReadWorld>> & {
  shareToken: string;
  /** The private link of A's executive's assessment, saved to their account, and their session. */
  respondentToken: string;
  respondent: string;
  /** Signed-in people who may not see A's result or organization. */
  outsiders: Record<string, string>;
};

let world: World;

beforeAll(async () => {
  const base = await createReadWorld();
  const colleague = await createExecutive([base.organizationA]);
  world = {
    ...base,
    shareToken: (await createShareLink(base.a.executive.actor, { resultId: base.resultA })).token,
    respondentToken: (await createMemberAssessment(base.a.executive.actor, base.organizationA)).token,
    respondent: await sessionCookie(base.a.executive.user.id),
    outsiders: { "the consultant of B": base.consultantB, "another executive of A": await sessionCookie(colleague.user.id) },
  };
});

afterAll(async () => {
  await db.$disconnect();
});

const MARKDOWN: [string, string][] = [["format", "md"]];

/** A format other than pdf and md, alone or first of several (the route reads the first). */
const badFormat = fc
  .tuple(
    shortHostileText.filter((format) => format !== "pdf" && format !== "md"),
    fc.constantFrom<[string, string][]>([], [["format", "md"]]),
  )
  .map(([format, rest]): Change => ({ query: [["format", format], ...rest], breaking: `format ${preview(format)}` }));

/** A report language other than en, de and fr (the route reads the first "lang"). */
const badLanguage = shortHostileText
  .filter((language) => !(LOCALES as readonly string[]).includes(language))
  .map((language): Change => ({ query: [...MARKDOWN, ["lang", language]], breaking: `lang ${preview(language)}` }));

/** Parameters a report route ignores, after the format and language it reads; a good language is noise too. */
const reportNoise = fc
  .tuple(queryNoise, fc.constantFrom<[string, string][]>([], [["lang", "de"]], [["lang", "fr"]], [["lang", "en"]]))
  .map(([extra, language]): Partial<HttpRequestPlan> => ({ query: [...MARKDOWN, ...language, ...extra.filter(([key]) => key !== "format" && key !== "lang")] }));

function reportCases(valid: Omit<HttpRequestPlan, "breaking">, id: string, realIds: string[], others: fc.Arbitrary<Change>[], noise = reportNoise) {
  return requestPlans(valid, {
    breaking: fc.oneof(
      { arbitrary: badFormat, weight: 2 },
      { arbitrary: badLanguage, weight: 1 },
      { arbitrary: wrongPathParam(realIds).map((wrong): Change => ({ params: { [id]: wrong }, breaking: `${id} ${preview(wrong)}` })), weight: 3 },
      ...others.map((arbitrary) => ({ arbitrary, weight: 2 })),
    ),
    noise,
  });
}

describe("the download routes under malformed requests", () => {
  it("GET /api/v1/results/{id}/report refuses bad formats, ids and credentials", async () => {
    const valid = { ...plainRequest("GET", "/api/v1/results/{id}/report", { id: world.resultA }), query: MARKDOWN, cookie: world.consultantA };
    const cases = reportCases(valid, "id", [world.resultA], [
      brokenCredentials(world.outsiders, { bearer: false }),
      fc.constant<Change>({ params: { id: world.resultB }, breaking: "a result of another organization" }),
    ]);
    await fuzz("GET /api/v1/results/{id}/report", cases, (plan) => answerProblems(resultReport, plan, 200));
    expect((await send(resultReport, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /api/v1/organizations/{id}/report refuses bad formats, ids and credentials", async () => {
    const valid = { ...plainRequest("GET", "/api/v1/organizations/{id}/report", { id: world.organizationA }), query: MARKDOWN, cookie: world.consultantA };
    const cases = reportCases(valid, "id", [world.organizationA], [brokenCredentials(world.outsiders, { bearer: false })]);
    await fuzz("GET /api/v1/organizations/{id}/report", cases, (plan) => answerProblems(organizationReport, plan, 200));
    expect((await send(organizationReport, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /shared/{token}/report refuses bad formats and links that open nothing, and counts no open", async () => {
    const valid = { ...plainRequest("GET", "/shared/{token}/report", { token: world.shareToken }), query: MARKDOWN };
    // Every case breaks something: a working link counts an open, which is a write. Cookies mean nothing to a share link.
    const noise = fc.tuple(reportNoise, fc.option(garbageCookie, { nil: null })).map(([query, cookie]) => ({ ...query, cookie }));
    const cases = reportCases(valid, "token", [world.shareToken], [], noise);
    await fuzz("GET /shared/{token}/report", cases, (plan) => answerProblems(sharedReport, plan, 200));
    expect((await send(sharedReport, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /assessment/{token}/report refuses bad formats, wrong links and anyone but the owner of a saved assessment", async () => {
    const valid = { ...plainRequest("GET", "/assessment/{token}/report", { token: world.respondentToken }), query: MARKDOWN, cookie: world.respondent };
    const cases = reportCases(valid, "token", [world.respondentToken], [brokenCredentials({ ...world.outsiders, "the consultant of A": world.consultantA }, { bearer: false })]);
    await fuzz("GET /assessment/{token}/report", cases, (plan) => answerProblems(respondentReport, plan, 200));
    expect((await send(respondentReport, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /workspace/results/export refuses every malformed query, format and credential", async () => {
    const query = { format: "csv", ...validResultsQuery(world.organizationA) };
    const results = objectSpecOf(ZResultsQuery);
    // The route reads the first "format" and hands the rest of the query to the table's schema.
    const spec: ObjectSpec = {
      ...results,
      fields: [
        ...results.fields,
        {
          name: "format",
          required: false,
          refuses: (value) => {
            const first: unknown = Array.isArray(value) ? value[0] : value;
            return first !== undefined && first !== "csv" && first !== "json";
          },
        },
      ],
    };
    const valid = { ...plainRequest("GET", "/workspace/results/export"), query: Object.entries(query), cookie: world.consultantA };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        { arbitrary: malformedQuery(query, spec).map(({ params, breaking }): Change => ({ query: params, breaking })), weight: 4 },
        { arbitrary: brokenCredentials(world.outsiders, { bearer: false }), weight: 1 },
      ),
    });
    await fuzz("GET /workspace/results/export", cases, (plan) => answerProblems(exportResults, plan, 200));
    const exported = await send(exportResults, { ...valid, breaking: [] });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toMatch(/^\uFEFF?[^\n]*,/);
  });

  it("GET /account/export answers a session with its own data and refuses anything else, whatever the query", async () => {
    const valid = { ...plainRequest("GET", "/account/export"), cookie: world.respondent };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        fc.constant<Change>({ cookie: null, breaking: "no session" }),
        garbageCookie.map((cookie): Change => ({ cookie, breaking: `cookie ${preview(cookie, 60)}` })),
      ),
      noise: ignoredQuery(queryNoise),
    });
    await fuzz("GET /account/export", cases, (plan) => answerProblems(exportMyData, plan, 200));
    const exported = await send(exportMyData, { ...valid, breaking: [] });
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as { account: { id: string } }).account.id).toBe(world.a.executive.user.id);
  });

  it("GET /privacy/export-schema.json ignores whatever it is sent and answers the schema", async () => {
    const valid = plainRequest("GET", "/privacy/export-schema.json");
    const cases = requestPlans(valid, {
      breaking: fc.constant(null),
      noise: fc.tuple(ignoredQuery(queryNoise), fc.option(garbageCookie, { nil: null })).map(([query, cookie]) => ({ ...query, cookie })),
    });
    await fuzz("GET /privacy/export-schema.json", cases, (plan) => answerProblems(exportSchema, plan, 200));
    expect((await send(exportSchema, { ...valid, breaking: [] })).status).toBe(200);
  });

  it("GET /api/health ignores whatever it is sent and answers ok", async () => {
    const valid = plainRequest("GET", "/api/health");
    const cases = requestPlans(valid, {
      breaking: fc.constant(null),
      noise: fc.tuple(ignoredQuery(queryNoise), fc.option(garbageCookie, { nil: null })).map(([query, cookie]) => ({ ...query, cookie })),
    });
    await fuzz("GET /api/health", cases, (plan) => answerProblems(health, plan, 200));
    expect((await send(health, { ...valid, breaking: [] })).status).toBe(200);
  });
});
