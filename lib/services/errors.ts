/** Errors a service expects and a client may see. Anything else is logged and answered generically. */
import type { z } from "zod";

export interface FieldIssue {
  path: string;
  message: string;
}

export type ServiceErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503;

export class ServiceError extends Error {
  constructor(
    readonly status: ServiceErrorStatus,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** For 429 and 503: when to try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export function validationError(error: z.ZodError, prefix: string[] = []): ServiceError {
  const issues = error.issues.slice(0, 50).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path || "request"}: ${first.message}` : "The request is not valid.";
  return new ServiceError(400, "invalid_request", summary, issues);
}

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, prefix: string[] = []): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, prefix);
  return parsed.data;
}
