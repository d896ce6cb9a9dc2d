/** next-intl's per-request configuration (named in next.config.js): the request's language and its messages. */
import { getRequestConfig } from "next-intl/server";
import { env } from "../env";
import type { Locale } from "../i18n/locales";
import { messagesFor, type Messages } from "../i18n/messages";
import { pseudoCatalog } from "../i18n/pseudo";
import { requestLocale } from "./locale";

let pseudoEnglish: Messages | undefined;

/** English pages in the pseudo-language when PSEUDO_LOCALE is set (layout checks), built once per process. */
function pageMessages(locale: Locale): Messages {
  if (!env.PSEUDO_LOCALE || locale !== "en") return messagesFor(locale);
  pseudoEnglish ??= pseudoCatalog(messagesFor("en"));
  return pseudoEnglish;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: pageMessages(locale), timeZone: "UTC" };
});
