/**
 * The auth routes under malformed requests (issue #14, finding 7): a JSON body cut short, a
 * callbackUrl that is not a path on this site, fields that are not text, bodies of other types or
 * of megabytes, and other sites' origins once made next-auth answer 500. lib/http/auth-route.ts now
 * checks every request before next-auth sees it; these cases must all be refused there, with a
 * 4xx and the API's error body, and write nothing. (A request that passes the checks goes on to
 * next-auth, which needs a running server's request scope: the end-to-end suite covers those.)
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/http/absolute-url";
import { fuzz } from "@/lib/testing/fuzz-harness";
import { ORIGIN, answerProblems, plainRequest, requestPlans, send, type Change } from "@/lib/testing/fuzz-http";
import { specOf } from "@/lib/testing/fuzz/fields";
import { hostileText, preview } from "@/lib/testing/fuzz/hostile";
import { foreignOrigin, headerText, queryNoise } from "@/lib/testing/fuzz/http-input";
import { malformedJsonBody } from "@/lib/testing/fuzz/json-body";
import { safeCallbackPath } from "@/lib/validation/auth";
import { GET, POST } from "./route";

afterAll(async () => {
  await db.$disconnect();
});

const isText = (value: unknown) => typeof value === "string";
/** The route accepts absolute URLs on the configured public origin, as next-auth builds them. */
const PUBLIC_ORIGIN = new URL(publicUrl("/")).origin;
const isOwnUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.origin === PUBLIC_ORIGIN && safeCallbackPath(`${url.pathname}${url.search}`, null) !== null;
  } catch {
    return false;
  }
};
const isSitePath = (value: unknown) => typeof value === "string" && (safeCallbackPath(value, null) !== null || isOwnUrl(value));

/** What the sign-in form posts; every field must be text, and callbackUrl a path on this site. */
const FORM = { csrfToken: "x".repeat(64), email: "ana@example.com", password: "a long enough passphrase", code: "", callbackUrl: "/my", json: "true" };
const FORM_SPEC = specOf(
  [
    ...["csrfToken", "email", "password", "code", "json"].map((name) => ({ name, required: false, refuses: (value: unknown) => !isText(value) })),
    { name: "callbackUrl", required: false, refuses: (value: unknown) => !isSitePath(value) },
  ],
  false,
);

/** callbackUrl values that lead off the site or are not URLs at all. */
const foreignCallback = fc
  .oneof(
    fc.constantFrom("not a url", "https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", "http://127.0.0.1:3000.evil.test/my", "/my\u0000", " /my"),
    hostileText,
  )
  .filter((value) => !isSitePath(value));

const formBody = (fields: Record<string, string>) => new TextEncoder().encode(new URLSearchParams(fields).toString());

describe("the auth routes under malformed requests", () => {
  it("POST /api/auth/{...nextauth}: refuses bodies, content types, origins and callbackUrls that next-auth cannot take", async () => {
    const valid = { ...plainRequest("POST", "/api/auth/callback/credentials"), origin: ORIGIN, contentType: "application/x-www-form-urlencoded", body: formBody(FORM) };
    const cases = requestPlans(valid, {
      breaking: fc.oneof(
        { arbitrary: malformedJsonBody(FORM, FORM_SPEC).map((body): Change => ({ contentType: "application/json", body: body.bytes, breaking: body.breaking })), weight: 8 },
        { arbitrary: foreignCallback.map((callbackUrl): Change => ({ body: formBody({ ...FORM, callbackUrl }), breaking: `callbackUrl ${preview(callbackUrl)}` })), weight: 3 },
        {
          arbitrary: fc.oneof(fc.constantFrom("text/plain", "multipart/form-data; boundary=x", "application/xml", "json"), headerText).filter(
            (type) => !/^\s*application\/(json|x-www-form-urlencoded)/i.test(type),
          ).map((contentType): Change => ({ contentType, breaking: `content type ${preview(contentType)}` })),
          weight: 1,
        },
        { arbitrary: foreignOrigin.filter((origin) => origin !== ORIGIN).map((origin): Change => ({ origin, breaking: `origin ${preview(origin)}` })), weight: 1 },
        { arbitrary: fc.constantFrom(70_000, 2_000_000).map((size): Change => ({ body: formBody({ ...FORM, password: "p".repeat(size) }), breaking: `a ${size}-byte form` })), weight: 1 },
      ),
    });
    // Only refusals are sent to the handler: whatever passes the checks would reach next-auth.
    await fuzz("POST /api/auth/{...nextauth}", cases, async (plan) => (plan.breaking.length > 0 ? answerProblems(POST, plan, 200) : []));
    expect((await send(POST, { ...valid, body: new TextEncoder().encode('{"email":'), contentType: "application/json", breaking: ["cut short"] })).status).toBe(400);
  });

  it("GET /api/auth/{...nextauth}: refuses a callbackUrl in the query that is not a path on this site", async () => {
    const valid = plainRequest("GET", "/api/auth/signin");
    const cases = requestPlans(valid, {
      breaking: foreignCallback.map((callbackUrl): Change => ({ query: [["callbackUrl", callbackUrl]], breaking: `callbackUrl ${preview(callbackUrl)}` })),
      noise: fc.record({ query: queryNoise.map((noise) => noise.filter(([key]) => key !== "callbackUrl")) }),
    });
    await fuzz("GET /api/auth/{...nextauth}", cases, async (plan) => answerProblems(GET, plan, 200));
  });
});
