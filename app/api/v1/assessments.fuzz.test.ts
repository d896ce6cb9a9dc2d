/**
 * The assessment API under hostile input (issue #7): every method gets FUZZ_RUNS generated
 * malformed requests (bodies, tokens, content types, origins, cookies, headers) in-process
 * against the real database. Each must be refused with a 4xx and a clear message, write nothing,
 * and leave the endpoint answering a valid request afterwards.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { QUESTIONNAIRE } from "@/lib/questionnaire/definition";
import { createExecutive, createMemberAssessment, createAnonymousAssessment, createTestOrganization, type TestAssessment } from "@/lib/testing/accounts";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "@/lib/testing/fixtures";
import { fuzz } from "@/lib/testing/fuzz-harness";
import { sessionCookie } from "@/lib/testing/session-cookie";
import {
  ORIGIN,
  answerProblems,
  ignoredQuery,
  jsonBodyBreaking,
  jsonBytes,
  jsonRequest,
  plainRequest as base,
  refusalProblems,
  requestPlans,
  sameAnswerProblems,
  send,
  type Change,
} from "@/lib/testing/fuzz-http";
import { DRAFT_SPEC, SCORE_SPEC, SUBMISSION_SPEC } from "@/lib/testing/fuzz/assessment-specs";
import { preview } from "@/lib/testing/fuzz/hostile";
import { foreignOrigin, garbageCookie, queryNoise, wrongPathParam } from "@/lib/testing/fuzz/http-input";
import { GET as getDraft, PUT as saveDraft } from "./assessments/[token]/route";
import { POST as submit } from "./assessments/[token]/submit/route";
import { POST as createAssessment } from "./assessments/route";
import { GET as getQuestionnaire } from "./questionnaire/route";
import { POST as score } from "./score/route";

interface World {
  anonymousDraft: TestAssessment;
  memberDraft: TestAssessment;
  executiveCookie: string;
  otherCookie: string;
  /** The submission key of a result another assessment already has. */
  usedKey: string;
}

let world: World;

beforeAll(async () => {
  const organization = await createTestOrganization();
  const executive = await createExecutive([organization.id]);
  const other = await createExecutive([organization.id]);
  const submitted = await createMemberAssessment(executive.actor, organization.id);
  const result = await db.result.findUniqueOrThrow({ where: { id: submitted.resultId ?? "" }, select: { idempotencyKey: true } });
  world = {
    anonymousDraft: await createAnonymousAssessment({ draft: true }),
    memberDraft: await createMemberAssessment(executive.actor, organization.id, { draft: true }),
    executiveCookie: await sessionCookie(executive.user.id),
    otherCookie: await sessionCookie(other.user.id),
    usedKey: result.idempotencyKey,
  };
});

afterAll(async () => {
  await db.$disconnect();
});

const DETAILS = { organizationName: "Northwind Bank", respondentName: "Ada Example", respondentRole: "ceo" };
const DRAFT = draftBody(COMPLETE_ANSWERS, DETAILS);

/** A token that opens nothing, or the member's draft without its owner's session. */
function tokenBreaking(tokens: string[]): fc.Arbitrary<Change> {
  return fc.oneof(
    wrongPathParam(tokens).map((token): Change => ({ params: { token }, breaking: `token ${preview(token)}` })),
    fc
      .option(fc.oneof(garbageCookie, fc.constant(world.otherCookie)), { nil: null })
      .map((cookie): Change => ({ params: { token: world.memberDraft.token }, cookie, breaking: `the member's draft with ${cookie === null ? "no session" : `cookie ${preview(cookie, 40)}`}` })),
  );
}

/** The anonymous draft's plans, with a garbage cookie as noise: its token alone is the credential. */
const anonymousNoise = fc.record({ cookie: fc.option(garbageCookie, { nil: null }) });

describe("the assessment API under malformed requests", () => {
  it("PUT /api/v1/assessments/{token} refuses every malformed autosave and changes nothing", async () => {
    const valid = jsonRequest("PUT", "/api/v1/assessments/{token}", { token: world.anonymousDraft.token }, DRAFT);
    const cases = requestPlans(valid, {
      breaking: jsonBodyBreaking(DRAFT, DRAFT_SPEC, tokenBreaking([world.anonymousDraft.token, world.memberDraft.token])),
      noise: anonymousNoise,
    });
    await fuzz("PUT /api/v1/assessments/{token}", cases, (plan) => answerProblems(saveDraft, plan, 200));

    const saved = await send(saveDraft, { ...valid, breaking: [] });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ revision: 1 });
  });

  it("GET /api/v1/assessments/{token} refuses tokens that open nothing and ignores the rest", async () => {
    const valid = base("GET", "/api/v1/assessments/{token}", { token: world.anonymousDraft.token });
    const cases = requestPlans(valid, {
      breaking: fc.oneof({ arbitrary: tokenBreaking([world.anonymousDraft.token, world.memberDraft.token]), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }),
      noise: fc.tuple(ignoredQuery(queryNoise), anonymousNoise).map(([query, cookie]) => ({ ...query, ...cookie })),
    });
    await fuzz("GET /api/v1/assessments/{token}", cases, (plan) => answerProblems(getDraft, plan, 200));

    const draft = await send(getDraft, { ...base("GET", "/api/v1/assessments/{token}", { token: world.memberDraft.token }), cookie: world.executiveCookie, breaking: [] });
    expect(draft.status).toBe(200);
  });

  it("POST /api/v1/assessments/{token}/submit refuses every malformed submission and stores no result", async () => {
    const draft = await createAnonymousAssessment({ draft: true });
    const body = submissionBody(COMPLETE_ANSWERS, randomUUID());
    const valid = jsonRequest("POST", "/api/v1/assessments/{token}/submit", { token: draft.token }, body);
    const reusedKey = fc.constant<Change>({ body: jsonBytes({ ...body, idempotencyKey: world.usedKey }), breaking: "the submission key of another assessment's result" });
    const cases = requestPlans(valid, {
      breaking: jsonBodyBreaking(body, SUBMISSION_SPEC, tokenBreaking([draft.token, world.anonymousDraft.token, world.memberDraft.token]), reusedKey),
      noise: anonymousNoise,
    });
    await fuzz("POST /api/v1/assessments/{token}/submit", cases, (plan) => answerProblems(submit, plan, 201));

    const submitted = await send(submit, { ...valid, breaking: [] });
    expect(submitted.status).toBe(201);
  });

  it("POST /api/v1/score refuses every malformed request and never writes", async () => {
    const body = { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS };
    const valid = jsonRequest("POST", "/api/v1/score", {}, body);
    const cases = requestPlans(valid, { breaking: jsonBodyBreaking(body, SCORE_SPEC), noise: anonymousNoise });
    await fuzz("POST /api/v1/score", cases, (plan) => answerProblems(score, plan, 200));

    const scored = await send(score, { ...valid, breaking: [] });
    expect(scored.status).toBe(200);
  });

  it("POST /api/v1/assessments reads no input: whatever it is sent, it starts one empty draft, or refuses another site", async () => {
    const valid = { ...base("POST", "/api/v1/assessments"), origin: ORIGIN };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        { arbitrary: fc.constant(null), weight: 6 },
        { arbitrary: foreignOrigin.filter((origin) => origin !== ORIGIN).map((origin): Change => ({ origin, breaking: `origin ${preview(origin)}` })), weight: 1 },
      ),
      noise: fc.record({ body: fc.uint8Array({ maxLength: 2_000 }), contentType: fc.option(fc.string(), { nil: null }), cookie: fc.option(garbageCookie, { nil: null }) }).chain((noise) =>
        ignoredQuery(queryNoise).map((query) => ({ ...noise, ...query })),
      ),
    });
    await fuzz("POST /api/v1/assessments", cases, async (plan) => {
      const response = await send(createAssessment, plan);
      if (plan.breaking.length > 0) return refusalProblems(response);
      const problems = response.status === 201 ? [] : [`answered ${response.status}, not 201`];
      // The draft, and the counter of new assessments from the request's address (each case has its own).
      return { problems, writes: response.status === 201 ? { Assessment: 1, RateLimitCounter: 1 } : {} };
    });

    const created = await send(createAssessment, { ...valid, breaking: [] });
    expect(created.status).toBe(201);
  });

  it("GET /api/v1/questionnaire reads no input and always answers the questionnaire", async () => {
    const cases = requestPlans(base("GET", "/api/v1/questionnaire"), {
      breaking: fc.constant(null),
      noise: fc.tuple(ignoredQuery(queryNoise), anonymousNoise).map(([query, cookie]) => ({ ...query, ...cookie })),
    });
    // The handler takes no arguments, as Next allows: it cannot read the request, which is the point of sending it one.
    await fuzz("GET /api/v1/questionnaire", cases, async () => sameAnswerProblems(getQuestionnaire(), 200));
    expect((await getQuestionnaire().json()) as { version: string }).toMatchObject({ version: QUESTIONNAIRE.version });
  });
});
