/**
 * The parts of an HTTP request besides a JSON body: query strings built from a real schema's
 * fields, path parameters, session cookies, Authorization and Origin headers, content types, and
 * header noise. Header values are made what a client can really put on the wire (bytes up to
 * 0xFF, no line breaks), so hostile Unicode arrives as raw UTF-8 bytes read as Latin-1.
 */
import fc from "fast-check";
import type { FieldSpec, ObjectSpec } from "./fields";
import { HUGE_NUMBERS, asUsv, hostileKey, injectionText, preview, shortHostileText, unicodeText } from "./hostile";
import { describeMutation, mutatedEntries, mutationPlan, type ValueSource } from "./mutations";

export type QueryValue = { kind: "text"; text: string } | { kind: "repeated"; texts: string[] };

const queryText = (text: string): QueryValue => ({ kind: "text", text });

const anyQueryValue = fc.oneof(
  { arbitrary: shortHostileText.map(queryText), weight: 6 },
  { arbitrary: fc.array(shortHostileText, { minLength: 2, maxLength: 4 }).map((texts): QueryValue => ({ kind: "repeated", texts })), weight: 1 },
);

export const queryValues: ValueSource<QueryValue> = {
  any: anyQueryValue,
  refusedBy: (field: FieldSpec) => anyQueryValue.filter((value) => field.refuses(value.kind === "text" ? asUsv(value.text) : value.texts.map(asUsv))),
  // As long as a URL that still reaches the app can carry.
  overlong: fc.integer({ min: 4_000, max: 12_000 }).map((length) => queryText("q".repeat(length))),
  huge: fc.constantFrom(...HUGE_NUMBERS).map(queryText),
};

export function showQueryValue(value: QueryValue): string {
  return value.kind === "text" ? preview(value.text) : `repeated [${value.texts.map((item) => preview(item, 20)).join(", ")}]`;
}

export interface QueryInput {
  params: [string, string][];
  breaking: string;
}

function flatten(entries: [string, QueryValue][]): [string, string][] {
  return entries.flatMap(([key, value]): [string, string][] => (value.kind === "text" ? [[key, value.text]] : value.texts.map((item): [string, string] => [key, item])));
}

/** Query strings the schema must refuse, built from `base`, a query it accepts. */
export function malformedQuery(base: Record<string, string>, spec: ObjectSpec): fc.Arbitrary<QueryInput> {
  return mutationPlan(spec, queryValues, base).map((plan) => ({
    params: flatten(mutatedEntries(base, [], plan, (value) => queryText(String(value)))),
    breaking: plan.map((mutation) => describeMutation(mutation, showQueryValue)).join("; "),
  }));
}

/** Parameters an endpoint that reads no query must ignore. */
export const queryNoise: fc.Arbitrary<[string, string][]> = fc.array(fc.tuple(hostileKey, shortHostileText), { maxLength: 4 });

/** Raw text after "?", as a client may send it: broken percent escapes, stray separators. */
export const rawQuerySuffix = fc.constantFrom("", "&", "&&=&", "&%", "&a=%zz", "&a=%E0%A4%A", "&%00=%00", "&a=%ED%A0%80", "&+=+", "&a[]=1&a[b]=2", "#fragment");

/** A path parameter that names nothing: hostile text and neighbours of real ids. */
export function wrongPathParam(real: readonly string[]): fc.Arbitrary<string> {
  const neighbours = real.flatMap((id) => [`${id.slice(0, -1)}${id.endsWith("a") ? "b" : "a"}`, id.toUpperCase(), `${id} `, `${id}/..`, `${id}%00`, id.slice(1)]);
  return fc.oneof({ arbitrary: shortHostileText, weight: 4 }, { arbitrary: fc.constantFrom(...neighbours), weight: 1 }).filter((value) => !real.includes(value.trim()));
}

/** A header value a client can send: the UTF-8 bytes of `text` read as Latin-1, without NUL, CR or LF. */
export function headerValue(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1").replace(/[\0\r\n]/g, "");
}

export const headerText = shortHostileText.map(headerValue);

const fakeJwt = fc
  .tuple(fc.base64String({ maxLength: 60 }), fc.base64String({ maxLength: 200 }), fc.base64String({ maxLength: 60 }))
  .map((parts) => parts.join("."));

/** Cookie headers that hold no valid session: garbage values, broken escapes, forged tokens, huge cookies. */
export const garbageCookie: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom("next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.session-token.0"), fc.oneof(headerText, fakeJwt)).map(([name, value]) => `${name}=${value}`),
  fc.constantFrom("next-auth.session-token=%", "next-auth.session-token=%E0%A4%A", "a=%zz; next-auth.session-token=%ED%A0%80", "=;;=;", "next-auth.session-token", "; ; ;"),
  fc.integer({ min: 4_000, max: 16_000 }).map((length) => `next-auth.session-token=${"A".repeat(length)}`),
  headerText,
);

/** Authorization headers that name no valid API token. */
export const garbageAuthorization: fc.Arbitrary<string> = fc.oneof(
  fc.base64String({ minLength: 4, maxLength: 80 }).map((value) => `Bearer ${value}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((value) => `Bearer rfk_${value}`),
  fc.constantFrom("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer rfk_", "Bearer rfk_\t", "Token x", "Bearer a b"),
  headerText.map((value) => `Bearer ${value}`),
  headerText,
);

/** Origins of other sites, which state-changing requests must refuse. */
export const foreignOrigin = fc.oneof(
  fc.constantFrom("https://evil.test", "null", "http://127.0.0.1:3001", "http://127.0.0.1:3000.evil.test", "file://", "http://[::1]:3000"),
  fc.webUrl().map((url) => new URL(url).origin),
  headerText.filter((value) => value.trim() !== ""),
);

/** Content types that are not JSON. */
export const notJsonContentType = fc.oneof(
  fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "json", "text/json", "application/jso"),
  headerText.filter((value) => !value.trim().toLowerCase().startsWith("application/json")),
);

/** Headers that must not change the answer: forwarded addresses, request ids, agents, languages. */
export const noiseHeaders: fc.Arbitrary<[string, string][]> = fc.array(
  fc.tuple(
    fc.constantFrom("x-forwarded-for", "x-real-ip", "x-request-id", "user-agent", "accept", "accept-language", "referer", "if-none-match", "range", "x-http-method-override"),
    fc.oneof(headerText, injectionText.map(headerValue), unicodeText.map(headerValue), fc.integer({ min: 1_000, max: 16_000 }).map((length) => "z".repeat(length))),
  ),
  { maxLength: 3 },
);
