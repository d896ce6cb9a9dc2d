/**
 * What a hostile client tried against a production server (issue #14), on a server of the same
 * build that trusts no proxy, as a server reached directly would: forged forwarding headers,
 * bursts of costly anonymous work, links built from request headers, malformed sign-in requests
 * and server actions, and methods a path does not take.
 */
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SIGN_IN_LIMITS } from "../lib/auth/throttle-limits";
import { REQUEST_LIMITS } from "../lib/request-limit-rules";
import { submissionBody } from "../lib/testing/fixtures";
import { startSecondServer, type SecondServer } from "./support/second-server";
import { WORLD_PASSWORD, createWorld, type World } from "./support/world";

const PORT = Number(process.env.E2E_HOSTILE_PORT ?? 3102);
const BASE = `http://127.0.0.1:${PORT}`;
const PUBLIC_URL = "http://rolefit.test:8080";
const file = path.resolve(".data", "hostile.db");

let server: SecondServer;
let world: World;

test.beforeAll(async () => {
  test.setTimeout(360_000);
  // No TRUSTED_PROXIES: every request's address is its connection's. A public URL unlike the
  // address it listens on, so a link built from the request would show.
  server = await startSecondServer(PORT, file, { NEXTAUTH_URL: PUBLIC_URL, TRUSTED_PROXIES: "" });
  world = createWorld(server.databaseUrl);
});

test.afterAll(async () => {
  await server.stop();
});

async function signInAttempt(request: APIRequestContext, email: string, password: string, forwardedFor: string): Promise<string> {
  const { csrfToken } = (await (await request.get(`${BASE}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${BASE}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "signed in";
}

test("a forged X-Forwarded-For buys no extra guesses: the connection's address is counted", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  // A password spray over many accounts, each request claiming another address.
  for (let attempt = 0; attempt < SIGN_IN_LIMITS.address.limit; attempt += 1) {
    expect(await signInAttempt(request, `sprayed-${attempt}@example.test`, "Summer2026!", `203.0.113.${attempt + 1}`)).toBe("invalid");
  }
  // The next attempt, from yet another claimed address, for a real account with its right password, is refused.
  expect(await signInAttempt(request, world.people.execB.email, WORLD_PASSWORD, "198.51.100.200")).toMatch(/^locked:\d+$/);
  await request.dispose();
});

test("every link handed out is on the configured public URL, whatever Host or X-Forwarded-Host say", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const headers = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  const submitted = await request.post(`${BASE}/api/v1/assessments/${world.anonymousToken}/submit`, { headers, data: submissionBody() });
  expect(submitted.status()).toBe(201);
  const { resultUrl } = (await submitted.json()) as { resultUrl: string };
  expect(resultUrl).toBe(`${PUBLIC_URL}/assessment/${world.anonymousToken}/result`);
  // The resume link of a new draft comes the same way; the burst test below checks it.
  await request.dispose();
});

test("malformed sign-in requests get a 4xx that says what is wrong, never a 500", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const { csrfToken } = (await (await request.get(`${BASE}/api/auth/csrf`)).json()) as { csrfToken: string };
  const cases: { name: string; send: () => Promise<{ status: () => number; json: () => Promise<unknown> }>; status: number; message: RegExp }[] = [
    {
      name: "a JSON body cut short",
      send: () => request.post(`${BASE}/api/auth/callback/credentials`, { headers: { "content-type": "application/json" }, data: Buffer.from('{"email":') }),
      status: 400,
      message: /not valid JSON/,
    },
    {
      name: "a callbackUrl that is not a URL",
      send: () => request.post(`${BASE}/api/auth/callback/credentials`, { form: { csrfToken, email: "a@example.com", password: "x", callbackUrl: "not a url", json: "true" } }),
      status: 400,
      message: /callbackUrl must be a path on this site/,
    },
    {
      name: "a callbackUrl on another site, in the query",
      send: () => request.get(`${BASE}/api/auth/signin?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`),
      status: 400,
      message: /callbackUrl must be a path on this site/,
    },
    {
      name: "a field that is not text",
      send: () => request.post(`${BASE}/api/auth/callback/credentials`, { data: { csrfToken, email: ["a@example.com"], password: "x" } }),
      status: 400,
      message: /must be text/,
    },
    {
      name: "a cross-site form post",
      send: () => request.post(`${BASE}/api/auth/callback/credentials`, { headers: { origin: "https://evil.example" }, form: { csrfToken, email: "a@example.com", password: "x" } }),
      status: 403,
      message: /Cross-site requests are not allowed/,
    },
    {
      name: "a GET of the password sign-in's callback",
      send: () => request.get(`${BASE}/api/auth/callback/credentials`),
      status: 405,
      message: /GET is not allowed here/,
    },
    {
      name: "a query value whose percent-encoding does not decode",
      send: () => request.get(`${BASE}/api/auth/error?error=%ff`),
      status: 400,
      message: /query is percent-encoded wrongly/,
    },
    {
      name: "a 3 MB body",
      send: () => request.post(`${BASE}/api/auth/callback/credentials`, { form: { csrfToken, email: "a@example.com", password: "x".repeat(3_000_000) } }),
      status: 413,
      message: /larger than/,
    },
  ];
  for (const { name, send, status, message } of cases) {
    const response = await send();
    expect(response.status(), name).toBe(status);
    expect(JSON.stringify(await response.json()), name).toMatch(message);
  }
  await request.dispose();
});

test("a cross-site or oversized server action gets 403 or 413 with a message, never a 500", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const crossSite = await request.post(`${BASE}/sign-up`, { headers: { origin: "https://evil.example", "next-action": "0123456789abcdef" }, data: "[]" });
  expect(crossSite.status()).toBe(403);
  expect(((await crossSite.json()) as { error: { message: string } }).error.message).toBe("Cross-site requests are not allowed.");
  const huge = await request.post(`${BASE}/sign-up`, { headers: { origin: BASE, "next-action": "0123456789abcdef" }, data: "x".repeat(3_000_000) });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: { message: string } }).error.message).toBe("The form is larger than 1 MB.");
  await request.dispose();
});

/** A request sent exactly as written: fetch and Playwright would normalize the dot segments away. */
function rawRequest(method: string, target: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: "127.0.0.1", port: PORT, method, path: target, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on("error", reject).end(method === "POST" ? "[]" : undefined);
  });
}

test("a path that does not decode, or holds a dot segment, gets 400 with the security headers, never a 500", async () => {
  for (const [method, target] of [
    ["GET", "/shared/%ff"],
    ["GET", "/api/v1/results/%ED%A0%80"],
    ["GET", "/invite/%zz"],
    ["POST", "/api/auth/../../sign-up"],
  ] as const) {
    const response = await rawRequest(method, target, method === "POST" ? { origin: "https://evil.example", "next-action": "0123456789abcdef", "content-type": "text/plain" } : {});
    expect(response.status, `${method} ${target}`).toBe(400);
    expect(response.headers["x-content-type-options"], `${method} ${target}`).toBe("nosniff");
    expect((JSON.parse(response.body) as { error: { code: string } }).error.code, `${method} ${target}`).toBe("malformed_path");
  }
});

test("a method a path does not take gets 405 with Allow and the security headers, TRACE included", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  for (const [method, target, allow] of [
    ["TRACE", "/", "GET, HEAD, POST, OPTIONS"],
    ["TRACE", "/api/v1/results", "GET, HEAD, OPTIONS"],
    ["DELETE", "/api/v1/results", "GET, HEAD, OPTIONS"],
    ["PATCH", "/api/v1/assessments/some-token", "GET, HEAD, PUT, OPTIONS"],
    ["GET", "/api/v1/score", "POST, OPTIONS"],
  ] as const) {
    const response = await request.fetch(`${BASE}${target}`, { method });
    expect(response.status(), `${method} ${target}`).toBe(405);
    expect(response.headers()["allow"], `${method} ${target}`).toBe(allow);
    expect(response.headers()["x-content-type-options"], `${method} ${target}`).toBe("nosniff");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  }
  await request.dispose();
});

// After every other test that starts a draft or downloads a report: it uses up this address's allowance.
test("bursts of anonymous drafts and report downloads are refused with 429 and Retry-After", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const drafts = await Promise.all(
    Array.from({ length: REQUEST_LIMITS.newAssessment.limit + 10 }, (_, index) =>
      request.post(`${BASE}/api/v1/assessments`, { headers: { "x-forwarded-for": `192.0.2.${index}`, host: "evil.example" } }),
    ),
  );
  const draftStatuses = drafts.map((response) => response.status());
  expect(draftStatuses.filter((status) => status === 201)).toHaveLength(REQUEST_LIMITS.newAssessment.limit);
  const { resumeUrl } = (await drafts.find((response) => response.status() === 201)!.json()) as { resumeUrl: string };
  expect(resumeUrl.startsWith(`${PUBLIC_URL}/assessment/`)).toBe(true);
  const refusedDraft = drafts.find((response) => response.status() === 429)!;
  expect(Number(refusedDraft.headers()["retry-after"])).toBeGreaterThan(60);
  expect(((await refusedDraft.json()) as { error: { message: string } }).error.message).toMatch(/Too many new assessments .* Try again in \d+ minutes?\./);

  const downloads = await Promise.all(
    Array.from({ length: REQUEST_LIMITS.reportDownload.limit + 8 }, () => request.get(`${BASE}/shared/${world.shareToken}/report?format=md`)),
  );
  const downloadStatuses = downloads.map((response) => response.status());
  expect(downloadStatuses.filter((status) => status === 200)).toHaveLength(REQUEST_LIMITS.reportDownload.limit);
  expect(downloadStatuses.filter((status) => status === 429)).toHaveLength(8);
  expect(Number(downloads.find((response) => response.status() === 429)!.headers()["retry-after"])).toBeGreaterThan(0);
  await request.dispose();
});
