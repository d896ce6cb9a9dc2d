/**
 * Structure names inside a sentence. French names open with an article ("Un CTIO unique"), written
 * capitalised as a label or heading; inside a sentence French writes the article in lower case
 * ("le modèle recommande un CTIO unique", "Nouveaux scores : un DSI et un CTO distincts 50,8").
 * English and German names are names, the same everywhere.
 */
import type { Locale } from "../../i18n/locales";
import { FR_MODEL_TEXT } from "./fr";

const FRENCH_ARTICLE = /^(Un|Une|Le|La|Les) /;

/** Each French name that opens with an article, with its form inside a sentence. */
const FRENCH_NAMES: readonly (readonly [string, string])[] = Object.values(FR_MODEL_TEXT.structures)
  .map((structure) => structure.name)
  .filter((name) => FRENCH_ARTICLE.test(name))
  .map((name) => [name, name.charAt(0).toLowerCase() + name.slice(1)] as const);

/** Where a sentence starts: the text's start, after a full stop, question or exclamation mark, or a line break. */
const SENTENCE_START = /(^|[.!?…]["»”]?\s+|\n\s*)$/;

/** A structure's name (as structuresIn gives it) where it stands inside a sentence. */
export function structureNameInSentence(name: string, locale: Locale): string {
  return FRENCH_NAMES.find(([label]) => label === name && locale === "fr")?.[1] ?? name;
}

/**
 * A formatted message with each French structure name in lower case where it stands inside a
 * sentence; at a sentence's start it keeps its capital. Text in other languages is returned as is.
 */
export function structureNamesInSentences(text: string, locale: Locale): string {
  if (locale !== "fr") return text;
  let result = text;
  for (const [label, inSentence] of FRENCH_NAMES) {
    if (!result.includes(label)) continue;
    let from = 0;
    let at = result.indexOf(label, from);
    while (at !== -1) {
      if (!SENTENCE_START.test(result.slice(0, at))) result = result.slice(0, at) + inSentence + result.slice(at + label.length);
      from = at + label.length;
      at = result.indexOf(label, from);
    }
  }
  return result;
}
