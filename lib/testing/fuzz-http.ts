/**
 * Route handler cases for the fuzz suite: a request as plain data (a valid request for the
 * endpoint, one breaking change, and noise that must not matter), the Request it becomes, and
 * the checks on the answer. Handlers are called in-process, as Next calls them.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { ZApiError } from "../api/schemas";
import { createMemberAssessment, createTenant } from "./accounts";
import { FuzzCase, messageProblems } from "./fuzz-harness";
import type { ObjectSpec } from "./fuzz/fields";
import { asUsv, preview } from "./fuzz/hostile";
import { foreignOrigin, garbageAuthorization, garbageCookie, noiseHeaders, notJsonContentType, rawQuerySuffix } from "./fuzz/http-input";
import { malformedJsonBody } from "./fuzz/json-body";
import { sessionCookie } from "./session-cookie";

export const HOST = "127.0.0.1:3000";
export const ORIGIN = `http://${HOST}`;

/** The statuses a refusal may have (issue #7): never a 2xx or 3xx, never a 5xx. */
export const REFUSAL_STATUSES: readonly number[] = [400, 401, 403, 404, 409, 413, 415, 422];

export interface HttpRequestPlan {
  method: "GET" | "POST" | "PUT";
  /** The route's path with {name} where each parameter goes. */
  path: string;
  params: Record<string, string>;
  query: [string, string][];
  /** Appended to the query string as it is, unencoded. */
  rawQuery: string;
  cookie: string | null;
  authorization: string | null;
  origin: string | null;
  contentType: string | null;
  headers: [string, string][];
  body: Uint8Array | null;
  /** The body arrives as a stream of small chunks without a Content-Length. */
  chunked: boolean;
  /** What makes the endpoint refuse this request; empty when it must answer as it does the valid one. */
  breaking: string[];
}

export type Change = Partial<Omit<HttpRequestPlan, "breaking" | "method" | "path">> & { breaking: string };

export function requestOf(plan: HttpRequestPlan): { request: Request; params: Record<string, string> } {
  // A handler's parameters come decoded from the URL, as USV strings.
  const params = Object.fromEntries(Object.entries(plan.params).map(([name, value]) => [name, asUsv(value)]));
  const path = plan.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams(plan.query).toString();
  const query = search || plan.rawQuery ? `?${search}${plan.rawQuery}` : "";
  // Each request its own client, as scripts/serve.ts would name it: per-address limits are tested on their own.
  const headers = new Headers({ host: HOST, [CLIENT_ADDRESS_HEADER]: `fuzz-${randomUUID()}` });
  for (const [name, value] of plan.headers) headers.append(name, value);
  if (plan.cookie !== null) headers.set("cookie", plan.cookie);
  if (plan.authorization !== null) headers.set("authorization", plan.authorization);
  if (plan.origin !== null) headers.set("origin", plan.origin);
  if (plan.contentType !== null) headers.set("content-type", plan.contentType);
  let body: BodyInit | null = null;
  if (plan.body !== null && plan.method !== "GET") {
    const bytes = new Uint8Array(plan.body);
    body = plan.chunked
      ? new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.byteLength; at += 65_536) controller.enqueue(bytes.subarray(at, at + 65_536));
            controller.close();
          },
        })
      : bytes;
  }
  const init: RequestInit & { duplex?: "half" } = { method: plan.method, headers, body, duplex: "half" };
  return { request: new Request(`${ORIGIN}${path}${query}`, init), params };
}

export function describePlan(plan: HttpRequestPlan): string {
  const params = Object.entries(plan.params).map(([key, value]) => `${key}=${preview(value, 50)}`);
  const lines = [`${plan.method} ${plan.path}${params.length > 0 ? ` with ${params.join(", ")}` : ""}`];
  lines.push(`breaking: ${plan.breaking.join(" | ") || "(none: must answer as the valid request)"}`);
  if (plan.query.length > 0) lines.push(`query: ${plan.query.map(([key, value]) => `${preview(key, 30)}=${preview(value, 40)}`).join("&")}`);
  if (plan.rawQuery) lines.push(`raw query: ${JSON.stringify(plan.rawQuery)}`);
  for (const [name, value] of [["cookie", plan.cookie], ["authorization", plan.authorization], ["origin", plan.origin], ["content-type", plan.contentType]] as const) {
    if (value !== null) lines.push(`${name}: ${preview(value, 80)}`);
  }
  if (plan.headers.length > 0) lines.push(`headers: ${plan.headers.map(([name, value]) => `${name}: ${preview(value, 40)}`).join(", ")}`);
  if (plan.body) lines.push(`body (${plan.body.byteLength.toLocaleString("en-US")} bytes${plan.chunked ? ", chunked" : ""}): ${preview(Buffer.from(plan.body.subarray(0, 300)).toString("latin1"), 200)}`);
  return lines.join("\n    ");
}

export interface PlanOptions {
  /** Breaking changes, one of which each case carries; include fc.constant(null) for cases that must answer as the valid one. */
  breaking: fc.Arbitrary<Change | null>;
  /** Changes that must not alter the answer, beyond header noise and chunked delivery. */
  noise?: fc.Arbitrary<Partial<HttpRequestPlan>>;
}

/** Cases for an endpoint: its valid request with one breaking change (or none) and noise. */
export function requestPlans(valid: Omit<HttpRequestPlan, "breaking">, options: PlanOptions): fc.Arbitrary<FuzzCase<HttpRequestPlan>> {
  const noise = fc.record({ headers: noiseHeaders, chunked: fc.boolean(), extra: options.noise ?? fc.constant({}) });
  return fc.tuple(options.breaking, noise).map(([change, { headers, chunked, extra }]) => {
    const { breaking, ...changed } = change ?? { breaking: "" };
    const plan: HttpRequestPlan = { ...valid, ...extra, ...changed, headers: [...valid.headers, ...headers], chunked, breaking: breaking ? [breaking] : [] };
    return new FuzzCase(plan, describePlan(plan));
  });
}

/** Noise for endpoints that read no query string: unknown parameters and broken escapes. */
export const ignoredQuery = (params: fc.Arbitrary<[string, string][]>) => fc.record({ query: params, rawQuery: rawQuerySuffix });

/** Problems with a refusal: a status outside REFUSAL_STATUSES, a body that is not the API's error, an unclear or huge message. */
export async function refusalProblems(response: Response): Promise<string[]> {
  const problems: string[] = [];
  if (!REFUSAL_STATUSES.includes(response.status)) problems.push(`answered ${response.status}, not a refusal`);
  const text = await response.text();
  if (text.length > 20_000) problems.push(`the refusal is ${text.length.toLocaleString("en-US")} characters long`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [...problems, `the refusal is not JSON: ${preview(text, 200)}`];
  }
  const parsed = ZApiError.safeParse(json);
  if (!parsed.success) return [...problems, `the refusal is not { error: { code, message, issues } }: ${preview(text, 200)}`];
  const { code, message, issues } = parsed.data.error;
  if (!/^[a-z_]{3,40}$/.test(code)) problems.push(`the error code ${preview(code)} is not a short snake_case code`);
  problems.push(...messageProblems(message, "the message"));
  if (issues.length > 50) problems.push(`${issues.length} issues listed`);
  for (const issue of issues) problems.push(...messageProblems(issue.message, `the issue at ${preview(issue.path, 40)}`));
  return problems;
}

/** Problems with the answer to a request whose changes the endpoint must ignore. */
export async function sameAnswerProblems(response: Response, expectedStatus: number): Promise<string[]> {
  await response.body?.cancel();
  return response.status === expectedStatus ? [] : [`answered ${response.status}, but the valid request gets ${expectedStatus}`];
}

/**
 * Breaking changes for an endpoint that reads a JSON body: a malformed body built from the valid
 * one, a content type that is not JSON, or another site's origin; plus the endpoint's own.
 */
export function jsonBodyBreaking(base: Record<string, unknown>, spec: ObjectSpec, ...own: fc.Arbitrary<Change>[]): fc.Arbitrary<Change> {
  return fc.oneof(
    { arbitrary: malformedJsonBody(base, spec).map((body): Change => ({ body: body.bytes, breaking: body.breaking })), weight: 12 },
    { arbitrary: fc.option(notJsonContentType, { nil: null }).map((contentType): Change => ({ contentType, breaking: `content type ${contentType === null ? "missing" : preview(contentType)}` })), weight: 1 },
    { arbitrary: foreignOrigin.filter((origin) => origin !== ORIGIN).map((origin): Change => ({ origin, breaking: `origin ${preview(origin)}` })), weight: 1 },
    ...own.map((arbitrary) => ({ arbitrary, weight: 2 })),
  );
}

export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Calls the handler as Next does; the generated parameters stand in for the route's typed ones. */
export async function send<P>(handler: Handler<P>, plan: HttpRequestPlan): Promise<Response> {
  const { request, params } = requestOf(plan);
  return handler(request, { params: Promise.resolve(params as P) });
}

/** Refused when the plan breaks something, otherwise answered as the valid request is. */
export async function answerProblems<P>(handler: Handler<P>, plan: HttpRequestPlan, validStatus: number): Promise<string[]> {
  const response = await send(handler, plan);
  return plan.breaking.length > 0 ? refusalProblems(response) : sameAnswerProblems(response, validStatus);
}

/**
 * What the routes that read results are fuzzed against: organizations A and B, each with an
 * executive's result, and session cookies for A's consultant (who may read A) and B's (who may not).
 */
export async function createReadWorld() {
  const a = await createTenant();
  const b = await createTenant();
  return {
    a,
    organizationA: a.organization.id,
    resultA: (await createMemberAssessment(a.executive.actor, a.organization.id)).resultId ?? "",
    resultB: (await createMemberAssessment(b.executive.actor, b.organization.id)).resultId ?? "",
    consultantA: await sessionCookie(a.consultant.user.id),
    consultantB: await sessionCookie(b.consultant.user.id),
  };
}

/** Every filter of the results table (ZResultsQuery) set to a value it accepts, so mutations reach each one. */
export function validResultsQuery(organizationId: string): Record<string, string> {
  return {
    organization: organizationId,
    recommendation: "ctio",
    confidence: "high",
    industry: "financial_services",
    size: "250_999",
    role: "ceo",
    status: "new",
    from: "2020-01-01",
    to: "2030-12-31",
    q: "north",
    sort: "margin",
    dir: "asc",
    limit: "50",
  };
}

/** A request with nothing but its method, path and parameters. */
export function plainRequest(method: HttpRequestPlan["method"], path: string, params: Record<string, string> = {}): Omit<HttpRequestPlan, "breaking"> {
  return { method, path, params, query: [], rawQuery: "", cookie: null, authorization: null, origin: null, contentType: null, headers: [], body: null, chunked: false };
}

/** A same-origin JSON request carrying `body`. */
export function jsonRequest(method: HttpRequestPlan["method"], path: string, params: Record<string, string>, body: unknown): Omit<HttpRequestPlan, "breaking"> {
  return { ...plainRequest(method, path, params), contentType: "application/json", origin: ORIGIN, body: jsonBytes(body) };
}

/**
 * Credentials that open nothing on an endpoint needing a session: none, a forged or broken
 * cookie, an Authorization header that names no token (it overrides the cookie on the read API),
 * or the session of someone without the right (`outsiders`).
 */
export function brokenCredentials(outsiders: Record<string, string>, options: { bearer: boolean }): fc.Arbitrary<Change> {
  const choices: fc.Arbitrary<Change>[] = [
    fc.constant<Change>({ cookie: null, breaking: "no session" }),
    garbageCookie.map((cookie): Change => ({ cookie, breaking: `cookie ${preview(cookie, 60)}` })),
    ...Object.entries(outsiders).map(([who, cookie]) => fc.constant<Change>({ cookie, breaking: `the session of ${who}` })),
  ];
  if (options.bearer) choices.push(garbageAuthorization.map((authorization): Change => ({ authorization, breaking: `authorization ${preview(authorization, 60)}` })));
  return fc.oneof(...choices);
}
