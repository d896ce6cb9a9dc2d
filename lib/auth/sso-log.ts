/**
 * Every single sign-on that ends without a session is logged once, with its `reason` (a key the
 * logger does not redact), at the level it deserves: a person cancelling is info, a refusal Rolefit
 * decides is warn, a provider that cannot be used is error. No token or code is ever logged.
 */
import "server-only";
import { logger } from "../log/logger";

/** Failures that mean the provider could not be reached, not that it answered badly. */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // openid-client's TimeoutError; next-auth's wrapper keeps only its message.
  return (typeof code === "string" && UNREACHABLE_CODES.has(code)) || error.name === "TimeoutError" || /outgoing request timed out/.test(error.message);
}

/** next-auth passes an Error, or an object holding one under `error`: the logger serializes an Error with its code kept. */
function errorIn(metadata: unknown): unknown {
  if (metadata instanceof Error) return metadata;
  if (metadata !== null && typeof metadata === "object" && "error" in metadata) return (metadata as { error: unknown }).error;
  return metadata;
}

/** next-auth's logger.error: its two single sign-on failures get a reason; anything else is logged under its event name. */
export function logNextAuthError(event: string, metadata: unknown): void {
  const err = errorIn(metadata);
  if (event === "SIGNIN_OAUTH_ERROR" || event === "OAUTH_CALLBACK_ERROR") {
    const reason = isUnreachable(err) ? "provider_unavailable" : "provider_failed";
    logger.error({ event, reason, err }, event === "SIGNIN_OAUTH_ERROR" ? "single sign-on could not start" : "single sign-on could not be completed");
    return;
  }
  logger.error({ event, err }, "next-auth error");
}

/** Provider-supplied text for the log: printable ASCII, and short. */
function printable(value: string | null): string | null {
  return value === null ? null : value.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
}

const OIDC_CALLBACK_PATH = "/api/auth/callback/oidc";

/**
 * The provider sends the browser back with `error` instead of a code when the person cancels
 * (`access_denied`) or the provider fails. next-auth would log both as errors with a stack and
 * show one generic message; this answers them first. Anyone can open such a URL, and all it does
 * is show the sign-in page with a message, so it needs no state check.
 */
export function providerErrorRedirect(request: Request): Response | null {
  const url = new URL(request.url);
  const providerError = url.pathname === OIDC_CALLBACK_PATH ? url.searchParams.get("error") : null;
  if (providerError === null) return null;
  const description = printable(url.searchParams.get("error_description"));
  let code: string;
  if (providerError === "access_denied") {
    // Also what a provider answers when its policy keeps this person from Rolefit; the description tells which.
    logger.info({ reason: "cancelled", providerErrorDescription: description }, "single sign-on cancelled at the identity provider");
    code = "sso_cancelled";
  } else {
    logger.warn({ reason: "provider_error", providerError: printable(providerError), providerErrorDescription: description }, "single sign-on refused: the identity provider answered with an error");
    code = "sso_provider_error";
  }
  return new Response(null, { status: 302, headers: { Location: `/sign-in?error=${code}`, "Cache-Control": "no-store" } });
}

export function logSsoRefusal(reason: string, fields: Record<string, string | null>): void {
  logger.warn({ reason, ...fields }, "single sign-on refused");
}
