/**
 * Reading a number the way a person of each language types it: "1,500" in English, "1.500" in
 * German, "1 500" in French, with the decimal sign each uses. Pure, for the questionnaire's number
 * fields on the page and for tests.
 */
import type { Locale } from "./locales";

interface Separators {
  /** The characters that may group thousands. */
  group: string;
  decimal: string;
}

// Spaces of every width count as grouping: French uses a narrow no-break space, people type a plain one.
const SPACES = " \u00a0\u202f_";
const SEPARATORS: Record<Locale, Separators> = {
  en: { group: `,${SPACES}`, decimal: "." },
  de: { group: `.'${SPACES}`, decimal: "," },
  fr: { group: `.${SPACES}`, decimal: "," },
};

/** For characters inside a regular expression's [...] class. */
function escape(characters: string): string {
  return characters.replace(/[\\\]^-]/g, "\\$&");
}

/**
 * The number typed, or null when the text is not one: letters, two decimal signs, or grouping
 * that is not in threes ("1.5." in German is a typo, not 15). Empty text is null too.
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const { group, decimal } = SEPARATORS[locale];
  const groups = `[${escape(group)}]`;
  const shape = new RegExp(`^(-?)(\\d{1,3}(?:${groups}\\d{3})+|\\d+)(?:[${escape(decimal)}](\\d+))?$`);
  const match = shape.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction] = match;
  const value = Number(`${sign}${whole.replace(new RegExp(groups, "g"), "")}${fraction ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? value : null;
}

/** A number as that language writes it, for an example in a message. */
export function formatLocaleNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}
