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
import * as organizationBranding from "./organization-branding";
import * as organizations from "./organizations";
import * as portfolio from "./portfolio";
import * as review from "./review";
import * as shareLinks from "./share-links";
import * as webhooks from "./webhooks";
import { multiLineText, singleLineText } from "./text";

const MODULES = { account, adminOrganizations, aggregation, apiTokens, assessment, auth, organizationBranding, organizations, portfolio, review, shareLinks, webhooks };

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

/** A string, an array or an anything that `schema` accepts somewhere, at its path (from `path`). */
interface Leaf {
  path: string;
  kind: "string" | "array" | "anything";
  schema: z.ZodType;
}

function leavesOf(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): Leaf[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string, at = path) => leavesOf(def[key] as z.ZodType, at, seen);
  switch (def.type) {
    case "string":
      return [{ path, kind: "string", schema }];
    case "array":
      return [{ path, kind: "array", schema }, ...inner("element", `${path}[]`)];
    case "object": {
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) => leavesOf(field, `${path}.${key}`, seen));
    }
    case "record":
      return [{ path, kind: "anything", schema }];
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
      return (def.options as z.ZodType[]).flatMap((option) => leavesOf(option, path, seen));
    case "unknown":
    case "any":
      return [{ path, kind: "anything", schema }];
    default:
      return [];
  }
}

interface CheckDef {
  check?: string;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

/** What a schema's definition says about its length, patterns and format (zod's public `def`, not its internal caches). */
function bagOf(schema: z.ZodType): Bag {
  const def = schema.def as unknown as { checks?: { _zod: { def: CheckDef } }[]; format?: string; pattern?: RegExp };
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const maxima = checks.filter((check) => check.check === "max_length" && check.maximum !== undefined).map((check) => check.maximum as number);
  const patterns = new Set<RegExp>(checks.flatMap((check) => (check.check === "string_format" && check.pattern ? [check.pattern] : [])));
  if (def.pattern) patterns.add(def.pattern);
  return { maximum: maxima.length > 0 ? Math.min(...maxima) : undefined, patterns, format: def.format };
}

/** A string whose pattern or format fixes its length and what it may hold (an id, a token, a date), rather than free text. */
function isFormatted(schema: z.ZodType): boolean {
  const bag = bagOf(schema);
  return [...(bag.patterns ?? [])].some(boundedPattern) || BOUNDED_FORMATS.has(bag.format ?? "");
}

function unbounded(leaf: Leaf): string[] {
  switch (leaf.kind) {
    case "string":
      return bagOf(leaf.schema).maximum !== undefined || isFormatted(leaf.schema) ? [] : [`${leaf.path}: a string without a maximum`];
    case "array":
      return bagOf(leaf.schema).maximum === undefined ? [`${leaf.path}: an array without a maximum`] : [];
    case "anything":
      return [`${leaf.path}: accepts anything`];
  }
}

/** A string whose anchored pattern says which characters it may hold, however long. */
function hasAnchoredPattern(schema: z.ZodType): boolean {
  return [...(bagOf(schema).patterns ?? [])].some((pattern) => pattern.source.startsWith("^") && pattern.source.endsWith("$"));
}

/**
 * Free text that never reaches the database as typed: passwords are only hashed, a second-factor code
 * must match its format before it is looked up, the questionnaire version must equal the current one,
 * answers must be one of their question's option ids, and z.email (after the trim) refuses control characters.
 */
const ANSWER = /\.answers\.[a-z_]+$/;
const NOT_STORED_TEXT = new Set([
  "adminOrganizations.ZMemberAdd.email",
  "auth.ZEmail",
  "assessment.ZEmailMyLink.email",
  "account.ZChangePassword.newPassword",
  "account.ZReauthenticate.password",
  "account.ZReauthenticate.code",
  "account.ZChangePassword.currentPassword",
  "account.ZResetPassword.newPassword",
  "account.ZSecondFactorCode",
  "assessment.ZDraftSave.questionnaireVersion",
  "assessment.ZSubmission.questionnaireVersion",
  "assessment.ZScoreRequest.questionnaireVersion",
]);

function takesControlCharacters(leaf: Leaf): string[] {
  if (leaf.kind !== "string" || isFormatted(leaf.schema) || hasAnchoredPattern(leaf.schema)) return [];
  if (NOT_STORED_TEXT.has(leaf.path) || ANSWER.test(leaf.path)) return [];
  const checks = (leaf.schema.def as { checks?: unknown[] }).checks ?? [];
  return checks.includes(singleLineText) || checks.includes(multiLineText) ? [] : [`${leaf.path}: free text without singleLineText or multiLineText`];
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
    expect(schemas.flatMap(({ name, schema }) => leavesOf(schema, name).flatMap(unbounded))).toEqual([]);
  });

  it("every free-text string in lib/validation refuses control characters", () => {
    expect(schemas.flatMap(({ name, schema }) => leavesOf(schema, name).flatMap(takesControlCharacters))).toEqual([]);
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
