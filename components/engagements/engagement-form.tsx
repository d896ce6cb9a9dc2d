"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { createEngagementAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { MAX_ENGAGEMENT_RESPONDENTS } from "@/lib/engagements/respondent-list";
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { DEFAULT_REMINDER_DAYS } from "@/lib/validation/engagements";
import { ScheduleFields } from "./schedule-fields";

/** The errors of the list, one per bad line, in line order. */
function lineErrors(fieldErrors: Record<string, string>): string[] {
  return Object.entries(fieldErrors)
    .filter(([key]) => key.startsWith("respondents."))
    .sort(([a], [b]) => Number(a.slice(12)) - Number(b.slice(12)))
    .map(([, message]) => message);
}

const MAX_FILE_BYTES = 200_000;

export function EngagementForm({
  organizationId,
  organizationName,
  organizationLanguage,
  defaultDueDate,
  emailEnabled,
}: {
  organizationId: string;
  organizationName: string;
  organizationLanguage: string;
  defaultDueDate: string;
  emailEnabled: boolean;
}) {
  const [state, action, pending] = useActionState(createEngagementAction, IDLE);
  const [values, setValues] = useState({
    name: "Technology leadership review",
    dueDate: defaultDueDate,
    message: `We are reviewing how ${organizationName} organizes its technology leadership. Please answer the questionnaire before the due date: it takes about twenty minutes, and your answers are seen only by your consultants.`,
    respondents: "",
    language: isLocale(organizationLanguage) ? organizationLanguage : DEFAULT_LOCALE,
  });
  const [reminderDays, setReminderDays] = useState<number[]>([...DEFAULT_REMINDER_DAYS]);
  const [notify, setNotify] = useState<string>("each");
  const [fileError, setFileError] = useState<string | undefined>();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const badLines = lineErrors(errors);
  const set = (field: keyof typeof values) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues((current) => ({ ...current, [field]: event.target.value }));

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError("This file is too large for a list of people: save the sheet as CSV with only the name, email and role columns.");
      return;
    }
    setFileError(undefined);
    const text = await file.text();
    setValues((current) => ({ ...current, respondents: text }));
  }

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage state={state} errorTitle="The engagement was not created" />
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextField name="name" label="Name" required maxLength={120} value={values.name} onChange={set("name")} error={errors.name} />
      <TextField
        name="dueDate"
        label="Answers due by"
        help="The end of this day (UTC). The engagement closes then, unless you move the date."
        type="date"
        required
        value={values.dueDate}
        onChange={set("dueDate")}
        error={errors.dueDate}
      />
      <TextArea
        name="message"
        label="Message in the invitation"
        help="Sent with each person's link. Keep it short; the email adds the due date and how to answer."
        required
        maxLength={2000}
        rows={5}
        value={values.message}
        onChange={set("message")}
        error={errors.message}
      />
      <SelectField
        name="language"
        label="Language of the invitations and questionnaires"
        help="Each person's questionnaire opens in it. They can still switch language on the page."
        options={LOCALES.map((locale) => ({ id: locale, label: LOCALE_NAMES[locale] }))}
        value={values.language}
        onChange={set("language")}
        error={errors.language}
      />
      <div className="space-y-3">
        <TextArea
          name="respondents"
          label="The people to invite"
          help={
            <>
              One person per line: name, email, role (for example <code>Ada Okafor, ada@client.com, CEO</code>). Commas, semicolons or tabs
              separate the fields, so a spreadsheet column copy or a CSV export both work. Up to {MAX_ENGAGEMENT_RESPONDENTS} people.
            </>
          }
          required
          rows={8}
          value={values.respondents}
          onChange={set("respondents")}
          error={errors.respondents ?? (badLines.length > 0 ? `${badLines.length === 1 ? "One line needs" : `${badLines.length} lines need`} fixing; nobody was added.` : undefined)}
          spellCheck={false}
        />
        {badLines.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6 text-sm text-danger" aria-label="Lines to fix">
            {badLines.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        <div>
          <label htmlFor="respondents-file" className="block font-semibold">
            Or upload a CSV file
          </label>
          <p id="respondents-file-help" className="mt-1 text-sm text-muted">
            Its contents replace the list above, so you can check them before you create the engagement.
          </p>
          <input
            id="respondents-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={readFile}
            aria-describedby={fileError ? "respondents-file-help respondents-file-error" : "respondents-file-help"}
            className="mt-2 block text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-white file:px-3 file:py-2 file:font-medium"
          />
          {fileError ? (
            <p id="respondents-file-error" className="mt-2 text-sm font-medium text-danger">
              {fileError}
            </p>
          ) : null}
        </div>
      </div>
      <ScheduleFields
        reminderDays={reminderDays}
        notify={notify}
        onChange={(change) => {
          if (change.reminderDays) setReminderDays(change.reminderDays);
          if (change.notify) setNotify(change.notify);
        }}
        errors={errors}
      />
      {emailEnabled ? null : (
        <Notice tone="info" title="Email is not set up on this server">
          <p>Nobody will be emailed: once the engagement exists, copy each person&apos;s link from its page and send it yourself. Reminders and notifications need email too.</p>
        </Notice>
      )}
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : emailEnabled ? "Create and send invitations" : "Create engagement"}
      </button>
    </form>
  );
}
