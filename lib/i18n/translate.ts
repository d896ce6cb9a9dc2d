/**
 * The product's messages outside a page (emails, reports, jobs): the same catalogs and ICU
 * formatting next-intl uses on pages, for a language the caller names.
 */
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

export function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "UTC" });
}
