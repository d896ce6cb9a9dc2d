/**
 * The language of the request being served, decided in the order lib/i18n/locales.ts gives from
 * what the request carries: the signed-in person's setting, the switcher's cookie, the
 * engagement's language on its respondent's questionnaire pages, and Accept-Language.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { DEFAULT_LOCALE, isLocale, resolveLocale, type Locale } from "../i18n/locales";
import { PATHNAME_HEADER } from "./request-path";
import { engagementLanguageOfLink } from "../services/engagements";
import { ZResumeToken } from "../validation/assessment";

/** The switcher's choice in this browser, signed in or not. */
export const LOCALE_COOKIE = "rolefit-locale";
/** A year: a language choice is a standing preference, not a session. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** A respondent's pages: their invitation link, and their questionnaire and result behind the same token. */
const RESPONDENT_PATH = /^\/(?:respond|assessment)\/([^/]+)/;

async function engagementLanguage(pathname: string | null): Promise<string | null> {
  const token = ZResumeToken.safeParse(RESPONDENT_PATH.exec(pathname ?? "")?.[1]);
  return token.success ? engagementLanguageOfLink(token.data) : null;
}

export const requestLocale = cache(async (): Promise<Locale> => {
  const [actor, jar, requestHeaders] = await Promise.all([getActor(), cookies(), headers()]);
  const userSetting = actor.kind === "user" ? actor.locale : null;
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  // Looked up only when nothing the person chose decides: it costs a query.
  const engagement = isLocale(userSetting) || isLocale(chosen) ? null : await engagementLanguage(requestHeaders.get(PATHNAME_HEADER));
  return resolveLocale({ userSetting, chosen, engagementLanguage: engagement, acceptLanguage: requestHeaders.get("accept-language") });
});

/**
 * The language to say an error in: requestLocale, or, when the session cannot be read (the
 * database is down), the switcher's cookie and Accept-Language; outside a request, English. An
 * error message must not fail in turn.
 */
export async function errorLocale(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    try {
      const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
      return resolveLocale({ userSetting: null, chosen: jar.get(LOCALE_COOKIE)?.value, engagementLanguage: null, acceptLanguage: requestHeaders.get("accept-language") });
    } catch {
      return DEFAULT_LOCALE;
    }
  }
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

/**
 * The reader's language in a route handler, read from the request it was handed (a download is
 * not on a respondent's page, so no engagement decides): their setting, the switcher's cookie,
 * Accept-Language.
 */
export function localeOfRequest(request: Request, actor: Actor | null): Locale {
  return resolveLocale({
    userSetting: actor?.kind === "user" ? actor.locale : null,
    chosen: cookieValue(request.headers.get("cookie"), LOCALE_COOKIE),
    engagementLanguage: null,
    acceptLanguage: request.headers.get("accept-language"),
  });
}

/** The report language a page's address chooses (`?lang=de`), or undefined: anything else is no choice, and the report's default applies. */
export async function reportLanguageOfPage(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<Locale | undefined> {
  const { lang } = await searchParams;
  return isLocale(lang) ? lang : undefined;
}
