/**
 * The server's validation and error messages in the reader's language. The code writes each
 * message in English, and the English stays what logs, tests and English callers see; where a
 * message reaches a person (a form's state, an API error body, a page) it is looked up here by
 * its English text in the ServerMessages catalog and given back in their language. An entry with
 * `{name}` arguments matches texts built with values, and keeps those values; each value is
 * looked up in turn, so a label or a unit inside a sentence ("The expiry", "3 minutes") is
 * translated too. Text the catalog does not know comes back unchanged, never an error.
 *
 * Only the ServerMessages catalog is imported, not every namespace, so a client component
 * (the single sign-on form) can use this without carrying all the catalogs.
 */
import type { FieldIssue } from "../errors";
import type { Locale } from "./locales";
import de from "./messages/ServerMessages/de.json";
import en from "./messages/ServerMessages/en.json";
import fr from "./messages/ServerMessages/fr.json";

type ServerMessageKey = keyof typeof en;

const CATALOGS: Record<Locale, Record<ServerMessageKey, string>> = { en, de, fr };

const ARGUMENT = /\{(\w+)\}/g;

interface PatternEntry {
  key: ServerMessageKey;
  pattern: RegExp;
  names: string[];
  /** Characters the entry fixes: the entry that fixes most wins ("Line {line}: {message}" over "{path}: {message}"). */
  literalLength: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(): { exact: Map<string, ServerMessageKey>; patterns: PatternEntry[] } {
  const exact = new Map<string, ServerMessageKey>();
  const patterns: PatternEntry[] = [];
  for (const [key, english] of Object.entries(en) as [ServerMessageKey, string][]) {
    const parts = english.split(ARGUMENT);
    if (parts.length === 1) {
      exact.set(english, key);
      continue;
    }
    // split() with a capturing group alternates literal text and argument names.
    const literals = parts.filter((_, index) => index % 2 === 0);
    const names = parts.filter((_, index) => index % 2 === 1);
    const source = literals.map(escapeRegExp).join("([\\s\\S]*?)");
    patterns.push({ key, pattern: new RegExp(`^${source}$`), names, literalLength: literals.join("").length });
  }
  patterns.sort((a, b) => b.literalLength - a.literalLength);
  return { exact, patterns };
}

const COMPILED = compile();

/** The catalog entry an English message is, with the values it was built with; null when none is. */
export function matchServerMessage(english: string): { key: ServerMessageKey; values: Record<string, string> } | null {
  const key = COMPILED.exact.get(english);
  if (key) return { key, values: {} };
  for (const entry of COMPILED.patterns) {
    const match = entry.pattern.exec(english);
    if (match) return { key: entry.key, values: Object.fromEntries(entry.names.map((name, index) => [name, match[index + 1] ?? ""])) };
  }
  return null;
}

/** A summary holds a field's message, which may hold a label: two levels down, and no further. */
const MAX_DEPTH = 2;

/**
 * Words a message quotes that other catalogs translate (a questionnaire option's label). The
 * server passes one; this module does not import them, so a client component using it stays small.
 */
export type QuotedWords = (english: string, locale: Locale) => string | undefined;

/** A number as the code writes it in English ("1,000,000", "0.5"), in the language's own format. */
function localNumber(value: string, locale: Locale): string | undefined {
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(value) || !/[,.]/.test(value)) return undefined;
  const number = Number(value.replaceAll(",", ""));
  return Number.isFinite(number) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(number) : undefined;
}

function localize(english: string, locale: Locale, depth: number, quoted?: QuotedWords): string {
  if (locale === "en" || depth > MAX_DEPTH) return english;
  const found = matchServerMessage(english);
  if (!found) return depth > 0 ? (localNumber(english, locale) ?? quoted?.(english, locale) ?? english) : english;
  return CATALOGS[locale][found.key].replace(ARGUMENT, (whole, name: string) => {
    const value = found.values[name];
    return value === undefined ? whole : localize(value, locale, depth + 1, quoted);
  });
}

/** An English message of the server in this language; unchanged when the catalog does not know it. */
export function localizeServerMessage(english: string, locale: Locale, quoted?: QuotedWords): string {
  return localize(english, locale, 0, quoted);
}

/** Field issues with their messages in this language; paths stay as they are, since clients key on them. */
export function localizeIssues(issues: readonly FieldIssue[], locale: Locale, quoted?: QuotedWords): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path, message: localizeServerMessage(issue.message, locale, quoted) }));
}
