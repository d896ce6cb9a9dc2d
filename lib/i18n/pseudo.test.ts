import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { compareCatalogs, flattenCatalog } from "../testing/catalog-check";
import { MESSAGES } from "./messages";
import { PSEUDO_EXPANSION, pseudoCatalog, pseudoMessage, pseudoText } from "./pseudo";

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

describe("the pseudo-language", () => {
  it("accents every word and makes it 40% longer, keeping spaces and punctuation", () => {
    expect(pseudoText("Start the assessment.")).toBe("Šţááářţ ţhééé áááššééššmééñţ.");
    const words = "Which stage best describes the company?";
    expect(letters(pseudoText(words))).toBeGreaterThanOrEqual(Math.round(letters(words) * (1 + PSEUDO_EXPANSION)));
    expect(pseudoText("CTO 2027")).toBe("ÇŢÖÖÖ 2027");
  });

  it("keeps placeholders, plural branches, tags and escaped braces working", () => {
    const t = createTranslator({
      locale: "en",
      messages: { m: pseudoMessage("{count, plural, one {# result} other {# results}} for <b>{name}</b>, it's '{'fine'}'") },
    });
    expect(t.markup("m", { count: 2, name: "Acme", b: (chunks) => `[${chunks}]` })).toBe("2 řéééšüüļţš föööř [Acme], ííţ'šš {fííñéé}");
  });

  it("gives every English message a pseudo form with the same placeholders and tags", () => {
    const english = flattenCatalog(MESSAGES.en);
    const pseudo = flattenCatalog(pseudoCatalog(MESSAGES.en));
    const problems = compareCatalogs(english, pseudo, []).filter((problem) => !(problem.problem === "same as English" && letters(english.get(problem.key) ?? "") === 0));
    expect(problems).toEqual([]);
  });
});
