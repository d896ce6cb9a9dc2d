/**
 * The product's messages outside a page (emails, reports, jobs): the same catalogs and ICU
 * formatting next-intl uses on pages, for a language the caller names.
 */
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

function create<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "UTC" });
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
    kept = create(locale, namespace);
    TRANSLATORS.set(key, kept);
  }
  return kept;
}
