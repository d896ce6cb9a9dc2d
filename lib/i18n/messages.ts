/**
 * The product's interface text in each language, in ICU message format. English is the source;
 * messages.test.ts fails when a key is missing in a language, when a translation is the English
 * text unchanged (outside the glossary's shared terms), or when placeholders differ.
 */
import de from "./messages/de.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, de, fr };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
