"use client";

import { useActionState, useId } from "react";
import { setReviewStatusAction } from "@/app/(workspace)/workspace/results/[id]/actions";
import { FormStatus, SelectField, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/validation/portfolio";
import { labelOf } from "@/lib/validation/organizations";

const FIELDS = ["status"] as const;

function savedMessage(state: FormState<{ status: ReviewStatus; changed: boolean }>): string | undefined {
  if (state.status !== "success") return undefined;
  const label = labelOf(REVIEW_STATUSES, state.data.status) ?? state.data.status;
  return state.data.changed ? `Status set to ${label}.` : `The status already was ${label}; nothing changed.`;
}

export function StatusForm({ resultId, status }: { resultId: string; status: ReviewStatus }) {
  const id = useId();
  const [state, action, pending] = useActionState(setReviewStatusAction, IDLE);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="status-form">
      <input type="hidden" name="resultId" value={resultId} />
      <SelectField id={`${id}-status`} name="status" label="Review status" options={REVIEW_STATUSES} defaultValue={status} error={errorsOf(state).status} />
      <FormStatus state={state} fields={FIELDS} success={savedMessage(state)} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Saving…" : "Save status"}
      </button>
    </form>
  );
}
