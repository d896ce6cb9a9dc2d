/**
 * What text a person may type into a field. PostgreSQL text cannot hold U+0000 at all, and the
 * other control characters are invisible in a page or a report, so every schema for user text
 * ends with one of the two checks below, which name the character to remove.
 */
import { z } from "zod";

/**
 * Text that is not text: half of a UTF-16 surrogate pair on its own. JSON can escape one
 * ("\ud800"), but no UTF-8 database column can store it, so inputs that could carry one refuse it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** C0 controls, DEL and C1 controls. A single-line field can take none of them: its input cannot type one. */
const SINGLE_LINE_REFUSED = /[\u0000-\u001f\u007f-\u009f]/;

/** A textarea keeps its tabs and line breaks (browsers send "\r\n"); every other control is refused. */
const MULTI_LINE_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type TextLines = "single" | "multi";

/** The first character the field cannot take, or null when it can take all of them. */
export function refusedCharacter(text: string, lines: TextLines): string | null {
  const match = (lines === "single" ? SINGLE_LINE_REFUSED : MULTI_LINE_REFUSED).exec(text) ?? LONE_SURROGATE.exec(text);
  return match ? match[0] : null;
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export function refusedCharacterMessage(character: string): string {
  if (character === "\n" || character === "\r") return "Keep this field on one line: remove the line break.";
  if (!isWellFormedText(character)) return `Remove the broken character (${codePoint(character)}, half of a surrogate pair) from this field.`;
  return `Remove the control character (${codePoint(character)}) from this field.`;
}

function textCheck(lines: TextLines) {
  return z.superRefine<string>((text, ctx) => {
    const character = refusedCharacter(text, lines);
    if (character !== null) ctx.addIssue({ code: "custom", message: refusedCharacterMessage(character) });
  });
}

/** For names, titles and searches: `z.string().trim().max(n).check(singleLineText)`. */
export const singleLineText = textCheck("single");

/** For notes and justifications, which keep tabs and line breaks. */
export const multiLineText = textCheck("multi");

/**
 * The error option for every strict object schema: it names the unknown fields, cut short, so a
 * request with thousands of made-up keys gets a readable message instead of an echo of them all.
 */
export const unknownField = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ").slice(0, 200)}.` : undefined,
};
