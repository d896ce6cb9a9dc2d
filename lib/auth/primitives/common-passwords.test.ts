import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS_FILE, commonPasswords, isCommonPassword, parseCommonPasswords } from "./common-passwords";

describe("the shipped common-password list", () => {
  it("has at least 3,000 entries, including the usual suspects", () => {
    const words = commonPasswords();
    expect(words.size).toBeGreaterThanOrEqual(3000);
    for (const word of ["password", "123456", "qwerty", "12345678", "iloveyou"]) expect(words.has(word)).toBe(true);
  });

  it("is stored lowercase, one per line, without blanks or duplicates", () => {
    const lines = readFileSync(COMMON_PASSWORDS_FILE, "utf8").split("\n");
    expect(lines.at(-1)).toBe(""); // ends with a newline
    const entries = lines.slice(0, -1);
    expect(entries.every((line) => line !== "" && line === line.toLowerCase() && !line.includes("\r"))).toBe(true);
    expect(new Set(entries).size).toBe(entries.length);
    expect(commonPasswords().size).toBe(entries.length);
  });

  it("reads the file once and keeps the set", () => {
    expect(commonPasswords()).toBe(commonPasswords());
  });

  it("matches case-insensitively and only whole passwords", () => {
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("QWERTY")).toBe(true);
    expect(isCommonPassword("password but longer and unusual")).toBe(false);
  });
});

describe("parseCommonPasswords", () => {
  it("lowercases, skips blank lines and tolerates CRLF, keeping inner spaces", () => {
    const words = parseCommonPasswords("Hunter2\r\n\r\nabc def\nabc def\n");
    expect([...words]).toEqual(["hunter2", "abc def"]);
  });
});
