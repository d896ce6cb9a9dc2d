"use client";

/**
 * The language switcher on every page: one button per language, each named in its own language.
 * A form posting to a server action, so it works before the page's scripts load.
 */
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLocaleAction } from "@/app/locale-actions";
import { IDLE } from "@/lib/http/form-state";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

export function LocaleSwitcher() {
  const current = useLocale();
  const t = useTranslations("LocaleSwitcher");
  const [state, action, pending] = useActionState(setLocaleAction, IDLE);
  return (
    <form action={action} className="flex items-center" data-testid="locale-switcher">
      <div role="group" aria-label={t("label")} aria-busy={pending} className="flex items-center gap-0.5 text-xs font-semibold">
        {LOCALES.map((locale) =>
          locale === current ? (
            <span key={locale} lang={locale} aria-current="true" className="rounded bg-ink px-2 py-1.5 text-white">
              <span aria-hidden="true">{locale.toUpperCase()}</span>
              <span className="sr-only">{t("current", { language: LOCALE_NAMES[locale] })}</span>
            </span>
          ) : (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              title={LOCALE_NAMES[locale]}
              aria-label={LOCALE_NAMES[locale]}
              disabled={pending}
              className="rounded px-2 py-1.5 text-muted hover:bg-canvas hover:text-ink disabled:opacity-60"
            >
              {locale.toUpperCase()}
            </button>
          ),
        )}
      </div>
      {state.status === "error" ? (
        <p role="alert" className="sr-only">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
