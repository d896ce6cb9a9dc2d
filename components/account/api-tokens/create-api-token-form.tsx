"use client";

import { useActionState, useId } from "react";
import { createApiTokenAction } from "@/app/(account)/account/api-tokens/actions";
import { buttonClass } from "@/components/ui/button";
import { FieldError, FormStatus, TextField, errorsOf, fieldIds } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/workspace/format";
import { IDLE } from "@/lib/http/form-state";
import { API_TOKEN_DEFAULTS, API_TOKEN_EXPIRY_DAYS } from "@/lib/validation/api-tokens";
import { CopyField } from "@/components/ui/copy-field";

const dayLabel = (days: number) => (days === 1 ? "1 day" : days === 365 ? "1 year" : `${days} days`);

export function CreateApiTokenForm() {
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
          label="Name"
          help="Say where it will be used, for example “Power BI, portfolio dashboard”, so you know which one to revoke."
          maxLength={API_TOKEN_DEFAULTS.maxName}
          autoComplete="off"
          required
          error={errors.name}
        />
        <div>
          <label htmlFor={expiryId} className="block font-semibold">
            Expires after
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
          {pending ? "Creating the token…" : "Create token"}
        </button>
      </form>
      {state.status === "success" ? (
        <div data-testid="issued-api-token">
          <Notice tone="warning" title="Copy this token now: it will not be shown again">
            <p>
              “{state.data.name}” works until {formatDate(state.data.expiresAt)}. Rolefit keeps only a fingerprint of it, so if it is lost,
              revoke it and create another. Anyone who holds it can read the results of the organizations you review: store it as a
              secret in your BI tool, never in a shared file.
            </p>
            <div className="mt-3">
              <CopyField value={state.data.token} label={`The new API token “${state.data.name}”`} noun="token" testId="new-api-token" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
