"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { createApiTokenAction } from "@/app/(account)/account/api-tokens/actions";
import { buttonClass } from "@/components/ui/button";
import { FieldError, FormStatus, TextField, errorsOf, fieldIds } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/http/form-state";
import { API_TOKEN_DEFAULTS, API_TOKEN_EXPIRY_DAYS } from "@/lib/validation/api-tokens";
import { CopyField } from "@/components/ui/copy-field";
import { tokenDate } from "./token-date";

export function CreateApiTokenForm() {
  const t = useTranslations("Account.tokens");
  const locale = useLocale();
  const dayLabel = (days: number) => (days === 365 ? t("oneYear") : t("days", { days }));
  const [state, action, pending] = useActionState(createApiTokenAction, IDLE);
  const id = useId();
  const errors = errorsOf(state);
  const expiryId = `${id}-expiry`;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-5" noValidate>
        <TextField
          id={`${id}-name`}
          name="name"
          label={t("name")}
          help={t("nameHelp")}
          maxLength={API_TOKEN_DEFAULTS.maxName}
          autoComplete="off"
          required
          error={errors.name}
        />
        <div>
          <label htmlFor={expiryId} className="block font-semibold">
            {t("expiresAfter")}
          </label>
          <select
            id={expiryId}
            name="expiresInDays"
            defaultValue={String(API_TOKEN_DEFAULTS.expiresInDays)}
            aria-invalid={errors.expiresInDays ? true : undefined}
            aria-describedby={errors.expiresInDays ? fieldIds(expiryId).error : undefined}
            className="mt-2 block rounded-md border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm aria-invalid:border-danger"
          >
            {API_TOKEN_EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {dayLabel(days)}
              </option>
            ))}
          </select>
          <FieldError name={expiryId} error={errors.expiresInDays} />
        </div>
        <FormStatus state={state} fields={["name", "expiresInDays"]} />
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      {state.status === "success" ? (
        <div data-testid="issued-api-token">
          <Notice tone="warning" title={t("copyNowTitle")}>
            <p>{t("copyNow", { name: state.data.name, date: tokenDate(state.data.expiresAt, locale) })}</p>
            <div className="mt-3">
              <CopyField value={state.data.token} label={t("newToken", { name: state.data.name })} noun="token" testId="new-api-token" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
