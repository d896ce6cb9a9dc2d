/**
 * The fuzz suite's generators, checked without a server: every body, form and query they make is
 * one the real schema (or the transport) refuses, so a request the suite sees accepted is a bug in
 * the endpoint, never a valid input the generator made by chance.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../http/route";
import { COMPLETE_ANSWERS, draftBody, submissionBody } from "../fixtures";
import { QUESTIONNAIRE } from "../../questionnaire/definition";
import { ZDraftSave, ZScoreRequest, ZSubmission } from "../../validation/assessment";
import { ZNoteCreate, ZOverrideSet } from "../../validation/review";
import { ZResultsQuery } from "../../validation/portfolio";
import { ZRoleWeightsUpdate } from "../../validation/aggregation";
import { isWellFormedText } from "../../validation/text";
import { DRAFT_SPEC, SCORE_SPEC, SUBMISSION_SPEC } from "./assessment-specs";
import { objectSpecOf } from "./fields";
import { formArgumentValue, malformedForm } from "./form-input";
import { BODY_LIMIT_BYTES, PROTOTYPE_KEYS, hugeText } from "./hostile";
import { malformedQuery } from "./http-input";
import { malformedJsonBody, nested, renderJson } from "./json-body";
import type { z } from "zod";

const RUNS = { numRuns: 300 };

/** Whether the route wrapper would let these bytes through as JSON, and what it would parse. */
function asTheRouteReadsIt(bytes: Uint8Array): { passes: false } | { passes: true; value: unknown } {
  if (bytes.byteLength > BODY_LIMIT_BYTES) return { passes: false };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { passes: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { passes: false };
  }
  const strings: unknown[] = [value];
  while (strings.length > 0) {
    const item = strings.pop();
    if (typeof item === "string" && !isWellFormedText(item)) return { passes: false };
    if (item && typeof item === "object") for (const [key, inner] of Object.entries(item)) strings.push(key, inner);
  }
  return { passes: true, value };
}

/** FormData as an honest reader sees it: files kept, repeated keys as lists, every key its own. */
function asAnHonestReaderSeesIt(form: FormData): Record<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of form.entries()) {
    const existing = fields.get(key);
    fields.set(key, existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(fields);
}

describe("the fuzz suite's generators", () => {
  it("use the route wrapper's body limit", () => {
    expect(BODY_LIMIT_BYTES).toBe(MAX_BODY_BYTES);
  });

  it("make strings of exactly the limit in bytes and one byte over, in characters of every width", () => {
    const sizes = new Set(fc.sample(hugeText, 200).map((text) => Buffer.byteLength(text, "utf8")));
    expect(sizes).toContain(BODY_LIMIT_BYTES);
    expect(sizes).toContain(BODY_LIMIT_BYTES + 1);
  });

  it("write JSON that JavaScript objects cannot hold: own prototype keys and deep nesting", () => {
    const text = renderJson({ a: 1 }, [{ op: "extra", path: [], field: "__proto__", value: nested(5_000, "array") }]);
    const parsed = JSON.parse(text) as object;
    expect(Object.keys(parsed)).toEqual(["a", "__proto__"]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  const bodies: [string, Record<string, unknown>, typeof DRAFT_SPEC, z.ZodType][] = [
    ["autosave", draftBody(COMPLETE_ANSWERS, { organizationName: "Northwind Bank", respondentName: "Ada", respondentRole: "ceo" }), DRAFT_SPEC, ZDraftSave],
    ["submission", submissionBody(COMPLETE_ANSWERS), SUBMISSION_SPEC, ZSubmission],
    ["scoring", { questionnaireVersion: QUESTIONNAIRE.version, answers: COMPLETE_ANSWERS }, SCORE_SPEC, ZScoreRequest],
  ];
  for (const [name, base, spec, schema] of bodies) {
    it(`make only ${name} bodies that are refused, from a base that is accepted`, () => {
      expect(schema.safeParse(base).success).toBe(true);
      fc.assert(
        fc.property(malformedJsonBody(base, spec), (body) => {
          const read = asTheRouteReadsIt(body.bytes);
          if (read.passes) expect(schema.safeParse(read.value).success, body.breaking).toBe(false);
        }),
        RUNS,
      );
    });
  }

  const forms: [string, Record<string, string>, z.ZodType][] = [
    ["note", { resultId: "cabc123", body: "Discussed with the board." }, ZNoteCreate],
    ["override", { resultId: "cabc123", recommendation: "ctio", justification: "The board already has two strong leaders." }, ZOverrideSet],
    ["role weights", { organizationId: "cabc123", ceo: "2", cfo: "0.5" }, ZRoleWeightsUpdate],
  ];
  for (const [name, base, schema] of forms) {
    it(`make only ${name} arguments that are refused`, () => {
      expect(schema.safeParse(base).success).toBe(true);
      fc.assert(
        fc.property(malformedForm(base, objectSpecOf(schema)), (argument) => {
          const value = formArgumentValue(argument);
          if (value instanceof FormData) expect(schema.safeParse(asAnHonestReaderSeesIt(value)).success, argument.breaking).toBe(false);
        }),
        RUNS,
      );
    });
  }

  it("make only results queries that are refused", () => {
    const base = { organization: "cabc123", status: "new", q: "north", sort: "margin", dir: "asc", limit: "50", from: "2020-01-01", to: "2030-12-31" };
    expect(ZResultsQuery.safeParse(base).success).toBe(true);
    fc.assert(
      fc.property(malformedQuery(base, objectSpecOf(ZResultsQuery)), ({ params, breaking }) => {
        const fields = new Map<string, string | string[]>();
        for (const [key, value] of new URLSearchParams(params)) {
          const existing = fields.get(key);
          fields.set(key, existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]);
        }
        expect(ZResultsQuery.safeParse(Object.fromEntries(fields)).success, breaking).toBe(false);
      }),
      RUNS,
    );
  });

  it("include prototype keys among the unknown fields they add", () => {
    const keys = fc
      .sample(malformedForm({ resultId: "cabc123" }, objectSpecOf(ZNoteCreate)), 2_000)
      .flatMap((argument) => (argument.kind === "form" ? argument.entries.map(([key]) => key) : []));
    for (const key of PROTOTYPE_KEYS.slice(0, 3)) expect(keys).toContain(key);
  });
});
