"use client";

import { useActionState, useState } from "react";
import { closeEngagementAction, updateEngagementScheduleAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { ChoiceGroup, ChoiceOption, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { NOTIFY_CHOICES, REMINDER_DAY_CHOICES } from "@/lib/validation/engagements";

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
      <ChoiceGroup name="reminderDays" legend="Reminders" error={errors.reminderDays ?? errors["reminderDays.0"]}>
        {REMINDER_DAY_CHOICES.map((choice) => (
          <ChoiceOption
            key={choice.days}
            type="checkbox"
            name="reminderDays"
            value={String(choice.days)}
            checked={values.reminderDays.includes(choice.days)}
            onChange={(checked) =>
              setValues((current) => ({ ...current, reminderDays: checked ? [...current.reminderDays, choice.days] : current.reminderDays.filter((days) => days !== choice.days) }))
            }
            label={choice.label}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup name="notify" legend="How you hear of completions" error={errors.notify}>
        {NOTIFY_CHOICES.map((choice) => (
          <ChoiceOption key={choice.id} type="radio" name="notify" value={choice.id} checked={values.notify === choice.id} onChange={() => setValues((current) => ({ ...current, notify: choice.id }))} label={choice.label} />
        ))}
      </ChoiceGroup>
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
