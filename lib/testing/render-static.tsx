/** Components rendered to HTML in a test as a page renders them: inside next-intl's provider, in English unless told. */
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";

export function renderStatic(element: ReactElement, locale: Locale = DEFAULT_LOCALE): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      {element}
    </NextIntlClientProvider>,
  );
}
