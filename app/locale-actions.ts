"use server";

import { cookies } from "next/headers";
import { publicUrl } from "@/lib/http/absolute-url";
import { formAction, type FormState } from "@/lib/http/action";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@/lib/http/locale";
import type { Locale } from "@/lib/i18n/locales";
import { saveLocaleSetting } from "@/lib/services/account";
import { ZLocaleChoice } from "@/lib/validation/locale";

const setLocale = formAction(ZLocaleChoice, async (actor, { locale }) => {
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, secure: publicUrl("/").startsWith("https:") });
  await saveLocaleSetting(actor, locale);
  return { locale };
});

/**
 * The switcher on every page. The cookie keeps the choice in this browser, signed in or not; a
 * signed-in person's setting is saved too, so it follows them to other browsers and into their
 * emails. Setting a cookie in an action makes Next render the current page again, in the new language.
 */
export async function setLocaleAction(previous: FormState<{ locale: Locale }>, formData: FormData): Promise<FormState<{ locale: Locale }>> {
  return setLocale(previous, formData);
}
