import { describe, expect, it } from "vitest";
import { Q } from "../scoring/citations";
import { citationLocationIn, translatedLocations } from "./citation-locations";

const cited = [...new Set(Object.values(Q).map((citation) => citation.location))].sort();

describe("where a cited passage stands, in German and French", () => {
  it.each(["de", "fr"] as const)("names every location the model cites, and only those (%s)", (locale) => {
    expect(Object.keys(translatedLocations(locale)).sort()).toEqual(cited);
  });

  it.each(["de", "fr"] as const)("translates each location; a heading of the article stays in English, in quotation marks (%s)", (locale) => {
    for (const location of cited) {
      const translated = citationLocationIn(location, locale);
      expect(translated, location).not.toBe(location);
      if (translated.includes(locale === "de" ? "„" : "«")) expect(translated).toMatch(locale === "de" ? /„[^“]+“/ : /«\u00a0[^»]+\u00a0»/);
    }
    expect(citationLocationIn("Paragraph on measurement", locale)).not.toMatch(/Paragraph on/);
    expect(citationLocationIn("What is a CIO?", locale)).toContain("What is a CIO?");
  });

  it("leaves English, and a location it does not know, as it is", () => {
    expect(citationLocationIn("Second paragraph", "en")).toBe("Second paragraph");
    expect(citationLocationIn("A place no model cites", "de")).toBe("A place no model cites");
  });
});
