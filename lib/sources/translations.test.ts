import { describe, expect, it } from "vitest";
import { sameAsEnglishIn } from "../i18n/glossary";
import { SOURCE_IDS, SOURCES } from "./sources";
import { sourceIn } from "./translations";

describe("the sources in every language", () => {
  it.each(["de", "fr"] as const)("describe each source in %s, keeping title and publisher as published", (locale) => {
    const allowed = new Set(sameAsEnglishIn(locale));
    for (const id of SOURCE_IDS) {
      const translated = sourceIn(id, locale);
      expect(translated.title).toBe(SOURCES[id].title);
      expect(translated.publisher).toBe(SOURCES[id].publisher);
      for (const field of ["kind", "author", "contributes"] as const) {
        expect(translated[field].trim(), `${id}.${field}`).not.toBe("");
        if (!allowed.has(SOURCES[id][field])) expect(translated[field], `${id}.${field} left in English`).not.toBe(SOURCES[id][field]);
      }
    }
  });
});
