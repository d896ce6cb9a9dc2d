/**
 * What the sign-in page says when a single sign-on ends there, by the `error` code in its URL:
 * Rolefit's own codes for its refusals, and next-auth's for a provider that could not be used.
 * Each says what happened and what the person can do; none names the address or the account.
 */
import type { Locale } from "../i18n/locales";
import { localizeServerMessage } from "../i18n/server-messages";

export const SSO_ERROR_MESSAGES: Record<string, string> = {
  sso_email_missing:
    "Your identity provider did not share an email address, and Rolefit finds your account by its email. Ask your administrator, or sign in with your email and password.",
  sso_email_unverified:
    "Your identity provider did not confirm that your email address is verified, so Rolefit cannot link it to an account. Verify the address with your provider or ask your administrator, or sign in with your email and password.",
  sso_account_disabled: "This account is disabled. Ask your administrator to enable it again.",
  sso_cancelled: "Signing in was cancelled at your identity provider, or the provider did not allow it. Try again, or sign in with your email and password.",
  sso_provider_error: "Your identity provider answered with an error and did not sign you in. Try again later, or sign in with your email and password.",
  sso_second_factor_expired: "That sign-in expired, or was already completed, before the code was entered. Sign in again.",
  OAuthSignin: "Your identity provider could not be reached, so signing in could not start. Try again later, or sign in with your email and password.",
  OAuthCallback: "Signing in with your identity provider could not be completed: it did not answer, or its answer could not be verified. Try again.",
};

/** The messages above in the reader's language, for a page to print or to hand to its form. */
export function ssoErrorMessagesIn(locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(SSO_ERROR_MESSAGES).map(([code, message]) => [code, localizeServerMessage(message, locale)]));
}

/** The message for a code from the URL, in the reader's language; none for a code not listed here (or one such as "constructor"). */
export function ssoErrorMessage(code: string, locale: Locale): string | undefined {
  return Object.hasOwn(SSO_ERROR_MESSAGES, code) ? localizeServerMessage(SSO_ERROR_MESSAGES[code] ?? "", locale) : undefined;
}
