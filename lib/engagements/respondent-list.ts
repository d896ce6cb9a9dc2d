/**
 * Reads the list of people a consultant pastes or uploads for an engagement: one person per line,
 * "name, email, role", as a spreadsheet exports it (comma, semicolon or tab separated, quoted
 * fields, an optional header row). Every bad line is reported with its line number and what is
 * wrong, so the consultant fixes the list in one pass; the service imports nothing unless every
 * line is good.
 */
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { RESPONDENT_ROLES } from "../validation/assessment";
import { singleLineText } from "../validation/text";

export const MAX_ENGAGEMENT_RESPONDENTS = 200;

export type RespondentRoleId = (typeof RESPONDENT_ROLES)[number]["id"];

export interface RespondentEntry {
  name: string;
  email: string;
  role: RespondentRoleId;
}

export interface RespondentLineError {
  /** 1-based line of the pasted text or file. */
  line: number;
  message: string;
}

export type RespondentListResult = { ok: true; respondents: RespondentEntry[] } | { ok: false; errors: RespondentLineError[] };

/** Titles people write in a role column, mapped to the questionnaire's roles. */
const ROLE_ALIASES: Record<string, RespondentRoleId> = {
  ceo: "ceo",
  "chief executive": "ceo",
  "chief executive officer": "ceo",
  "managing director": "ceo",
  cfo: "cfo",
  "chief financial officer": "cfo",
  coo: "coo",
  "chief operating officer": "coo",
  cio: "technology_executive",
  cto: "technology_executive",
  cdo: "technology_executive",
  ctio: "technology_executive",
  "chief information officer": "technology_executive",
  "chief technology officer": "technology_executive",
  "chief digital officer": "technology_executive",
  board: "board_member",
  director: "board_member",
  "non-executive director": "board_member",
  advisor: "consultant",
  adviser: "consultant",
};

function normalizeRole(text: string): string {
  return text.trim().toLowerCase().replace(/[_\s]+/g, " ");
}

const ROLE_LOOKUP: ReadonlyMap<string, RespondentRoleId> = new Map<string, RespondentRoleId>([
  ...Object.entries(ROLE_ALIASES),
  ...RESPONDENT_ROLES.flatMap((role): [string, RespondentRoleId][] => [
    [normalizeRole(role.id), role.id],
    [normalizeRole(role.label), role.id],
  ]),
]);

export function roleFromText(text: string): RespondentRoleId | null {
  return ROLE_LOOKUP.get(normalizeRole(text)) ?? null;
}

export const ROLE_HINT = "Use one of: CEO, CFO, COO, CIO (or CTO, CDO), board member, other executive, advisor.";

export const ZRespondentName = z
  .string({ error: "Enter the person's name." })
  .trim()
  .min(1, "Enter the person's name.")
  .max(120, "A name can be at most 120 characters.")
  .check(singleLineText);

export const ZRespondentEmail = z
  .string({ error: "Enter the person's email address." })
  .trim()
  .min(1, "Enter the person's email address.")
  .max(254, "An email address can be at most 254 characters.")
  // Many mail servers still refuse internationalized addresses (SMTPUTF8), so a bounce is avoided by asking for the plain form.
  .refine((email) => !/[^\x00-\x7f]/.test(email), "Write this address in plain letters (a to z, digits, dots): accented and other non-Latin letters are refused by many mail servers.")
  .pipe(z.email("This is not an email address (it should look like name@company.com)."))
  .transform((email) => email.toLowerCase());

export const ZRespondentRole = z
  .string({ error: "Choose the person's role." })
  .transform((text, ctx) => {
    const role = roleFromText(text);
    if (role === null) {
      ctx.addIssue({ code: "custom", message: text.trim() === "" ? `Give the person's role. ${ROLE_HINT}` : `"${text.trim().slice(0, 60)}" is not a role Rolefit knows. ${ROLE_HINT}` });
      return z.NEVER;
    }
    return role;
  });

const ZEntry = z.object({ name: ZRespondentName, email: ZRespondentEmail, role: ZRespondentRole });

function isHeader(cells: string[]): boolean {
  const [first = "", second = ""] = cells.map((cell) => cell.trim().toLowerCase());
  return !second.includes("@") && /name/.test(first) && /mail/.test(second);
}

interface ListLine {
  cells: string[];
  line: number;
}

function readRecords(text: string): ListLine[] | RespondentLineError {
  try {
    const rows = parse(text, {
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map((row) => ({ cells: row.record, line: row.info.lines }));
  } catch (error) {
    const line = typeof error === "object" && error !== null && "lines" in error && typeof error.lines === "number" ? error.lines : 1;
    return { line, message: "This line cannot be read: check its quotation marks (a quoted field must end with a closing quote)." };
  }
}

/**
 * The people in `text`, or every line's problem. `existingEmails` are already in the engagement:
 * adding one of them again is an error on that line, as is a second line with the same address.
 */
export function readRespondentList(text: string, existingEmails: readonly string[] = []): RespondentListResult {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { ok: false, errors: [records] };
  const first = records[0];
  const body = first && isHeader(first.cells) ? records.slice(1) : records;
  if (body.length === 0) return { ok: false, errors: [{ line: 1, message: "The list is empty: give one person per line as name, email, role." }] };
  if (body.length > MAX_ENGAGEMENT_RESPONDENTS) {
    return { ok: false, errors: [{ line: body[MAX_ENGAGEMENT_RESPONDENTS]?.line ?? 1, message: `An engagement can have at most ${MAX_ENGAGEMENT_RESPONDENTS} people; this list has ${body.length}.` }] };
  }

  const errors: RespondentLineError[] = [];
  const respondents: RespondentEntry[] = [];
  const seen = new Map<string, number>(existingEmails.map((email) => [email.toLowerCase(), 0]));
  for (const { cells, line } of body) {
    if (cells.length !== 3) {
      errors.push({ line, message: `Expected three fields (name, email, role) but found ${cells.length}.` });
      continue;
    }
    const parsed = ZEntry.safeParse({ name: cells[0], email: cells[1], role: cells[2] });
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues.map((issue) => issue.message).join(" ") });
      continue;
    }
    const earlier = seen.get(parsed.data.email);
    if (earlier !== undefined) {
      errors.push({ line, message: earlier === 0 ? `${parsed.data.email} is already in this engagement.` : `${parsed.data.email} is also on line ${earlier}: list each person once.` });
      continue;
    }
    seen.set(parsed.data.email, line);
    respondents.push(parsed.data);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, respondents };
}
