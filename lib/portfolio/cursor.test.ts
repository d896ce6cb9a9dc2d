import { describe, expect, it } from "vitest";
import { httpStatusOf } from "../http/errors";
import { DomainError } from "../errors";
import { decodeCursor, encodeCursor, type ResultsCursor } from "./cursor";

const DATE_CURSOR: ResultsCursor = { sort: "date", dir: "desc", value: "2026-03-01T09:30:00.000Z", id: "r0123456789abcdef" };

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected the cursor to be refused");
}

const encodeRaw = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");

describe("the results table's page position", () => {
  it("round-trips each sort's value in URL-safe characters", () => {
    const cursors: ResultsCursor[] = [
      DATE_CURSOR,
      { sort: "organization", dir: "asc", value: "Müller & Söhne 株式会社 \"quoted\" 🚀", id: "abc_DEF-1" },
      { sort: "margin", dir: "asc", value: 0.1 + 0.2, id: "x" },
    ];
    for (const cursor of cursors) {
      const text = encodeCursor(cursor);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text, cursor)).toEqual(cursor);
    }
  });

  it("refuses a position made for another sort or direction, saying so", () => {
    const text = encodeCursor(DATE_CURSOR);
    for (const expected of [{ sort: "margin", dir: "desc" }, { sort: "date", dir: "asc" }] as const) {
      const error = refusal(() => decodeCursor(text, expected));
      expect(error).toMatchObject({ kind: "invalid", code: "invalid_request", issues: [{ path: "after", message: expect.stringContaining("another sort order") }] });
    }
  });

  it.each([
    ["not base64 JSON", "bm90IGpzb24"],
    ["an empty object", encodeRaw({})],
    ["an unknown sort", encodeRaw({ ...DATE_CURSOR, sort: "salary" })],
    ["an extra field", encodeRaw({ ...DATE_CURSOR, offset: 5000 })],
    ["a number for a date", encodeRaw({ ...DATE_CURSOR, value: 1_700_000_000_000 })],
    ["an impossible date", encodeRaw({ ...DATE_CURSOR, value: "2026-02-31T99:00:00.000Z" })],
    ["SQL in the id", encodeRaw({ ...DATE_CURSOR, id: "x' OR '1'='1" })],
    ["text for a margin", encodeRaw({ sort: "margin", dir: "desc", value: "12", id: "x" })],
    ["a non-finite margin", encodeRaw({ sort: "margin", dir: "desc", value: "Infinity", id: "x" })],
    ["a JSON array", encodeRaw(["date", "desc", "2026-03-01T09:30:00.000Z", "x"])],
  ])("refuses a tampered position: %s", (_label, text) => {
    const error = refusal(() => decodeCursor(text, { sort: DATE_CURSOR.sort, dir: DATE_CURSOR.dir }));
    expect(httpStatusOf(error)).toBe(400);
    expect(error.issues).toEqual([{ path: "after", message: "The page position is damaged. Go back to the first page." }]);
  });

  it("refuses a flipped character in a real position", () => {
    const text = encodeCursor(DATE_CURSOR);
    const tampered = `${text.slice(0, 10)}${text[10] === "A" ? "B" : "A"}${text.slice(11)}`;
    expect(httpStatusOf(refusal(() => decodeCursor(tampered, DATE_CURSOR)))).toBe(400);
  });
});
