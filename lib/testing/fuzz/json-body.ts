/**
 * Malformed JSON request bodies, as bytes. Each body starts from a valid one and carries at least
 * one breaking change: a field mutation the schema refuses, another type or no JSON at all at the
 * top, a lone surrogate or bytes that are not UTF-8 inside a string, or more bytes than the limit.
 * Values are written as JSON text, so a body can hold what JavaScript objects cannot: own
 * `__proto__` keys, -0, 1e400, integers past 2^53 and nesting thousands deep.
 */
import fc from "fast-check";
import type { FieldSpec, ObjectSpec } from "./fields";
import { BODY_LIMIT_BYTES, HUGE_NUMBERS, INVALID_UTF8, LONE_SURROGATES, PROTOTYPE_KEYS, hostileText, preview } from "./hostile";
import { describeMutation, mutatedEntries, mutationPlan, type Mutation, type ValueSource } from "./mutations";

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Brackets `depth` deep around `core`, as text: no JavaScript object that deep is ever built. */
export function nested(depth: number, kind: "array" | "object", core = "1"): string {
  return kind === "array" ? "[".repeat(depth) + core + "]".repeat(depth) : '{"a":'.repeat(depth) + core + "}".repeat(depth);
}

const scalarText = fc.constantFrom(
  "null",
  "true",
  "false",
  "0",
  "-0",
  "1e308",
  "-1e308",
  "1e400",
  "-1e400",
  "123456789012345678901234567890",
  "-9007199254740993",
  "0.5",
  "2.5",
  "1E2",
  '""',
  '" "',
  "[]",
  "{}",
);

/** An object whose own keys are prototype keys, as JSON.parse creates them. */
const prototypeObjectText = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), scalarText)
  .map(([key, value]) => `{${JSON.stringify(key)}:${value},"polluted":true}`);

/** Any JSON value as text: every type, hostile strings, deep nesting and prototype keys. */
export const jsonValueText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: scalarText, weight: 4 },
  { arbitrary: hostileText.map((text) => JSON.stringify(text)), weight: 4 },
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 2 },
  { arbitrary: prototypeObjectText, weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">).map(([depth, kind]) => nested(depth, kind)), weight: 1 },
  { arbitrary: fc.array(scalarText, { maxLength: 5 }).map((items) => `[${items.join(",")}]`), weight: 1 },
);

/** Text that is not JSON, or not a JSON object at the top. */
const notAnObjectText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "{", "}", "{'a':1}", "{a:1}", "[1,]", '{"a":1,}', "NaN", "undefined", "// c\n{}", '{"a":1}{"b":2}', '"\\u12"', '"\\x41"', "01", '{"a" 1}', "\u0000", "\uFEFF\uFEFF{}", "null", "true", "42", '"text"', "[]", "[{}]"),
  // Nesting up to the body limit itself: two bytes a level.
  fc.tuple(fc.integer({ min: 1_000, max: BODY_LIMIT_BYTES / 2 - 1 }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">).map(([depth, kind]) =>
    kind === "array" ? nested(depth, "array") : nested(Math.floor(depth / 5), "object"),
  ),
  jsonValueText.filter((text) => !text.startsWith("{")),
);

/** JSON values as text, for the fields of a schema: a refused value is one the field's schema refuses once parsed. */
export const jsonValues: ValueSource<string> = {
  any: jsonValueText,
  refusedBy: (field: FieldSpec) => jsonValueText.filter((text) => field.refuses(JSON.parse(text))),
  // Mostly tens of kilobytes, now and then up to 900 kB: the body stays under the limit, so the
  // schema, not the size check, must refuse it. No whitespace: a field that trims may rightly read that as empty.
  overlong: fc
    .tuple(fc.oneof({ arbitrary: fc.integer({ min: 6_000, max: 40_000 }), weight: 9 }, { arbitrary: fc.integer({ min: 500_000, max: 900_000 }), weight: 1 }), fc.constantFrom("x", "é", "<", "ж"))
    .map(([length, fill]) => JSON.stringify(fill.repeat(length))),
  // As JSON reads them: 1e400 parses to Infinity, the long integers lose precision.
  huge: fc.constantFrom(...HUGE_NUMBERS),
};

/** The JSON text of `value` with the mutations applied, keys in their original order and unknown keys last. */
export function renderJson(value: unknown, mutations: Mutation<string>[], path: string[] = []): string {
  if (!isPlainObject(value)) return JSON.stringify(value);
  const entries = mutatedEntries(value, path, mutations, (inner, innerPath) => renderJson(inner, mutations, innerPath));
  return `{${entries.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(",")}}`;
}

/** Paths of the string values in `value`, where broken text can be planted. */
export function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === "string") return [path];
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...path, key]));
}

const PLACEHOLDER = "@@fuzz-bytes@@";
const encoder = new TextEncoder();

/** Replaces the placeholder's bytes with `bytes`, which need not be UTF-8. */
function splice(text: string, bytes: readonly number[]): Uint8Array {
  const encoded = encoder.encode(text);
  const marker = encoder.encode(PLACEHOLDER);
  const at = Buffer.from(encoded).indexOf(Buffer.from(marker));
  if (at < 0) throw new Error("The placeholder is missing from the body");
  return Buffer.concat([encoded.subarray(0, at), Buffer.from(bytes), encoded.subarray(at + marker.length)]);
}

const setAt = (path: string[], value: string): Mutation<string> => ({ op: "set", path: path.slice(0, -1), field: path[path.length - 1] ?? "", value });

export interface JsonBody {
  bytes: Uint8Array;
  /** What makes this body one the endpoint must refuse. */
  breaking: string;
  /** Whether the body is over the limit, which only a 413 may answer. */
  oversize: boolean;
}

function body(bytes: Uint8Array, breaking: string): JsonBody {
  return { bytes, breaking, oversize: bytes.byteLength > BODY_LIMIT_BYTES };
}

/** Whitespace after the JSON up to `total` bytes: the body stays what it was, only longer. */
function padTo(bytes: Uint8Array, total: number): Uint8Array {
  return bytes.byteLength >= total ? bytes : Buffer.concat([bytes, Buffer.alloc(total - bytes.byteLength, 0x20)]);
}

/**
 * Malformed bodies built from `base`, a body the endpoint accepts, and `spec`, its schema's
 * fields. Some are padded to exactly the limit, so a refusal there must come from the schema.
 */
export function malformedJsonBody(base: Record<string, unknown>, spec: ObjectSpec): fc.Arbitrary<JsonBody> {
  const text = (mutations: Mutation<string>[]) => renderJson(base, mutations);
  const strings = stringPaths(base);
  const mutated = mutationPlan(spec, jsonValues, base).map((plan) =>
    body(encoder.encode(text(plan)), plan.map((mutation) => describeMutation(mutation, (value) => preview(value))).join("; ")),
  );
  const notAnObject = notAnObjectText.map((raw) => body(encoder.encode(raw), `body ${preview(raw)}`));
  const truncated = fc.integer({ min: 0, max: 10_000 }).map((cut) => {
    const whole = text([]);
    const raw = whole.slice(0, cut % whole.length);
    return body(encoder.encode(raw), `body cut to ${raw.length} of ${whole.length} chars`);
  });
  const notUtf8 = fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.constantFrom(...strings)).map(([bytes, path]) =>
    body(splice(text([setAt(path, `a${PLACEHOLDER}b`)]), bytes), `bytes ${bytes.map((byte) => byte.toString(16)).join(" ")} (not UTF-8) inside ${path.join(".")}`),
  );
  const loneSurrogate = fc.tuple(fc.constantFrom(...LONE_SURROGATES), fc.constantFrom(...strings)).map(([lone, path]) =>
    body(encoder.encode(text([setAt(path, JSON.stringify(`x${lone}y`))])), `lone surrogate ${JSON.stringify(lone)} inside ${path.join(".")}`),
  );
  const overLimit = fc.constantFrom(BODY_LIMIT_BYTES + 1, BODY_LIMIT_BYTES + 4_096, 2_000_000).map((total) => body(padTo(encoder.encode(text([])), total), `valid body padded to ${total} bytes`));
  const made = fc.oneof(
    { arbitrary: mutated, weight: 12 },
    { arbitrary: notAnObject, weight: 2 },
    { arbitrary: truncated, weight: 1 },
    { arbitrary: notUtf8, weight: 1 },
    { arbitrary: loneSurrogate, weight: 1 },
    { arbitrary: overLimit, weight: 1 },
  );
  // Padding a body to the limit makes it a megabyte to send and parse: one case in ten is enough.
  const rarely = fc.integer({ min: 1, max: 10 }).map((draw) => draw === 1);
  return fc.tuple(made, rarely, rarely).map(([built, pad, bom]) => {
    let bytes = built.bytes;
    if (bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    if (pad) bytes = padTo(bytes, BODY_LIMIT_BYTES);
    return body(bytes, `${built.breaking}${bom ? ", after a byte-order mark" : ""}${pad && !built.oversize ? ", padded to exactly the limit" : ""}`);
  });
}
