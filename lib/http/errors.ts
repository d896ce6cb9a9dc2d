/**
 * Where a domain error becomes HTTP: the one table from kind to status, and the JSON body every
 * route answers an expected error with.
 */
import { NextResponse } from "next/server";
import type { DomainError, ErrorKind } from "../errors";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { localizeIssues, localizeServerMessage } from "../i18n/server-messages";
import { quotedOptionLabel } from "../questionnaire/localize";

export const HTTP_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  // A stored row this code cannot read: our fault, not the client's, but said clearly.
  unreadable: 500,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS[error.kind];
}

/** The error body in the caller's language; the code and the paths stay as they are, since clients key on them. */
export function jsonError(error: DomainError, locale: Locale = DEFAULT_LOCALE): NextResponse {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)));
  const body = { code: error.code, message: localizeServerMessage(error.message, locale, quotedOptionLabel), issues: localizeIssues(error.issues, locale, quotedOptionLabel) };
  return NextResponse.json({ error: body }, { status: httpStatusOf(error), headers });
}
