"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("Engagements.scheduleFields");
  return (
    <>
      <ChoiceGroup name="reminderDays" legend={t("reminders")} help={t("remindersHelp")} error={errors.reminderDays ?? errors["reminderDays.0"]}>
        {REMINDER_DAY_CHOICES.map((choice) => (
          <ChoiceOption
            key={choice.days}
            type="checkbox"
            name="reminderDays"
            value={String(choice.days)}
            checked={reminderDays.includes(choice.days)}
            onChange={(checked) => onChange({ reminderDays: checked ? [...reminderDays, choice.days] : reminderDays.filter((days) => days !== choice.days) })}
            label={t(`reminderDays.${choice.days}`)}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup name="notify" legend={t("notify")} error={errors.notify}>
        {NOTIFY_CHOICES.map((choice) => (
          <ChoiceOption key={choice.id} type="radio" name="notify" value={choice.id} checked={notify === choice.id} onChange={() => onChange({ notify: choice.id })} label={t(`notifyChoices.${choice.id}`)} />
        ))}
      </ChoiceGroup>
    </>
  );
}
