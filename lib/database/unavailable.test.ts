/**
 * Which errors mean "the database is not answering": the shapes Prisma 6.19, its pg and
 * better-sqlite3 adapters and the drivers produce (several of them made for real here, against a
 * port where nothing listens and a SQLite file locked by another connection), and errors that
 * must stay 4xx or 500.
 */
import fs from "node:fs";
import { httpStatusOf } from "../http/errors";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { DomainError } from "../errors";
import { freePort } from "../testing/throwaway-postgres";
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableError, databaseUnavailableReason, isDatabaseUnavailable } from "./unavailable";

const known = (code: string, message: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3", meta });

const postgresError = (code: string, message: string) =>
  new DriverAdapterError({ kind: "postgres", code, severity: "FATAL", message, originalCode: code, originalMessage: message } as never);

describe("errors that mean the database is unavailable", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-unavailable-"));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it("recognises a real ECONNREFUSED from pg, connecting to a port where nothing listens", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: await freePort(), user: "nobody", database: "nothing" });
    const error = await client.connect().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect(databaseUnavailableReason(error)).toBe("ECONNREFUSED");
  });

  it("recognises a real SQLITE_BUSY from better-sqlite3, on a file another connection holds with BEGIN EXCLUSIVE", () => {
    const file = path.join(directory, "locked.db");
    const holder = new Database(file);
    holder.pragma("journal_mode = WAL");
    holder.exec("CREATE TABLE t (x INTEGER)");
    holder.exec("BEGIN EXCLUSIVE");
    const writer = new Database(file, { timeout: 0 });
    let error: unknown = null;
    try {
      writer.exec("INSERT INTO t VALUES (1)");
    } catch (caught) {
      error = caught;
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      writer.close();
    }
    expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
    expect(databaseUnavailableReason(error)).toBe("SQLITE_BUSY");
  });

  it.each([
    ["P1001: can't reach the server", known("P1001", "Can't reach database server at 127.0.0.1:5432"), "P1001"],
    ["P1002: reached but timed out", known("P1002", "The database server was reached but timed out."), "P1002"],
    ["P1008: timed out (also SQLITE_BUSY through the adapter)", known("P1008", "Operation has timed out"), "P1008"],
    ["P1017: server closed the connection", known("P1017", "Server has closed the connection."), "P1017"],
    ["P2024: no pooled connection in time", known("P2024", "Timed out fetching a new connection from the connection pool."), "P2024"],
    ["P2028 when the transaction could not start in time", known("P2028", "Transaction API error: Unable to start a transaction in the given time."), "P2028"],
    ["57P01 admin shutdown, as the adapter throws it for a model query", postgresError("57P01", "terminating connection due to administrator command"), "terminating connection due to administrator command"],
    ["57P02 crash shutdown", new DriverAdapterError({ kind: "postgres", code: "57P02", severity: "FATAL", message: "x" } as never), "SQLSTATE 57P02"],
    ["57P03 starting up", new DriverAdapterError({ kind: "postgres", code: "57P03", severity: "FATAL", message: "x" } as never), "SQLSTATE 57P03"],
    ["a class 08 connection exception", new DriverAdapterError({ kind: "postgres", code: "08006", severity: "FATAL", message: "x" } as never), "SQLSTATE 08006"],
    ["the adapter's DatabaseNotReachable", new DriverAdapterError({ kind: "DatabaseNotReachable", host: "db", port: 5432 }), "DatabaseNotReachable"],
    ["the adapter's ConnectionClosed", new DriverAdapterError({ kind: "ConnectionClosed" }), "ConnectionClosed"],
    ["the adapter's SQLITE_BUSY", new DriverAdapterError({ kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: "database is locked" } as never), "SocketTimeout (SQLITE_BUSY)"],
    ["pg's connection timeout", Object.assign(new Error("Connection terminated due to connection timeout"), { cause: new Error("Connection terminated unexpectedly") }), "Connection terminated due to connection timeout"],
    ["pg-pool's connection timeout", new Error("timeout exceeded when trying to connect"), "timeout exceeded when trying to connect"],
    ["a pg client whose connection broke mid-transaction", new Error("Client has encountered a connection error and is not queryable"), "Client has encountered a connection error and is not queryable"],
    ["an extended SQLITE_BUSY code", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY_RECOVERY" }), "SQLITE_BUSY_RECOVERY"],
    ["an AggregateError of refused addresses", new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })], "connect failed"), "ECONNREFUSED"],
  ])("%s", (_name, error, reason) => {
    expect(databaseUnavailableReason(error)).toBe(reason);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("looks inside Prisma's meta.driverAdapterError, as a raw query reports 57P01 (P2010)", () => {
    const error = known("P2010", "Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`", {
      driverAdapterError: new DriverAdapterError({ kind: "postgres", code: "57P01", severity: "FATAL", message: "m", originalCode: "57P01" } as never),
    });
    expect(databaseUnavailableReason(error)).toBe("SQLSTATE 57P01");
  });

  it("reads the cause at the end of Prisma's multi-line message", () => {
    const error = new Error("\nInvalid `db.user.count()` invocation in\n/app/x.ts:1:1\n\nCan't reach database server at db:5432");
    expect(databaseUnavailableReason(error)).toBe("Can't reach database server at db:5432");
  });
});

describe("errors that are not about availability", () => {
  it.each([
    ["a unique violation (P2002)", known("P2002", "Unique constraint failed on the fields: (`email`)")],
    ["a record not found (P2025)", known("P2025", "An operation failed because it depends on one or more records that were required but not found")],
    ["another P2028 (an expired transaction)", known("P2028", "Transaction API error: A commit cannot be executed on an expired transaction.")],
    ["a PostgreSQL syntax error", new DriverAdapterError({ kind: "postgres", code: "42601", severity: "ERROR", message: "syntax error at or near" } as never)],
    ["a unique violation from the adapter", new DriverAdapterError({ kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } })],
    ["SQLite's constraint error", Object.assign(new Error("UNIQUE constraint failed: User.email"), { code: "SQLITE_CONSTRAINT_UNIQUE" })],
    ["SQLITE_CANTOPEN", Object.assign(new Error("unable to open database file"), { code: "SQLITE_CANTOPEN" })],
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["a DomainError", new DomainError("not_found", "assessment_not_found", "No assessment matches this link.")],
    ["a message that only mentions a lock", new Error("the record is locked for review: database is locked")],
    ["null", null],
    ["a string", "ECONNREFUSED"],
  ])("%s", (_name, error) => {
    expect(databaseUnavailableReason(error)).toBeNull();
  });

  it("stops on a cycle of causes", () => {
    const first = new Error("first") as Error & { cause?: unknown };
    const second = new Error("second", { cause: first });
    first.cause = second;
    expect(databaseUnavailableReason(first)).toBeNull();
  });
});

describe("the 503 answer", () => {
  it("is database_unavailable with Retry-After and one sentence saying nothing was saved", () => {
    const error = databaseUnavailableError();
    expect(httpStatusOf(error)).toBe(503);
    expect(error.code).toBe("database_unavailable");
    expect(error.retryAfterSeconds).toBe(DATABASE_RETRY_AFTER_SECONDS);
    expect(error.issues).toEqual([]);
    expect(error.message).toMatch(/not answering/);
    expect(error.message).toMatch(/nothing was saved/);
  });
});
