/**
 * The errors the domain and the data-access layer expect, and a client may see. Each names what
 * went wrong in domain terms (a kind, a stable code, a message for people, the fields at fault);
 * only lib/http/errors.ts turns a kind into an HTTP status. Anything else is a bug: logged and
 * answered generically.
 */
import type { z } from "zod";

export interface FieldIssue {
  path: string;
  message: string;
}

export const ERROR_KINDS = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "unprocessable",
  "rate_limited",
  "unavailable",
  "unreadable",
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** For rate_limited and unavailable: when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function validationError(error: z.ZodError, prefix: string[] = []): DomainError {
  const issues = error.issues.slice(0, 50).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path || "request"}: ${first.message}` : "The request is not valid.";
  return new DomainError("invalid", "invalid_request", summary, issues);
}

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, prefix: string[] = []): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, prefix);
  return parsed.data;
}
