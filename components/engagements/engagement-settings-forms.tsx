"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { closeEngagementAction, updateEngagementScheduleAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { ScheduleFields } from "./schedule-fields";

export function ScheduleForm({ engagementId, dueDate, reminderDays, notify }: { engagementId: string; dueDate: string; reminderDays: number[]; notify: string }) {
  const t = useTranslations("Engagements");
  const [state, action, pending] = useActionState(updateEngagementScheduleAction, IDLE);
  const [values, setValues] = useState({ dueDate, reminderDays, notify });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} errorTitle={t("settings.notChanged")} success={state.status === "success" ? t("settings.saved") : undefined} />
      <input type="hidden" name="engagementId" value={engagementId} />
      <TextField
        id="schedule-due"
        name="dueDate"
        label={t("form.dueBy")}
        type="date"
        required
        value={values.dueDate}
        onChange={(event) => setValues((current) => ({ ...current, dueDate: event.target.value }))}
        error={errors.dueDate}
      />
      <ScheduleFields reminderDays={values.reminderDays} notify={values.notify} onChange={(change) => setValues((current) => ({ ...current, ...change }))} errors={errors} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("settings.saving") : t("settings.save")}
      </button>
    </form>
  );
}

export function CloseEngagementForm({ engagementId, waitingFor }: { engagementId: string; waitingFor: number }) {
  const t = useTranslations("Engagements.settings");
  const [state, action, pending] = useActionState(closeEngagementAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} errorTitle={t("stillOpen")} />
      <input type="hidden" name="engagementId" value={engagementId} />
      <p className="text-muted">
        {waitingFor === 0 ? t("everyoneAnswered") : t("waitingFor", { count: waitingFor })}
      </p>
      <button type="submit" className={buttonClass(waitingFor === 0 ? "primary" : "secondary")} disabled={pending}>
        {pending ? t("closing") : t("close")}
      </button>
    </form>
  );
}
