"use client";

import { useActionState, useState } from "react";
import { closeEngagementAction, updateEngagementScheduleAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { ScheduleFields } from "./schedule-fields";

export function ScheduleForm({ engagementId, dueDate, reminderDays, notify }: { engagementId: string; dueDate: string; reminderDays: number[]; notify: string }) {
  const [state, action, pending] = useActionState(updateEngagementScheduleAction, IDLE);
  const [values, setValues] = useState({ dueDate, reminderDays, notify });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} errorTitle="The schedule did not change" success={state.status === "success" ? "Schedule saved." : undefined} />
      <input type="hidden" name="engagementId" value={engagementId} />
      <TextField
        id="schedule-due"
        name="dueDate"
        label="Answers due by"
        type="date"
        required
        value={values.dueDate}
        onChange={(event) => setValues((current) => ({ ...current, dueDate: event.target.value }))}
        error={errors.dueDate}
      />
      <ScheduleFields reminderDays={values.reminderDays} notify={values.notify} onChange={(change) => setValues((current) => ({ ...current, ...change }))} errors={errors} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Saving…" : "Save schedule"}
      </button>
    </form>
  );
}

export function CloseEngagementForm({ engagementId, waitingFor }: { engagementId: string; waitingFor: number }) {
  const [state, action, pending] = useActionState(closeEngagementAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} errorTitle="The engagement is still open" />
      <input type="hidden" name="engagementId" value={engagementId} />
      <p className="text-muted">
        {waitingFor === 0
          ? "Everyone has answered. Closing fixes the combined view to this team's answers and stops reminders."
          : `${waitingFor} ${waitingFor === 1 ? "person has" : "people have"} not answered yet. Closing stops their links from taking answers and stops every reminder.`}
      </p>
      <button type="submit" className={buttonClass(waitingFor === 0 ? "primary" : "secondary")} disabled={pending}>
        {pending ? "Closing…" : "Close the engagement"}
      </button>
    </form>
  );
}
