import { describe, expect, it } from "vitest";
import { compareCatalogs, flattenCatalog, messageArguments } from "../testing/catalog-check";
import { sameAsEnglishIn } from "./glossary";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

const english = flattenCatalog(MESSAGES.en);

describe("the interface messages", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))("are complete in %s, translated, with the English placeholders", (locale) => {
    expect(compareCatalogs(english, flattenCatalog(MESSAGES[locale]), sameAsEnglishIn(locale))).toEqual([]);
  });

  it("parse as ICU messages in every language", () => {
    for (const locale of LOCALES) for (const text of flattenCatalog(MESSAGES[locale]).values()) expect(() => messageArguments(text)).not.toThrow();
  });
});

describe("the catalog check", () => {
  const source = new Map([
    ["a", "Sign in"],
    ["b", "{count, plural, one {# result} other {# results}} for {name}"],
    ["c", "Read the <link>methodology</link>"],
    ["d", "CTO"],
  ]);
  const good = new Map([
    ["a", "Anmelden"],
    ["b", "{count, plural, one {# Ergebnis} other {# Ergebnisse}} für {name}"],
    ["c", "Lesen Sie die <link>Methodik</link>"],
    ["d", "CTO"],
  ]);

  it("accepts a faithful translation, and role titles left as they are", () => {
    expect(compareCatalogs(source, good, ["CTO"])).toEqual([]);
  });

  it("finds a missing key, an unknown key and an empty text", () => {
    const broken = new Map(good);
    broken.delete("a");
    broken.set("c", " ");
    broken.set("z", "Extra");
    expect(compareCatalogs(source, broken, ["CTO"]).map((p) => `${p.key}:${p.problem}`).sort()).toEqual(["a:missing", "c:empty", "z:unknown key"]);
  });

  it("finds text left in English", () => {
    const broken = new Map(good).set("a", "Sign in");
    expect(compareCatalogs(source, broken, ["CTO"])).toEqual([{ key: "a", problem: "same as English", detail: "Sign in" }]);
    expect(compareCatalogs(source, good, []).map((p) => p.key)).toEqual(["d"]);
  });

  it("finds a renamed, dropped or retyped placeholder and a lost tag", () => {
    for (const text of ["{anzahl, plural, one {# Ergebnis} other {# Ergebnisse}} für {name}", "Ergebnisse für {name}", "{count} Ergebnisse für {name}"]) {
      expect(compareCatalogs(source, new Map(good).set("b", text), ["CTO"]).map((p) => p.problem)).toEqual(["placeholders differ"]);
    }
    expect(compareCatalogs(source, new Map(good).set("c", "Lesen Sie die Methodik"), ["CTO"]).map((p) => p.problem)).toEqual(["placeholders differ"]);
  });

  it("finds a message that does not parse", () => {
    expect(compareCatalogs(source, new Map(good).set("b", "{count, plural, one {# Ergebnis}"), ["CTO"]).map((p) => p.problem)).toEqual(["unparsable"]);
  });
});
