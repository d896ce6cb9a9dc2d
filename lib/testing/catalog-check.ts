/**
 * Checks a translated catalog of ICU messages against the English one: the same keys, no empty
 * text, no text left in English (outside the terms every language shares), and the same
 * placeholders and tags, so a translation can neither drop a number nor ask for one the code does
 * not pass. Used by the tests of every catalog (interface messages, questionnaire, model text).
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type Catalog = { readonly [key: string]: string | Catalog };

/** "Chrome.signIn" → text, for nested catalogs. */
export function flattenCatalog(catalog: Catalog, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flattenCatalog(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** Every argument and tag a message uses, with its kind: "count:plural", "name:argument", "b:tag". */
export function messageArguments(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          found.add(`${element.value}:argument`);
          break;
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          found.add(`${element.value}:${TYPE[element.type]}`);
          break;
        case TYPE.plural:
        case TYPE.select:
          found.add(`${element.value}:${TYPE[element.type]}`);
          for (const option of Object.values(element.options)) visit(option.value);
          break;
        case TYPE.tag:
          found.add(`${element.value}:tag`);
          visit(element.children);
          break;
        default:
          break;
      }
    }
  };
  visit(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

export interface CatalogProblem {
  key: string;
  problem: "missing" | "unknown key" | "empty" | "same as English" | "placeholders differ" | "unparsable";
  detail?: string;
}

/** Whether anything but placeholders, digits and signs is left to translate: "1 = {label}" has nothing. */
function hasWords(message: string): boolean {
  return /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ""));
}

/** Text a translation may keep exactly as in English (role titles, names), compared whole and trimmed. */
export function compareCatalogs(english: Map<string, string>, translated: Map<string, string>, sameInEveryLanguage: readonly string[]): CatalogProblem[] {
  const allowed = new Set(sameInEveryLanguage.map((text) => text.trim()));
  const problems: CatalogProblem[] = [];
  for (const [key, source] of english) {
    const text = translated.get(key);
    if (text === undefined) {
      problems.push({ key, problem: "missing" });
      continue;
    }
    if (text.trim() === "") {
      problems.push({ key, problem: "empty" });
      continue;
    }
    if (text.trim() === source.trim() && !allowed.has(source.trim()) && hasWords(source)) problems.push({ key, problem: "same as English", detail: text });
    let expected: string[];
    let actual: string[];
    try {
      expected = messageArguments(source);
      actual = messageArguments(text);
    } catch (error) {
      problems.push({ key, problem: "unparsable", detail: String(error) });
      continue;
    }
    if (expected.join("|") !== actual.join("|")) problems.push({ key, problem: "placeholders differ", detail: `English ${expected.join(", ") || "none"}; here ${actual.join(", ") || "none"}` });
  }
  for (const key of translated.keys()) if (!english.has(key)) problems.push({ key, problem: "unknown key" });
  return problems;
}
