/**
 * Every string and every array an input schema accepts has a maximum (issue #7), so no request
 * can make the server hold, parse or store more than the field needs. The schemas are walked as
 * zod builds them; answers, whose per-question schemas sit behind a transform that keeps their
 * messages, are checked by what they refuse. (lib/api/schemas.ts describes responses, which are
 * never parsed from a client, so it is not walked.)
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerSchema } from "../questionnaire/answers";
import { QUESTIONNAIRE } from "../questionnaire/definition";
import { allQuestions } from "../questionnaire/skip";
import * as account from "./account";
import * as adminOrganizations from "./admin-organizations";
import * as aggregation from "./aggregation";
import * as apiTokens from "./api-tokens";
import * as assessment from "./assessment";
import * as auth from "./auth";
import * as organizations from "./organizations";
import * as portfolio from "./portfolio";
import * as review from "./review";
import * as shareLinks from "./share-links";

const MODULES = { account, adminOrganizations, aggregation, apiTokens, assessment, auth, organizations, portfolio, review, shareLinks };

/** A pattern that cannot match more than a fixed number of characters: anchored, with no open-ended repetition. */
function boundedPattern(pattern: RegExp): boolean {
  const source = pattern.source.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "x");
  return source.startsWith("^") && source.endsWith("$") && !/[*+]|\{\d+,\}/.test(source);
}

interface Bag {
  maximum?: number;
  patterns?: Set<RegExp>;
  format?: string;
}

const BOUNDED_FORMATS = new Set(["uuid", "datetime", "date"]);

/** Paths (from `path`) at which `schema` accepts a string or an array of any length. */
function unbounded(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  const bag = (schema as unknown as { _zod: { bag: Bag } })._zod.bag;
  const inner = (key: string, at = path) => unbounded(def[key] as z.ZodType, at, seen);
  switch (def.type) {
    case "string": {
      const bounded = bag.maximum !== undefined || [...(bag.patterns ?? [])].some(boundedPattern) || BOUNDED_FORMATS.has(bag.format ?? "");
      return bounded ? [] : [`${path}: a string without a maximum`];
    }
    case "array":
      return [...(bag.maximum === undefined ? [`${path}: an array without a maximum`] : []), ...inner("element", `${path}[]`)];
    case "object": {
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) => unbounded(field, `${path}.${key}`, seen));
    }
    case "record":
      return [`${path}: a record with any number of keys`];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner("innerType");
    case "pipe": {
      const input = (def.in as z.ZodType).def.type;
      // z.unknown().transform(...) is a hand-written parser: its input is checked by what it refuses (below).
      if (input === "unknown" && (def.out as z.ZodType).def.type === "transform") return [];
      // After z.preprocess the second schema sees the raw input; otherwise it sees what the first one let through.
      return input === "transform" ? inner("out") : inner("in");
    }
    case "union":
      return (def.options as z.ZodType[]).flatMap((option) => unbounded(option, path, seen));
    case "unknown":
    case "any":
      return [`${path}: accepts anything`];
    default:
      return [];
  }
}

const schemas = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${module}.${name}`, schema })),
);

describe("limits on every input", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(25);
  });

  it("every string and array in lib/validation has a maximum", () => {
    expect(schemas.flatMap(({ name, schema }) => unbounded(schema, name))).toEqual([]);
  });

  it("every answer refuses a megabyte of text and ten thousand choices", () => {
    const huge = "a".repeat(1_000_000);
    const many = Array.from({ length: 10_000 }, (_, index) => `option_${index}`);
    for (const question of allQuestions(QUESTIONNAIRE)) {
      const schema = answerSchema(question);
      expect(schema.safeParse(huge).success, question.id).toBe(false);
      expect(schema.safeParse(many).success, question.id).toBe(false);
    }
  });
});
