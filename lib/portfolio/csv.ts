/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, fields quoted when they hold a
 * quote, comma or line break), made safe to open in a spreadsheet: text that a spreadsheet
 * would run as a formula is neutralized (OWASP "CSV injection").
 */

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text from people (organization and respondent names, answers) gets a leading apostrophe when it could run as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvValue = string | number | null | undefined;

/**
 * Numbers are ours (scores, points, counts) and stay numbers, so a negative one is not
 * mistaken for a formula; every string is treated as untrusted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return quoted(neutralizeFormula(value));
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Makes Excel read the file as UTF-8; other readers skip it. */
export const CSV_BYTE_ORDER_MARK = "\uFEFF";
