import { describe, expect, it } from "vitest";
import { readCsv } from "../testing/read-csv";
import { csvCell, csvLine, neutralizeFormula } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Northwind Bank")).toBe("Northwind Bank");
    expect(csvCell(42.5)).toBe("42.5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("Smith, Jones & Co")).toBe('"Smith, Jones & Co"');
    expect(csvCell('The "Best" Company')).toBe('"The ""Best"" Company"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it.each([
    ["=HYPERLINK(\"http://evil.test\",\"Click\")", "'=HYPERLINK(\"http://evil.test\",\"Click\")"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralizes a formula: %j", (hostile, safe) => {
    expect(neutralizeFormula(hostile)).toBe(safe);
    expect(readCsv(csvLine([hostile]))).toEqual([[safe]]);
  });

  it("does not touch formula characters after the first one", () => {
    expect(neutralizeFormula("Ernst & Young = EY")).toBe("Ernst & Young = EY");
    expect(neutralizeFormula("a-b")).toBe("a-b");
  });

  it("writes lines that read back as the same fields", () => {
    const fields = ['Acme "Global", Inc.', "=1+1", "multi\nline", "", "Zoë O'Brien", "株式会社"];
    const text = csvLine(fields) + csvLine(["second", 7, null]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(readCsv(text)).toEqual([
      ['Acme "Global", Inc.', "'=1+1", "multi\nline", "", "Zoë O'Brien", "株式会社"],
      ["second", "7", ""],
    ]);
  });
});
