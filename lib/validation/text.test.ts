import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isWellFormedText, multiLineText, refusedCharacter, refusedCharacterMessage, singleLineText } from "./text";

const singleLine = z.string().trim().max(200).check(singleLineText);
const multiLine = z.string().trim().max(5000).check(multiLineText);

function messagesOf(schema: z.ZodType, input: string): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe("single-line text", () => {
  it("accepts names in any script, with spaces, punctuation and emoji", () => {
    for (const text of ["Northwind Bank", "Société Générale", "株式会社テスト", "O'Brien & Co. (EMEA) — 2026", "Team 🚀", "Ünïcödé\u00a0name"]) {
      expect(singleLine.safeParse(text).success, text).toBe(true);
    }
  });

  it("refuses NUL, the other C0 controls, DEL and the C1 controls, naming the code point", () => {
    expect(messagesOf(singleLine, "North\u0000wind")).toEqual(["Remove the control character (U+0000) from this field."]);
    expect(messagesOf(singleLine, "a\u0007b")).toEqual(["Remove the control character (U+0007) from this field."]);
    expect(messagesOf(singleLine, "a\u001bb")).toEqual(["Remove the control character (U+001B) from this field."]);
    expect(messagesOf(singleLine, "a\u007fb")).toEqual(["Remove the control character (U+007F) from this field."]);
    expect(messagesOf(singleLine, "a\u0085b")).toEqual(["Remove the control character (U+0085) from this field."]);
    expect(messagesOf(singleLine, "a\u009fb")).toEqual(["Remove the control character (U+009F) from this field."]);
  });

  it("refuses a tab or a line break inside the text, and trims them at its ends", () => {
    expect(messagesOf(singleLine, "Northwind\tBank")).toEqual(["Remove the control character (U+0009) from this field."]);
    expect(messagesOf(singleLine, "Northwind\nBank")).toEqual(["Keep this field on one line: remove the line break."]);
    expect(messagesOf(singleLine, "Northwind\r\nBank")).toEqual(["Keep this field on one line: remove the line break."]);
    expect(singleLine.parse("\tNorthwind Bank\r\n")).toBe("Northwind Bank");
  });

  it("refuses half of a surrogate pair, and accepts a whole pair", () => {
    expect(messagesOf(singleLine, "a\ud800b")).toEqual(["Remove the broken character (U+D800, half of a surrogate pair) from this field."]);
    expect(messagesOf(singleLine, "a\udfffb")).toEqual(["Remove the broken character (U+DFFF, half of a surrogate pair) from this field."]);
    expect(singleLine.safeParse("a\ud83d\ude80b").success).toBe(true);
  });

  it("reports the length and the character together, so one save shows every problem", () => {
    expect(messagesOf(z.string().max(3).check(singleLineText), "abcd\u0000")).toEqual([
      "Too big: expected string to have <=3 characters",
      "Remove the control character (U+0000) from this field.",
    ]);
  });
});

describe("multi-line text", () => {
  it("keeps tabs and line breaks as a textarea sends them", () => {
    expect(multiLine.parse("First point:\r\n\t- the ERP renewal\n\nSecond point.")).toBe("First point:\r\n\t- the ERP renewal\n\nSecond point.");
  });

  it("refuses every other control character", () => {
    for (const character of ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "\u0080", "\u009f"]) {
      expect(refusedCharacter(`a${character}b`, "multi"), JSON.stringify(character)).toBe(character);
      expect(multiLine.safeParse(`note ${character} here`).success, JSON.stringify(character)).toBe(false);
    }
    expect(messagesOf(multiLine, "Ask the CFO\u0000")).toEqual(["Remove the control character (U+0000) from this field."]);
  });
});

describe("refusedCharacter", () => {
  it("returns the first character refused, or null", () => {
    expect(refusedCharacter("plain text", "single")).toBeNull();
    expect(refusedCharacter("", "multi")).toBeNull();
    expect(refusedCharacter("a\u0001b\u0000", "single")).toBe("\u0001");
    expect(refusedCharacter("a\nb", "multi")).toBeNull();
    expect(refusedCharacter("a\nb", "single")).toBe("\n");
  });

  it("accepts the characters just outside the refused ranges", () => {
    expect(refusedCharacter("\u0020\u007e\u00a0\u00ff\u2028\ufffd", "single")).toBeNull();
  });

  it("words the message by the kind of character", () => {
    expect(refusedCharacterMessage("\r")).toBe("Keep this field on one line: remove the line break.");
    expect(refusedCharacterMessage("\u0000")).toBe("Remove the control character (U+0000) from this field.");
    expect(isWellFormedText("\udc00")).toBe(false);
  });
});
