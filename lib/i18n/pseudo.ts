/**
 * A pseudo-language for layout checks: every English message accented and made 40% longer, so a
 * page rendered in it shows where a longer translation would overflow or be clipped, and where
 * text is not coming from the catalogs at all (it stays plain English). Only the words change:
 * placeholders, plural and select branches and rich-text tags are kept, through the ICU parser
 * the message formatter itself uses, so a pseudo message formats exactly as its English source.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

/** Translations run 30-40% longer than English on average; German labels sometimes more. */
export const PSEUDO_EXPANSION = 0.4;

const ACCENTED: Record<string, string> = {
  a: "á", e: "é", i: "í", o: "ö", u: "ü", c: "ç", n: "ñ", s: "š", y: "ý", z: "ž", g: "ğ", l: "ļ", r: "ř", t: "ţ", d: "ď",
  A: "Å", E: "É", I: "Î", O: "Ö", U: "Ü", C: "Ç", N: "Ñ", S: "Š", Y: "Ý", Z: "Ž", G: "Ğ", L: "Ļ", R: "Ř", T: "Ţ", D: "Ď",
};
const VOWELS = /[aeiouyAEIOUY]/;

/** One word, longer by the expansion: its vowels doubled from the left, or its last letter repeated when it has none. */
function lengthenWord(word: string): string {
  const extra = Math.ceil(word.length * PSEUDO_EXPANSION);
  const letters = [...word];
  const vowelAt = letters.map((letter, index) => (VOWELS.test(letter) ? index : -1)).filter((index) => index >= 0);
  const repeats = new Array<number>(letters.length).fill(0);
  for (let added = 0; added < extra; added++) {
    const index = vowelAt.length > 0 ? vowelAt[added % vowelAt.length]! : letters.length - 1;
    repeats[index]! += 1;
  }
  return letters.map((letter, index) => letter.repeat(1 + repeats[index]!)).join("");
}

/** Plain text in the pseudo-language: each word lengthened, then accented; spaces and punctuation kept. */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => [...lengthenWord(word)].map((letter) => ACCENTED[letter] ?? letter).join(""));
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: pseudoText(element.value) };
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])),
        };
      default:
        return element;
    }
  });
}

/** One ICU message in the pseudo-language. */
export function pseudoMessage(message: string): string {
  return printAST(pseudoElements(parse(message)));
}

type Catalog = { [key: string]: string | Catalog };

/** A whole catalog (namespaces of messages, nested) in the pseudo-language, keys unchanged. */
export function pseudoCatalog<C extends Catalog>(catalog: C): C {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, typeof value === "string" ? pseudoMessage(value) : pseudoCatalog(value)]),
  ) as C;
}
