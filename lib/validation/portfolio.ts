/**
 * The consultant workspace's inputs: the results table's query (the same schema reads the URL of
 * the table page, the export and the read-only API), review status, notes and overrides.
 */
import { z } from "zod";
import { STRUCTURE_IDS } from "../scoring/types";
import { RESPONDENT_ROLES } from "./assessment";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS, ZRecordId } from "./organizations";
import { singleLineText } from "./text";

export const REVIEW_STATUSES = [
  { id: "new", label: "New" },
  { id: "in_review", label: "In review" },
  { id: "shared", label: "Shared with client" },
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]["id"];

export const CONFIDENCE_LEVELS = [
  { id: "high", label: "High" },
  { id: "moderate", label: "Moderate" },
  { id: "low", label: "Low" },
] as const;

export const RESULT_SORTS = [
  { id: "date", label: "Date submitted" },
  { id: "organization", label: "Organization" },
  { id: "margin", label: "Lead over the runner-up" },
] as const;
export type ResultSort = (typeof RESULT_SORTS)[number]["id"];

export const RESULTS_PAGE_SIZES = [25, 50, 100] as const;

/**
 * How far the table counts the rows its filters match. Counting stops there, so a count costs
 * about the same with a hundred thousand results as with a thousand; past it the table says
 * "more than", and the portfolio overview gives exact figures by structure.
 */
export const RESULTS_COUNT_LIMIT = 1000;

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id) as [string, ...string[]];

/** An empty form control or query parameter means "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalEnum = (list: readonly { id: string }[], message: string) => z.preprocess(blankToUndefined, z.enum(ids(list), { error: message }).optional());

/** Calendar dates as YYYY-MM-DD, inclusive, in UTC. */
const optionalDate = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label} must be a date.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written as YYYY-MM-DD.`)
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${label} is not a real date.`)
      .optional(),
  );

/**
 * The opaque position after which the next page starts. It carries the last row's sort value and
 * id (base64url JSON); the service checks it against the sort it was made for.
 */
const ZCursor = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "The page position must be text." })
    .max(1200, "The page position is not valid. Go back to the first page.")
    .regex(/^[A-Za-z0-9_-]+$/, "The page position is not valid. Go back to the first page.")
    .optional(),
);

export const ZResultsQuery = z.strictObject(
  {
    organization: z.preprocess(blankToUndefined, ZRecordId.optional()),
    recommendation: optionalEnum(
      STRUCTURE_IDS.map((id) => ({ id })),
      "Choose a recommended structure from the list.",
    ),
    confidence: optionalEnum(CONFIDENCE_LEVELS, "Choose a confidence level from the list."),
    industry: optionalEnum(ORGANIZATION_INDUSTRIES, "Choose an industry from the list."),
    size: optionalEnum(ORGANIZATION_SIZE_BANDS, "Choose a size band from the list."),
    role: optionalEnum(RESPONDENT_ROLES, "Choose a respondent role from the list."),
    status: optionalEnum(REVIEW_STATUSES, "Choose a review status from the list."),
    from: optionalDate("The start date"),
    to: optionalDate("The end date"),
    q: z.preprocess(blankToUndefined, z.string({ error: "The search must be text." }).trim().max(100, "The search can be at most 100 characters.").check(singleLineText).optional()),
    sort: z.preprocess(blankToUndefined, z.enum(ids(RESULT_SORTS), { error: "Choose a sort order from the list." }).default("date")),
    dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], { error: "The sort direction must be asc or desc." }).default("desc")),
    after: ZCursor,
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "The page size must be a number." })
        .int("The page size must be a whole number.")
        .refine((value) => (RESULTS_PAGE_SIZES as readonly number[]).includes(value), `The page size must be one of ${RESULTS_PAGE_SIZES.join(", ")}.`)
        .default(25),
    ),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown filter: ${issue.keys.join(", ").slice(0, 200)}.` : undefined) },
).refine((query) => !query.from || !query.to || query.from <= query.to, { message: "The start date must be on or before the end date.", path: ["to"] });

export type TResultsQuery = z.infer<typeof ZResultsQuery>;
