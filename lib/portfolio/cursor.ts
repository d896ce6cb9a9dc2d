/**
 * The results table's page position (keyset pagination): the sort it was made for and the last
 * row's sort value and id, as base64url JSON. It arrives in a URL anyone can edit, so decoding
 * checks every field and refuses a position made for another sort order.
 */
import { z } from "zod";
import { DomainError } from "../errors";
import { RESULT_SORTS, type ResultSort } from "../validation/portfolio";

export type SortDirection = "asc" | "desc";

export interface ResultsCursor {
  sort: ResultSort;
  dir: SortDirection;
  /** The last row's sort value: an ISO timestamp (date), a name (organization) or points (margin). */
  value: string | number;
  id: string;
}

const RESTART = "Go back to the first page.";

const ZPayload = z.strictObject({
  sort: z.enum(RESULT_SORTS.map((sort) => sort.id) as [ResultSort, ...ResultSort[]]),
  dir: z.enum(["asc", "desc"]),
  value: z.union([z.string().max(1000), z.number().finite()]),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function valueFits(sort: ResultSort, value: string | number): boolean {
  switch (sort) {
    case "date":
      return typeof value === "string" && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case "organization":
      return typeof value === "string";
    case "margin":
      return typeof value === "number";
  }
}

function invalid(message: string): DomainError {
  return new DomainError("invalid", "invalid_request", `after: ${message}`, [{ path: "after", message }]);
}

export function encodeCursor(cursor: ResultsCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The position, checked against the sort and direction of the request it came with. */
export function decodeCursor(text: string, expected: { sort: ResultSort; dir: SortDirection }): ResultsCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid(`The page position is damaged. ${RESTART}`);
  }
  const parsed = ZPayload.safeParse(raw);
  if (!parsed.success || !valueFits(parsed.data.sort, parsed.data.value)) throw invalid(`The page position is damaged. ${RESTART}`);
  if (parsed.data.sort !== expected.sort || parsed.data.dir !== expected.dir) {
    throw invalid(`The page position belongs to another sort order. ${RESTART}`);
  }
  return parsed.data;
}
