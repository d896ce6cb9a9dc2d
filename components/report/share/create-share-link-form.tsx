"use client";

import { useActionState, useId } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CopyField } from "@/components/ui/copy-field";
import { FormMessage } from "@/components/workspace/form-message";
import { formatDate } from "@/components/workspace/format";
import { IDLE } from "@/lib/http/form-state";
import { SHARE_LINK_DEFAULTS, SHARE_LINK_EXPIRY_DAYS } from "@/lib/validation/share-links";
import { HiddenFields, type ShareActions } from "./share-actions-prop";

const dayLabel = (days: number) => (days === 1 ? "1 day" : `${days} days`);

export function CreateShareLinkForm({ actions }: { actions: ShareActions }) {
  const [state, action, pending] = useActionState(actions.create, IDLE);
  const id = useId();
  const expiryError = state.status === "error" ? state.fieldErrors.expiresInDays : undefined;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage state={state} errorTitle="No link was created" />
        <HiddenFields fields={actions.createFields} />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-expiry`} className="block font-semibold">
              The link works for
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
                  {dayLabel(days)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary")} disabled={pending}>
            {pending ? "Creating the link…" : "Create share link"}
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
          <Notice tone="success" title="Copy this link now: it is shown only once">
            <p>
              Anyone who has it can read this report, without an account, until {formatDate(state.data.expiresAt)}. Rolefit keeps only a
              fingerprint of it, so it cannot be shown again; if it is lost, revoke it and create another.
            </p>
            <div className="mt-3">
              <CopyField value={state.data.url} label="Share link to this report" noun="link" testId="new-share-link-url" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
