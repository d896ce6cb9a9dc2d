/**
 * Structured JSON logs, one line per event on stdout. Secrets and answers are redacted by key,
 * and every line written while a request is handled carries that request's id.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type Level = (typeof LEVELS)[number];

/** Keys whose values never reach a log, at any of the first four levels of nesting. */
export const REDACTED_KEYS = [
  "password",
  "currentPassword",
  "newPassword",
  "token",
  "resumeToken",
  "code",
  "recoveryCode",
  "secret",
  "totpSecret",
  "answers",
  "details",
  "authorization",
  "cookie",
  "set-cookie",
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of REDACTED_KEYS) {
    // Bracket notation, because a key such as set-cookie is not a valid identifier.
    const leaf = `["${key}"]`;
    paths.push(key.includes("-") ? leaf : key, `*${leaf}`, `*.*${leaf}`, `*.*.*${leaf}`);
  }
  return paths;
}

/** LOG_LEVEL, or info; tests default to warn so their output stays readable. */
function levelFromEnvironment(): { level: Level; invalid?: string } {
  const raw = process.env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return { level: process.env.NODE_ENV === "test" ? "warn" : "info" };
  return (LEVELS as readonly string[]).includes(raw) ? { level: raw as Level } : { level: "info", invalid: raw };
}

// On globalThis, like the logger: bundlers may load this module more than once per process.
const globalForLogger = globalThis as unknown as { rolefitLogger?: Logger; rolefitRequestContext?: AsyncLocalStorage<{ requestId: string }> };
const requestContext = (globalForLogger.rolefitRequestContext ??= new AsyncLocalStorage<{ requestId: string }>());

/** Runs `work` with `requestId` added to every log line it writes, however deep the call. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/** Error codes (Prisma's P2002 and the like) help diagnosis but would fall under the "code" redaction. */
function serializeError(error: unknown): unknown {
  const serialized: Record<string, unknown> = { ...pino.stdSerializers.err(error as Error) };
  if ("code" in serialized) {
    serialized.errorCode = serialized.code;
    delete serialized.code;
  }
  return serialized;
}

export function createLogger(destination?: DestinationStream, level?: Level): Logger {
  const fromEnvironment = levelFromEnvironment();
  const options = {
    level: level ?? fromEnvironment.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: "[redacted]" },
    serializers: { err: serializeError },
    mixin: () => {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId } : {};
    },
  };
  const created = destination ? pino(options, destination) : pino(options);
  if (fromEnvironment.invalid !== undefined && level === undefined) {
    created.warn({ logLevel: fromEnvironment.invalid, allowed: LEVELS }, "LOG_LEVEL is not a log level; using info");
  }
  return created;
}

/** One logger per process, kept across hot reloads in development. */
export const logger: Logger = (globalForLogger.rolefitLogger ??= createLogger());
