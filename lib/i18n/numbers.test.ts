import { describe, expect, it } from "vitest";
import { formatLocaleNumber, parseLocaleNumber } from "./numbers";

describe("numbers as each language types them", () => {
  it("reads grouping and decimal signs by language", () => {
    expect(parseLocaleNumber("1,500", "en")).toBe(1500);
    expect(parseLocaleNumber("1.5", "en")).toBe(1.5);
    expect(parseLocaleNumber("1.500", "de")).toBe(1500);
    expect(parseLocaleNumber("12,5", "de")).toBe(12.5);
    expect(parseLocaleNumber("1 500", "fr")).toBe(1500);
    expect(parseLocaleNumber("1\u202f500,25", "fr")).toBe(1500.25);
    expect(parseLocaleNumber("  2000 ", "de")).toBe(2000);
  });

  it("refuses what is not a number", () => {
    for (const text of ["", "abc", "1,2,3.4.5", "12a", "1.5.", "--3", "1,5,", "∞"]) expect(parseLocaleNumber(text, "de")).toBeNull();
    expect(parseLocaleNumber("1.5.0", "en")).toBeNull();
    expect(parseLocaleNumber("1x5", "en")).toBeNull();
    expect(parseLocaleNumber("1,50", "en")).toBeNull();
  });

  it("writes numbers the way each language does", () => {
    expect(formatLocaleNumber(2500, "en")).toBe("2,500");
    expect(formatLocaleNumber(2500, "de")).toBe("2.500");
    expect(formatLocaleNumber(2500, "fr")).toMatch(/^2\s500$/u);
  });
});

describe("dates as each language writes them", () => {
  it("writes the day, month and year in the reader's language, in UTC", async () => {
    const { longDateIn } = await import("./dates");
    expect(longDateIn("2026-12-05T23:30:00Z", "en")).toBe("5 December 2026");
    expect(longDateIn("2026-12-05T23:30:00Z", "de")).toBe("5. Dezember 2026");
    expect(longDateIn("2026-12-05T23:30:00Z", "fr")).toBe("5 décembre 2026");
  });
});
