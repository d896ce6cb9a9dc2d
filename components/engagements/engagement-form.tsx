"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ChangeEvent } from "react";
import { createEngagementAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { MAX_ENGAGEMENT_RESPONDENTS } from "@/lib/engagements/respondent-list";
import { textsForLanguage, type InvitationTexts } from "@/lib/engagements/invitation-texts";
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
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

/**
 * A new engagement. Its name and message are suggested in the engagement's language (from the
 * server, `defaults`, since the page holds only its own language's messages), and follow that
 * language when it changes until the consultant edits them.
 */
export function EngagementForm({
  organizationId,
  organizationLanguage,
  defaults,
  defaultDueDate,
  emailEnabled,
}: {
  organizationId: string;
  organizationLanguage: string;
  defaults: Record<Locale, InvitationTexts>;
  defaultDueDate: string;
  emailEnabled: boolean;
}) {
  const t = useTranslations("Engagements");
  const [state, action, pending] = useActionState(createEngagementAction, IDLE);
  const initialLanguage: Locale = isLocale(organizationLanguage) ? organizationLanguage : DEFAULT_LOCALE;
  const [values, setValues] = useState({
    ...defaults[initialLanguage],
    dueDate: defaultDueDate,
    respondents: "",
    language: initialLanguage,
  });
  const [reminderDays, setReminderDays] = useState<number[]>([...DEFAULT_REMINDER_DAYS]);
  const [notify, setNotify] = useState<string>("each");
  const [fileError, setFileError] = useState<string | undefined>();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const badLines = lineErrors(errors);
  const set = (field: Exclude<keyof typeof values, "language">) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const setLanguage = (event: ChangeEvent<HTMLSelectElement>) => {
    const language = event.target.value;
    if (!isLocale(language)) return;
    setValues((current) => ({ ...current, ...textsForLanguage(current, current.language, language, defaults), language }));
  };

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t("form.fileTooLarge"));
      return;
    }
    setFileError(undefined);
    const text = await file.text();
    setValues((current) => ({ ...current, respondents: text }));
  }

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage state={state} errorTitle={t("form.notCreated")} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <SelectField
        name="language"
        label={t("form.language")}
        help={t("form.languageHelp")}
        options={LOCALES.map((locale) => ({ id: locale, label: LOCALE_NAMES[locale] }))}
        value={values.language}
        onChange={setLanguage}
        error={errors.language}
      />
      <TextField name="name" label={t("form.name")} required maxLength={120} value={values.name} onChange={set("name")} error={errors.name} />
      <TextField
        name="dueDate"
        label={t("form.dueBy")}
        help={t("form.dueHelp")}
        type="date"
        required
        value={values.dueDate}
        onChange={set("dueDate")}
        error={errors.dueDate}
      />
      <TextArea
        name="message"
        label={t("form.message")}
        help={t("form.messageHelp")}
        required
        maxLength={2000}
        rows={5}
        value={values.message}
        onChange={set("message")}
        error={errors.message}
      />
      <div className="space-y-3">
        <TextArea
          name="respondents"
          label={t("form.people")}
          help={t.rich("form.peopleHelp", { max: MAX_ENGAGEMENT_RESPONDENTS, code: (chunks) => <code>{chunks}</code> })}
          required
          rows={8}
          value={values.respondents}
          onChange={set("respondents")}
          error={errors.respondents ?? (badLines.length > 0 ? t("form.linesToFix", { count: badLines.length }) : undefined)}
          spellCheck={false}
        />
        {badLines.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6 text-sm text-danger" aria-label={t("form.linesToFixLabel")}>
            {badLines.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        <div>
          <label htmlFor="respondents-file" className="block font-semibold">
            {t("form.upload")}
          </label>
          <p id="respondents-file-help" className="mt-1 text-sm text-muted">
            {t("form.uploadHelp")}
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
        <Notice tone="info" title={t("emailOffTitle")}>
          <p>{t("emailOffForm")}</p>
        </Notice>
      )}
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("form.creating") : emailEnabled ? t("form.createAndSend") : t("form.create")}
      </button>
    </form>
  );
}
