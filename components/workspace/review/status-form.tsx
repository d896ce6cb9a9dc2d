"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { setReviewStatusAction } from "@/app/(workspace)/workspace/results/[id]/actions";
import { FormStatus, SelectField, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/validation/portfolio";

const FIELDS = ["status"] as const;

export function StatusForm({ resultId, status }: { resultId: string; status: ReviewStatus }) {
  const t = useTranslations("Review");
  const id = useId();
  const [state, action, pending] = useActionState(setReviewStatusAction, IDLE);
  const saved =
    state.status === "success"
      ? t(state.data.changed ? "statusForm.saved" : "statusForm.unchanged", { status: t(`statuses.${state.data.status}`) })
      : undefined;
  return (
    <form action={action} className="space-y-3" noValidate data-testid="status-form">
      <input type="hidden" name="resultId" value={resultId} />
      <SelectField
        id={`${id}-status`}
        name="status"
        label={t("statusForm.label")}
        options={REVIEW_STATUSES.map((option) => ({ id: option.id, label: t(`statuses.${option.id}`) }))}
        defaultValue={status}
        error={errorsOf(state).status}
      />
      <FormStatus state={state} fields={FIELDS} success={saved} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("saving") : t("statusForm.save")}
      </button>
    </form>
  );
}
