/** next-intl's per-request configuration (named in next.config.js): the request's language and its messages. */
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "../i18n/messages";
import { requestLocale } from "./locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
