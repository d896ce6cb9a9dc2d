/**
 * The read-only API for BI tools, called as Next calls its route handlers, with real personal
 * tokens and session cookies against the real SQLite file. Every body is checked against the zod
 * schema the OpenAPI document is generated from.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ZApiError, ZApiOrganizations, ZApiResult, ZApiResultsPage } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { createApiToken as createApiTokenService, revokeApiToken as revokeApiTokenService } from "@/lib/services/api-tokens";
import { startAssessmentForMember } from "@/lib/services/assessments";
import { createExecutive, createMemberAssessment, createTenant } from "@/lib/testing/accounts";
import { COMPLETE_ANSWERS, draftBody } from "@/lib/testing/fixtures";
import { insertSyntheticResults, scoreAnswers } from "@/lib/testing/synthetic-results";
import { PUT as saveDraft } from "./assessments/[token]/route";
import { POST as createAssessment } from "./assessments/route";
import { GET as openApi } from "./openapi.json/route";
import { GET as listOrganizations } from "./organizations/route";
import { GET as getReport } from "./results/[id]/report/route";
import { GET as getResult } from "./results/[id]/route";
import { GET as listResults } from "./results/route";
import { parsedBy } from "../../../lib/testing/parsed-by";
import { ZApiTokenCreate, ZApiTokenRevoke } from "../../../lib/validation/api-tokens";

// As a form submission reaches them: parsed with the action's schema, then the typed service.
const createApiToken = parsedBy(ZApiTokenCreate, createApiTokenService);
const revokeApiToken = parsedBy(ZApiTokenRevoke, revokeApiTokenService);

const BASE = "http://127.0.0.1:3000";

afterAll(async () => {
  await db.$disconnect();
});

interface Credentials {
  token?: string;
  cookie?: string;
  authorization?: string;
}

function request(method: string, path: string, credentials: Credentials = {}, body?: unknown): Request {
  const headers: Record<string, string> = { host: "127.0.0.1:3000" };
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials.authorization) headers.authorization = credentials.authorization;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

const getList = (query: string, credentials: Credentials) => listResults(request("GET", `/api/v1/results${query}`, credentials), params({}));
const getOne = (id: string, credentials: Credentials) => getResult(request("GET", `/api/v1/results/${id}`, credentials), params({ id }));
const getOrganizations = (credentials: Credentials) => listOrganizations(request("GET", "/api/v1/organizations", credentials), params({}));

/** Organizations A and B with a submitted result each, and a token of A's consultant. */
async function world() {
  const a = await createTenant();
  const b = await createTenant();
  const resultA = (await createMemberAssessment(a.executive.actor, a.organization.id)).resultId!;
  const resultB = (await createMemberAssessment(b.executive.actor, b.organization.id)).resultId!;
  const { token } = await createApiToken(a.consultant.actor, { name: "BI" });
  return { a, b, resultA, resultB, token };
}

async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  const body = ZApiError.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body;
}

describe("the read-only API with a personal token", () => {
  it("serves the results, one result and the organizations of the token owner's organizations only", async () => {
    const { a, b, resultA, resultB, token } = await world();

    const list = await getList("", { token });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const page = ZApiResultsPage.parse(await list.json());
    expect(page.results.map((row) => row.id)).toEqual([resultA]);
    expect(page).toMatchObject({ total: 1, totalCapped: false, nextCursor: null, next: null });
    expect(page.results[0]).toMatchObject({ organizationId: a.organization.id, clientName: a.organization.name, reviewStatus: "new" });

    const one = await getOne(resultA, { token });
    expect(one.status).toBe(200);
    expect(one.headers.get("cache-control")).toBe("private, no-store");
    const result = ZApiResult.parse(await one.json());
    expect(result).toMatchObject({ id: resultA, organizationId: a.organization.id, organizationName: a.organization.name, override: null });
    expect(result.answers).toMatchObject({ employees: COMPLETE_ANSWERS.employees });
    expect(result.drivers.flatMap((driver) => driver.citations).length).toBeGreaterThan(0);

    const organizations = await getOrganizations({ token });
    expect(organizations.status).toBe(200);
    expect(ZApiOrganizations.parse(await organizations.json())).toEqual({
      organizations: [{ id: a.organization.id, name: a.organization.name, industry: null, sizeBand: null, resultCount: 1 }],
    });

    const crossTenant = await expectRefusal(await getOne(resultB, { token }), 404, "result_not_found");
    expect(JSON.stringify(crossTenant)).not.toContain(b.organization.name);
    await expectRefusal(await getOne(`${resultA.slice(0, -1)}${resultA.endsWith("a") ? "b" : "a"}`, { token }), 404, "result_not_found");
    await expectRefusal(await getList(`?organization=${b.organization.id}`, { token }), 404, "organization_not_found");
  });

  it("shows a consultant's override beside the model's own recommendation", async () => {
    const { a, token } = await world();
    const scored = scoreAnswers(COMPLETE_ANSWERS);
    const other = scored.output.ranking[1]!;
    const [id] = await insertSyntheticResults(db, [
      { organization: { ...a.organization, industry: "retail", sizeBand: "250_999" }, scored, reviewStatus: "in_review", override: { recommendation: other, justification: "Two strong leaders already in post.", byUserId: a.consultant.user.id } },
    ]);
    const result = ZApiResult.parse(await (await getOne(id!, { token })).json());
    expect(result).toMatchObject({ recommendation: scored.output.recommended, reviewStatus: "in_review", override: { recommendation: other, justification: "Two strong leaders already in post." } });
  });

  it("pages through the results with the cursor and a next link that keeps the filters", async () => {
    const { a, token } = await world();
    const scored = scoreAnswers(COMPLETE_ANSWERS);
    const start = Date.parse("2025-01-01T00:00:00.000Z");
    await insertSyntheticResults(
      db,
      Array.from({ length: 30 }, (_, index) => ({ organization: { ...a.organization, industry: null, sizeBand: null }, scored, respondentRole: "cfo", createdAt: new Date(start + index * 60_000) })),
    );

    const first = await getList("?role=cfo&sort=date&dir=asc", { token });
    const firstPage = ZApiResultsPage.parse(await first.json());
    expect(firstPage.results).toHaveLength(25);
    expect(firstPage).toMatchObject({ total: 30, totalCapped: false });
    expect(firstPage.nextCursor).not.toBeNull();
    const next = new URL(firstPage.next!);
    expect(next.origin + next.pathname).toBe(`${BASE}/api/v1/results`);
    expect(Object.fromEntries(next.searchParams)).toEqual({ role: "cfo", dir: "asc", after: firstPage.nextCursor });
    expect(first.headers.get("link")).toBe(`<${firstPage.next}>; rel="next"`);

    const second = ZApiResultsPage.parse(await (await getList(next.search, { token })).json());
    expect(second.results).toHaveLength(5);
    expect(second).toMatchObject({ nextCursor: null, next: null, total: 30 });
    const all = [...firstPage.results, ...second.results];
    expect(new Set(all.map((row) => row.id)).size).toBe(30);
    expect(all.map((row) => row.createdAt)).toEqual([...all.map((row) => row.createdAt)].sort());

    const invalid = await expectRefusal(await getList("?limit=7", { token }), 400, "invalid_request");
    expect(invalid.error.issues.map((issue) => issue.path)).toEqual(["limit"]);
    await expectRefusal(await getList("?after=not-a-cursor", { token }), 400, "invalid_request");
  });

  it("refuses empty query values and a malformed id with 400 naming the parameter, rather than reading them as absent", async () => {
    const { token } = await world();
    for (const query of ["?to=", "?organization=", "?q=%20%20", "?recommendation=ctio&status="]) {
      const refused = await expectRefusal(await getList(query, { token }), 400, "invalid_request");
      expect(refused.error.issues.map((issue) => issue.path), query).toEqual([[...new URLSearchParams(query).keys()].at(-1)]);
    }
    const malformed = await expectRefusal(await getOne("not%20an%20id", { token }), 400, "invalid_request");
    expect(malformed.error.issues.map((issue) => issue.path)).toEqual(["id"]);
  });

  it("checks a report's format and id before sign-in: 400 for anyone, then 401 without a session", async () => {
    const { resultA } = await world();
    const download = (id: string, query: string) => getReport(request("GET", `/api/v1/results/${id}/report${query}`, {}), params({ id }));
    for (const [id, query, path] of [[resultA, "?format=docx", "format"], [resultA, "?format=", "format"], ["a.b", "?format=md", "id"]] as const) {
      const response = await download(id, query);
      expect(response.status, `${id}${query}`).toBe(400);
      expect(((await response.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(path);
    }
    expect((await download(resultA, "?format=md")).status).toBe(401);
  });

  it("refuses a revoked, expired or unknown token, a disabled owner and a malformed header with 401 and WWW-Authenticate", async () => {
    const { a, resultA, token } = await world();
    const expired = await createApiToken(a.consultant.actor, { name: "Expired" });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await createApiToken(a.consultant.actor, { name: "Revoked" });
    await revokeApiToken(a.consultant.actor, { apiTokenId: revoked.id });

    const badCredentials: Credentials[] = [
      { token: revoked.token },
      { token: expired.token },
      { token: `rfk_${"Q".repeat(43)}` },
      { authorization: `Basic ${Buffer.from(`x:${token}`).toString("base64")}` },
      { authorization: "Bearer" },
      // A token is judged alone: a valid session beside a bad token does not rescue it.
      { token: revoked.token, cookie: await sessionCookie(a.consultant.user.id) },
    ];
    for (const credentials of badCredentials) {
      for (const response of [await getList("", credentials), await getOne(resultA, credentials), await getOrganizations(credentials)]) {
        await expectRefusal(response, 401, "invalid_token");
        expect(response.headers.get("www-authenticate")).toBe('Bearer realm="rolefit", error="invalid_token"');
      }
    }
    const expiredBody = await expectRefusal(await getList("", { token: expired.token }), 401, "invalid_token");
    expect(expiredBody.error.message).toMatch(/expired/);

    const anonymous = await getList("", {});
    await expectRefusal(anonymous, 401, "sign_in_required");
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="rolefit"');

    expect((await getList("", { token })).status).toBe(200);
    await db.user.update({ where: { id: a.consultant.user.id }, data: { disabledAt: new Date() } });
    await expectRefusal(await getList("", { token }), 401, "invalid_token");
  });

  it("is refused everywhere else: the report route and the assessment routes do not take it as a session", async () => {
    const { a, resultA, token } = await world();
    const report = await getReport(request("GET", `/api/v1/results/${resultA}/report?format=md`, { token }), params({ id: resultA }));
    expect(report.status).toBe(401);
    expect(report.headers.get("content-disposition")).toBeNull();

    const created = await createAssessment(request("POST", "/api/v1/assessments", { token }), params({}));
    expect(created.status).toBe(201);
    const { token: resumeToken } = (await created.json()) as { token: string };
    const assessments = await db.assessment.findMany({ where: { userId: a.consultant.user.id } });
    expect(assessments).toEqual([]);
    expect(resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const ownDraft = await startAssessmentForMember(a.consultant.actor, a.organization.id);
    const saved = await saveDraft(request("PUT", `/api/v1/assessments/${ownDraft.token}`, { token }, draftBody({ employees: 80 })), params({ token: ownDraft.token }));
    expect(saved.status).toBe(404);
    const withSession = await saveDraft(
      request("PUT", `/api/v1/assessments/${ownDraft.token}`, { cookie: await sessionCookie(a.consultant.user.id) }, draftBody({ employees: 80 })),
      params({ token: ownDraft.token }),
    );
    expect(withSession.status).toBe(200);
  });
});

describe("the read-only API with a session", () => {
  it("serves a signed-in consultant without a token, and refuses executives with 403", async () => {
    const { a, resultA } = await world();
    const consultant = await sessionCookie(a.consultant.user.id);
    expect(ZApiResultsPage.parse(await (await getList("", { cookie: consultant })).json()).results.map((row) => row.id)).toEqual([resultA]);
    expect(ZApiResult.parse(await (await getOne(resultA, { cookie: consultant })).json()).id).toBe(resultA);
    expect(ZApiOrganizations.parse(await (await getOrganizations({ cookie: consultant })).json()).organizations).toHaveLength(1);

    const executive = await sessionCookie(a.executive.user.id);
    await expectRefusal(await getList("", { cookie: executive }), 403, "consultants_only");
    await expectRefusal(await getOrganizations({ cookie: executive }), 403, "consultants_only");
    await expectRefusal(await getOne(resultA, { cookie: executive }), 404, "result_not_found");
    const colleague = await createExecutive([a.organization.id]);
    await expectRefusal(await getList("", { cookie: await sessionCookie(colleague.user.id) }), 403, "consultants_only");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is public, parses as OpenAPI 3.1 and lists the read-only paths with the bearer scheme", async () => {
    const response = await openApi(request("GET", "/api/v1/openapi.json"), params({}));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/results", "/api/v1/results/{id}", "/api/v1/organizations", "/api/v1/openapi.json"]));
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
