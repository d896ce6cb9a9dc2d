/**
 * The results table's query as it travels in URLs: read from a page's or a request's search
 * parameters, and written back into the links of the table page (next page, first page,
 * downloads), so a view can be bookmarked and shared.
 */
import type { TResultsQuery } from "../validation/portfolio";

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Plain values for ZResultsQuery. A repeated parameter stays a list, which the schema refuses
 * with the field's message rather than silently keeping one of the values.
 */
export function resultsQueryInput(params: SearchParamsInput, omit: readonly string[] = []): Record<string, string | string[]> {
  const input: [string, string | string[]][] = [];
  const entries: [string, string | string[] | undefined][] =
    params instanceof URLSearchParams ? [...new Set(params.keys())].map((key) => [key, params.getAll(key)]) : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === undefined || omit.includes(key)) continue;
    input.push([key, Array.isArray(value) && value.length === 1 ? (value[0] ?? "") : value]);
  }
  // fromEntries defines each key, so "__proto__" stays a parameter the schema refuses instead of replacing the prototype.
  return Object.fromEntries(input);
}

const DEFAULTS: Partial<Record<keyof TResultsQuery, string>> = { sort: "date", dir: "desc", limit: "25" };

/** Filter keys in a fixed order, so equal views have equal URLs. */
const KEYS = ["organization", "recommendation", "confidence", "industry", "size", "role", "status", "from", "to", "q", "sort", "dir", "limit", "after"] as const;

/** A link to `path` with the query's non-default values; `changes` set (or, when null, drop) single values. */
export function resultsHref(path: string, query: Partial<Record<keyof TResultsQuery, string | number | undefined>>, changes: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const change = changes[key];
    const value = change === null ? undefined : (change ?? query[key]);
    if (value === undefined || value === "" || DEFAULTS[key] === String(value)) continue;
    params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null && !(KEYS as readonly string[]).includes(key)) params.set(key, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
