/** The SQLite adapter's statement cache, on a real in-memory database: each text is prepared once, and every run takes its own arguments. */
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { statementCache, type BetterSqliteStatement } from "./sqlite-adapter";

describe("the SQLite statement cache", () => {
  let database: Database.Database;
  let prepared: string[];
  let prepare: ReturnType<typeof statementCache>;

  beforeEach(() => {
    database = new Database(":memory:");
    database.exec('CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)');
    prepared = [];
    prepare = statementCache((sql) => {
      prepared.push(sql);
      return database.prepare(sql) as unknown as BetterSqliteStatement;
    }, 3);
  });

  afterEach(() => database.close());

  it("runs one prepared statement with each call's own arguments, as the adapter binds them", () => {
    const insert = 'INSERT INTO "Item" ("id", "name") VALUES (?, ?)';
    const select = 'SELECT "id", "name" FROM "Item" WHERE "id" >= ? ORDER BY "id"';
    for (const [id, name] of [[1, "one"], [2, "two"], [3, "three"]] as const) prepare(insert).bind([id, name]).run();
    const reader = prepare(select).bind([2]);
    expect(reader.reader).toBe(true);
    expect(reader.columns()).toHaveLength(2);
    expect(reader.raw().all()).toEqual([[2, "two"], [3, "three"]]);
    expect(prepare(select).bind([3]).raw().all()).toEqual([[3, "three"]]);
    expect(prepare(select).bind([1]).raw().all()).toHaveLength(3);
    expect(prepared).toEqual([insert, select]);
    expect(prepare(insert).readonly).toBe(false);
    expect(prepare(select).readonly).toBe(true);
  });

  it("keeps the most recently used statements and prepares an evicted one again", () => {
    const texts = [1, 2, 3, 4].map((n) => `SELECT ${n}`);
    for (const text of texts.slice(0, 3)) prepare(text);
    prepare(texts[0]!);
    prepare(texts[3]!);
    prepare(texts[0]!);
    prepare(texts[1]!);
    expect(prepared).toEqual(["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 4", "SELECT 2"]);
  });

  it("fails as better-sqlite3 does when a statement's arguments do not fit, and stays usable", () => {
    const select = 'SELECT "name" FROM "Item" WHERE "id" = ?';
    expect(() => prepare(select).bind([]).raw().all()).toThrow(/Too few parameter values/);
    database.exec(`INSERT INTO "Item" ("id", "name") VALUES (7, 'seven')`);
    expect(prepare(select).bind([7]).raw().all()).toEqual([["seven"]]);
  });
});
