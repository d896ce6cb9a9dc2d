/**
 * The languages Rolefit speaks, and the order in which a request's language is chosen:
 * the signed-in person's setting, then the engagement's language for its respondents, then the
 * browser's Accept-Language, then English. Pure: the caller reads the cookie, session and headers.
 */
export const LOCALES = ["en", "de", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** "de-CH" → "de"; anything we do not speak → null. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * The best language of an Accept-Language header (RFC 9110 §12.5.4): ranges by weight, ties in
 * the order given, "q=0" meaning "not this one". Returns null when none is one we speak.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.tag && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    const locale = localeOfTag(range.tag);
    if (locale) return locale;
  }
  return null;
}

export interface LocaleSignals {
  /** The signed-in person's saved setting (the switcher saves it too). */
  userSetting?: string | null;
  /** The language picked with the switcher in this browser (a cookie), signed in or not. */
  chosen?: string | null;
  /** The engagement's language, when the page belongs to a respondent's questionnaire. */
  engagementLanguage?: string | null;
  acceptLanguage?: string | null;
}

/**
 * The person's setting first; then this browser's switcher choice, so a respondent who switches
 * away from the engagement's language keeps their choice; then the engagement's language, the
 * browser's languages and English. Values that are not a language we speak are skipped, never an
 * error: a stale cookie or a hand-edited header must not break a page.
 */
export function resolveLocale(signals: LocaleSignals): Locale {
  for (const candidate of [signals.userSetting, signals.chosen, signals.engagementLanguage]) {
    if (isLocale(candidate)) return candidate;
  }
  return localeFromAcceptLanguage(signals.acceptLanguage) ?? DEFAULT_LOCALE;
}
