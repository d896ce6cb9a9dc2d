"use client";

import { ChoiceGroup, ChoiceOption } from "@/components/ui/field";
import { NOTIFY_CHOICES, REMINDER_DAY_CHOICES } from "@/lib/validation/engagements";

/** The reminder days and the notification choice, as both the new-engagement form and the schedule form ask them. */
export function ScheduleFields({
  reminderDays,
  notify,
  onChange,
  errors,
}: {
  reminderDays: number[];
  notify: string;
  onChange: (change: { reminderDays?: number[]; notify?: string }) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <ChoiceGroup name="reminderDays" legend="Reminders" help="Sent only to those who have not completed, and never after the engagement closes." error={errors.reminderDays ?? errors["reminderDays.0"]}>
        {REMINDER_DAY_CHOICES.map((choice) => (
          <ChoiceOption
            key={choice.days}
            type="checkbox"
            name="reminderDays"
            value={String(choice.days)}
            checked={reminderDays.includes(choice.days)}
            onChange={(checked) => onChange({ reminderDays: checked ? [...reminderDays, choice.days] : reminderDays.filter((days) => days !== choice.days) })}
            label={choice.label}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup name="notify" legend="How you hear of completions" error={errors.notify}>
        {NOTIFY_CHOICES.map((choice) => (
          <ChoiceOption key={choice.id} type="radio" name="notify" value={choice.id} checked={notify === choice.id} onChange={() => onChange({ notify: choice.id })} label={choice.label} />
        ))}
      </ChoiceGroup>
    </>
  );
}
