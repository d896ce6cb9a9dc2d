import { describe, expect, it } from "vitest";
import { ZResultsQuery } from "../validation/portfolio";
import { resultsHref, resultsQueryInput } from "./results-query";

describe("the results table's query in URLs", () => {
  it("reads search parameters and a page's searchParams alike", () => {
    const fromUrl = resultsQueryInput(new URLSearchParams("recommendation=cdo&q=north&format=csv"), ["format"]);
    const fromPage = resultsQueryInput({ recommendation: "cdo", q: "north", absent: undefined });
    expect(fromUrl).toEqual({ recommendation: "cdo", q: "north" });
    expect(fromPage).toEqual({ recommendation: "cdo", q: "north" });
    expect(ZResultsQuery.parse(fromUrl)).toMatchObject({ recommendation: "cdo", q: "north", sort: "date", dir: "desc", limit: 25 });
  });

  it("keeps a repeated parameter as a list, which the schema refuses for that field", () => {
    const input = resultsQueryInput(new URLSearchParams("confidence=high&confidence=low"));
    expect(input).toEqual({ confidence: ["high", "low"] });
    const parsed = ZResultsQuery.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["confidence"]);
  });

  it("keeps __proto__ and constructor as parameters, which the strict schema refuses, rather than dropping them", () => {
    for (const query of ["__proto__=x", "__proto__=a&__proto__=b", "constructor=x"]) {
      const input = resultsQueryInput(new URLSearchParams(`status=new&${query}`));
      expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
      expect(Object.keys(input)).toEqual(["status", query.split("=")[0]]);
      const parsed = ZResultsQuery.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Unknown filter: (__proto__|constructor)\.$/);
    }
  });

  it("writes only what differs from the defaults, in a fixed order", () => {
    const query = { q: "acme", sort: "date", dir: "desc", limit: 25, recommendation: "ctio", after: undefined };
    expect(resultsHref("/workspace/results", query)).toBe("/workspace/results?recommendation=ctio&q=acme");
    expect(resultsHref("/workspace/results", { sort: "margin", dir: "asc", limit: 100 })).toBe("/workspace/results?sort=margin&dir=asc&limit=100");
    expect(resultsHref("/workspace/results", {})).toBe("/workspace/results");
  });

  it("sets, drops and adds values, encoding them", () => {
    const query = { q: "Smith & Co", limit: 50, after: "abc" };
    expect(resultsHref("/workspace/results", query, { after: "next_Cursor-1" })).toBe("/workspace/results?q=Smith+%26+Co&limit=50&after=next_Cursor-1");
    expect(resultsHref("/workspace/results/export", query, { after: null, limit: null, format: "csv" })).toBe("/workspace/results/export?q=Smith+%26+Co&format=csv");
  });
});
