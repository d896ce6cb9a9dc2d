/** The JSON API's contract, calling the real route handlers against the real SQLite file. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "@/lib/testing/fixtures";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { DONT_KNOW } from "@/lib/questionnaire/schema";
import { GET as getQuestionnaire } from "./questionnaire/route";
import { POST as createAssessment } from "./assessments/route";
import { GET as getDraft, PUT as saveDraft } from "./assessments/[token]/route";
import { POST as submit } from "./assessments/[token]/submit/route";
import { POST as scoreRoute } from "./score/route";
import { ZApiRobustness } from "@/lib/api/schemas";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { uniqueAddress } from "@/lib/testing/accounts";

const BASE = "http://127.0.0.1:3000";

function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: uniqueAddress(), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

async function newToken(): Promise<string> {
  const response = await createAssessment(request("POST", "/api/v1/assessments"), params({}));
  expect(response.status).toBe(201);
  const body = (await response.json()) as { token: string; resumeUrl: string };
  // On the configured public URL (http://localhost:3000 here), not the request's host.
  expect(body.resumeUrl).toBe(`http://localhost:3000/assessment/${body.token}`);
  return body.token;
}

describe("GET /api/v1/questionnaire", () => {
  it("returns the version, sections, questions, option ids, bounds and skip rules", async () => {
    const body = (await getQuestionnaire().json()) as typeof QUESTIONNAIRE;
    expect(body.version).toBe(QUESTIONNAIRE.version);
    const questions = body.sections.flatMap((section) => section.questions);
    expect(questions.find((q) => q.id === "employees")).toMatchObject({ type: "number", min: 1, max: 2_000_000 });
    expect(questions.find((q) => q.id === "tech_revenue_share")?.showIf).toEqual({ questionId: "sells_technology", anyOf: ["core", "some"] });
  });
});

describe("assessment routes", () => {
  it("autosaves, resumes and submits once, answering replays with the same body", async () => {
    const token = await newToken();
    const saved = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, draftBody({ employees: 80 })), params({ token }));
    expect(saved.status).toBe(200);
    const draft = (await (await getDraft(request("GET", `/api/v1/assessments/${token}`), params({ token }))).json()) as { answers: unknown };
    expect(draft.answers).toEqual({ employees: 80 });

    const body = submissionBody(COMPLETE_ANSWERS, randomUUID());
    const responses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      responses.push(await submit(request("POST", `/api/v1/assessments/${token}/submit`, body), params({ token })));
    }
    expect(responses.map((response) => response.status)).toEqual([201, 200, 200]);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(bodies.map((item) => JSON.stringify(item))).size).toBe(1);
  });

  it("answers bad input with 400 and the field path, never 500", async () => {
    const token = await newToken();
    const cases: [unknown, string][] = [
      [draftBody({ employees: "twelve" }), "answers.employees"],
      [draftBody({ revenue_band: "huge" }), "answers.revenue_band"],
      [draftBody({ made_up: 1 }), "answers"],
      [{ ...draftBody({}), questionnaireVersion: "2020.1" }, "questionnaireVersion"],
      [{ ...draftBody({}), role: "admin" }, ""],
      [[], ""],
    ];
    for (const [body, path] of cases) {
      const response = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, body), params({ token }));
      expect(response.status, JSON.stringify(body)).toBe(400);
      const json = (await response.json()) as { error: { code: string; message: string; issues: { path: string }[] } };
      expect(json.error.issues[0]?.path).toBe(path);
      expect(json.error.message).not.toMatch(/at .*\.ts|Error:/);
    }
    const notJson = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, "{oops"), params({ token }));
    expect(notJson.status).toBe(400);
    const malformedToken = await saveDraft(request("PUT", "/api/v1/assessments/nope", draftBody({})), params({ token: "nope" }));
    expect(malformedToken.status).toBe(400);
    expect(((await malformedToken.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe("token");
    const malformedRead = await getDraft(request("GET", "/api/v1/assessments/nope"), params({ token: "nope" }));
    expect(malformedRead.status).toBe(400);
    const unknownToken = await saveDraft(request("PUT", `/api/v1/assessments/${"B".repeat(43)}`, draftBody({})), params({ token: "B".repeat(43) }));
    expect(unknownToken.status).toBe(404);
    const draft = (await (await getDraft(request("GET", `/api/v1/assessments/${token}`), params({ token }))).json()) as { answers: unknown; revision: number };
    expect(draft).toMatchObject({ answers: {}, revision: 0 });
  });

  it("refuses bodies over 1 MB, non-JSON content types and cross-site writes", async () => {
    const token = await newToken();
    const huge = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, JSON.stringify({ pad: "x".repeat(1_100_000) })), params({ token }));
    expect(huge.status).toBe(413);
    const form = new Request(`${BASE}/api/v1/assessments/${token}`, { method: "PUT", headers: { host: "127.0.0.1:3000", "content-type": "text/plain" }, body: "{}" });
    expect((await saveDraft(form, params({ token }))).status).toBe(415);
    for (const origin of ["https://evil.example", "null"]) {
      const crossSite = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, draftBody({ employees: 5 }), { origin }), params({ token }));
      expect(crossSite.status).toBe(403);
    }
    const sameSite = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, draftBody({ employees: 5 }), { origin: BASE }), params({ token }));
    expect(sameSite.status).toBe(200);
  });

  it("answers a NUL escaped in the JSON with 400 and the field's message, keeping the saved draft and storing no result", async () => {
    const token = await newToken();
    const saved = await saveDraft(request("PUT", `/api/v1/assessments/${token}`, draftBody({ employees: 80 }, { organizationName: "Northwind Bank" })), params({ token }));
    expect(saved.status).toBe(200);
    // Written by hand so the body carries the six characters \u0000, as a client's JSON encoder sends them.
    const withNul = (body: object) => JSON.stringify(body).replace("NUL_HERE", "\\u0000");
    const refused = [
      await saveDraft(request("PUT", `/api/v1/assessments/${token}`, withNul(draftBody({ employees: 90 }, { organizationName: "NorthNUL_HEREwind" }))), params({ token })),
      await submit(
        request("POST", `/api/v1/assessments/${token}/submit`, withNul({ ...submissionBody(), details: { respondentName: "AdaNUL_HERE" } })),
        params({ token }),
      ),
    ];
    const bodies = [];
    for (const response of refused) {
      expect(response.status).toBe(400);
      bodies.push((await response.json()) as { error: { code: string; issues: { path: string; message: string }[] } });
    }
    expect(bodies.map((body) => body.error.code)).toEqual(["invalid_request", "invalid_request"]);
    expect(bodies.map((body) => body.error.issues)).toEqual([
      [{ path: "details.organizationName", message: "Remove the control character (U+0000) from this field." }],
      [{ path: "details.respondentName", message: "Remove the control character (U+0000) from this field." }],
    ]);
    const draft = (await (await getDraft(request("GET", `/api/v1/assessments/${token}`), params({ token }))).json()) as Record<string, unknown>;
    expect(draft).toMatchObject({ answers: { employees: 80 }, details: { organizationName: "Northwind Bank" }, revision: 1, resultId: null });
  });
});

describe("POST /api/v1/score", () => {
  it("scores without saving, and refuses invalid answers with field paths", async () => {
    const ok = await scoreRoute(request("POST", "/api/v1/score", { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS }), params({}));
    expect(ok.status).toBe(200);
    const output = (await ok.json()) as { recommended: string; scores: Record<string, number>; robustness: unknown };
    expect(["separate", "ctio", "cdo"]).toContain(output.recommended);
    // The robustness analysis comes in the shape the OpenAPI document gives it.
    expect(ZApiRobustness.parse(output.robustness)).toMatchObject({ draws: 10_000, measuredLater: false });
    const bad = await scoreRoute(request("POST", "/api/v1/score", { questionnaireVersion: QUESTIONNAIRE.version, answers: { audit_burden: 9 } }), params({}));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe("answers.audit_burden");
  });

  it("refuses answers that give the model no evidence, rather than recommending the tie-break order", async () => {
    for (const answers of [{}, { digital_transformation: DONT_KNOW, audit_burden: DONT_KNOW }]) {
      const empty = await scoreRoute(request("POST", "/api/v1/score", { questionnaireVersion: QUESTIONNAIRE.version, answers }), params({}));
      expect(empty.status).toBe(400);
      const { error } = (await empty.json()) as { error: { issues: { path: string; message: string }[] } };
      expect(error.issues).toEqual([expect.objectContaining({ path: "answers", message: expect.stringContaining("Answer at least one question") })]);
    }
    const one = await scoreRoute(request("POST", "/api/v1/score", { questionnaireVersion: QUESTIONNAIRE.version, answers: { employees: 40 } }), params({}));
    expect(one.status).toBe(200);
  });
});
