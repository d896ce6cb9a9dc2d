/**
 * The product's messages outside a page (emails, reports, jobs): the same catalogs and ICU
 * formatting next-intl uses on pages, for a language the caller names.
 */
import { createTranslator } from "use-intl/core";
import { structureNamesInSentences } from "../scoring/translations/in-sentence";
import type { Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

function create<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "UTC" });
}

/**
 * French messages with a structure's name inside a sentence write its article in lower case
 * (lib/scoring/translations/in-sentence.ts): the names come in as arguments, written as labels.
 */
function withNamesInSentences<N extends keyof Messages>(locale: Locale, translate: ReturnType<typeof create<N>>): ReturnType<typeof create<N>> {
  if (locale !== "fr") return translate;
  const format = ((...args: Parameters<typeof translate>) => structureNamesInSentences(translate(...args), locale)) as typeof translate;
  return Object.assign(format, { rich: translate.rich, markup: translate.markup, raw: translate.raw, has: translate.has });
}

/**
 * One translator per language and namespace, kept: each keeps the messages it has compiled, so a
 * message is parsed once per process instead of on every call (reports and scoring call thousands).
 */
const TRANSLATORS = new Map<string, unknown>();

export function translator<N extends keyof Messages>(locale: Locale, namespace: N): ReturnType<typeof create<N>> {
  const key = `${locale} ${namespace}`;
  let kept = TRANSLATORS.get(key) as ReturnType<typeof create<N>> | undefined;
  if (!kept) {
    kept = withNamesInSentences(locale, create(locale, namespace));
    TRANSLATORS.set(key, kept);
  }
  return kept;
}
