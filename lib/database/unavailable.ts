/**
 * Recognises the errors that mean "the database is not answering right now", as opposed to a bug
 * or a bad request: PostgreSQL stopped, restarting, refusing or timing out connections, and a
 * SQLite file whose write lock another process holds beyond our wait. Route handlers and server
 * actions answer these with 503 database_unavailable and Retry-After instead of a 500, and log one
 * warn line rather than an error with a stack (an outage would otherwise log one per request).
 *
 * The same failure reaches us in several shapes, depending on where it happened:
 * - Prisma's known errors: P1001 (can't reach the server: ECONNREFUSED), P1002 (reached, timed out),
 *   P1008 (operation timed out: also how the better-sqlite3 adapter reports SQLITE_BUSY), P1017
 *   (server closed the connection), P2024 (no connection from the pool in time), P2037 (too many
 *   connections), P2028 only as "Unable to start a transaction in the given time";
 * - the driver adapter's own error (thrown as is for model queries): `cause.kind` such as
 *   DatabaseNotReachable, ConnectionClosed, SocketTimeout, or kind "postgres" with a SQLSTATE:
 *   57P01 admin shutdown, 57P02 crash shutdown, 57P03 starting up / shutting down, class 08
 *   (connection exceptions), 53300 too many connections;
 * - raw errors from pg that the adapter passes through without a code ("Connection terminated
 *   unexpectedly", "Connection terminated due to connection timeout", "timeout exceeded when trying
 *   to connect", "Client has encountered a connection error and is not queryable") and Node's
 *   socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT, …);
 * - better-sqlite3's SQLITE_BUSY ("database is locked").
 * The checks follow `cause`, Prisma's `meta.driverAdapterError` and an AggregateError's `errors`.
 */
import { DomainError } from "../errors";

/** Sent as Retry-After: long enough for a restart to finish, short enough that a person retrying is not kept waiting. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not answering right now, so nothing was saved by this request. Try again in a moment.";

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const POSTGRES_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error and is not queryable/i,
  /^Can't reach database server/i,
  /^database is locked/i,
  /^the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /^terminating connection due to administrator command/i,
];

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** What makes one error object (not its causes) an unavailability, in a few words for the log; null if nothing does. */
function ownReason(error: object): string | null {
  const record = error as Record<string, unknown>;
  const code = text(record.code);
  const kind = text(record.kind);
  const originalCode = text(record.originalCode);
  const message = text(record.message) ?? text(record.originalMessage) ?? "";
  if (code && PRISMA_CODES.has(code)) return code;
  if (code === "P2028" && /Unable to start a transaction in the given time/.test(message)) return code;
  if (kind && ADAPTER_KINDS.has(kind)) return originalCode ? `${kind} (${originalCode})` : kind;
  for (const state of [code, originalCode]) {
    if (state && (POSTGRES_STATES.has(state) || /^08[0-9A-Z]{3}$/.test(state))) return `SQLSTATE ${state}`;
    if (state?.startsWith("SQLITE_BUSY")) return state;
    if (state && SOCKET_CODES.has(state)) return state;
  }
  // Prisma's messages start with "Invalid `db.x()` invocation" and end with the cause; pg's are one line.
  const lastLine = message.trim().split("\n").pop()?.trim() ?? "";
  const matched = MESSAGES.find((pattern) => pattern.test(lastLine) || pattern.test(message));
  return matched ? lastLine.slice(0, 120) : null;
}

/**
 * Why `error` means the database is unavailable, in a few words fit for a log line (an error code,
 * a SQLSTATE or the driver's one-line message; never the query or its values), or null when it
 * does not.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  const pending: unknown[] = [error];
  const seen = new Set<object>();
  while (pending.length > 0 && seen.size < 20) {
    const item = pending.shift();
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const reason = ownReason(item);
    if (reason) return reason;
    const record = item as Record<string, unknown>;
    pending.push(record.cause);
    const meta = record.meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object") pending.push(meta.driverAdapterError);
    if (Array.isArray(record.errors)) pending.push(...(record.errors as unknown[]));
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}

/** The 503 a client sees; its message says nothing was saved, which holds because the failed statement or transaction did not commit. */
export function databaseUnavailableError(): DomainError {
  return new DomainError("unavailable", "database_unavailable", DATABASE_UNAVAILABLE_MESSAGE, [], DATABASE_RETRY_AFTER_SECONDS);
}
