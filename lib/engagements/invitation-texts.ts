/**
 * The two texts a new engagement's respondents read (its name, in the emails' subject, and the
 * invitation message) as the form edits them. No catalogs here: the form runs in the browser.
 */
import type { Locale } from "../i18n/locales";

export interface InvitationTexts {
  name: string;
  message: string;
}

/**
 * The texts after the engagement's language changes: a suggestion still as suggested is written
 * again in the new language; anything the consultant typed is theirs and stays.
 */
export function textsForLanguage(current: InvitationTexts, from: Locale, to: Locale, defaults: Record<Locale, InvitationTexts>): InvitationTexts {
  return {
    name: current.name === defaults[from].name ? defaults[to].name : current.name,
    message: current.message === defaults[from].message ? defaults[to].message : current.message,
  };
}
