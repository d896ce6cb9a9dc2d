"use client";

import { useLocale, useTranslations } from "next-intl";
import { shortDateIn as shortDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import { useActionState, useId } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CopyField } from "@/components/ui/copy-field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { SHARE_LINK_DEFAULTS, SHARE_LINK_EXPIRY_DAYS } from "@/lib/validation/share-links";
import { HiddenFields, type ShareActions } from "./share-actions-prop";

export function CreateShareLinkForm({ actions }: { actions: ShareActions }) {
  const t = useTranslations("ShareLinks");
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(actions.create, IDLE);
  const id = useId();
  const expiryError = state.status === "error" ? state.fieldErrors.expiresInDays : undefined;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage state={state} errorTitle={t("notCreated")} />
        <HiddenFields fields={actions.createFields} />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-expiry`} className="block font-semibold">
              {t("worksFor")}
            </label>
            <select
              id={`${id}-expiry`}
              name="expiresInDays"
              defaultValue={String(SHARE_LINK_DEFAULTS.expiresInDays)}
              aria-invalid={expiryError ? true : undefined}
              aria-describedby={expiryError ? `${id}-expiry-error` : undefined}
              className="mt-2 block rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger"
            >
              {SHARE_LINK_EXPIRY_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t("days", { count: days })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary")} disabled={pending}>
            {pending ? t("creating") : t("create")}
          </button>
        </div>
        {expiryError ? (
          <p id={`${id}-expiry-error`} className="text-sm font-medium text-danger">
            {expiryError}
          </p>
        ) : null}
      </form>
      {state.status === "success" ? (
        <div data-testid="new-share-link">
          <Notice tone="success" title={t("copyNow")}>
            <p>{t("createdBody", { date: shortDate(state.data.expiresAt, locale) })}</p>
            <div className="mt-3">
              <CopyField value={state.data.url} label={t("urlLabel")} noun="link" testId="new-share-link-url" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
