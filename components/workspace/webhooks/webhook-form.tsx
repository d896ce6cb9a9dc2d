"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createWebhookAction } from "@/app/(workspace)/workspace/organizations/[id]/webhooks/actions";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Checkbox, ChoiceGroup, ChoiceOption, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/http/form-state";
import { WEBHOOK_EVENTS, type SubscribableEvent } from "@/lib/webhooks/events";
import { FormMessage } from "../form-message";
import { EVENT_NAME_KEYS } from "./event-names";

export function WebhookForm({ organizationId, requireHttps }: { organizationId: string; requireHttps: boolean }) {
  const t = useTranslations("Webhooks");
  const [state, action, pending] = useActionState(createWebhookAction, IDLE);
  const [events, setEvents] = useState<SubscribableEvent[]>(["result.submitted"]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const toggle = (event: SubscribableEvent, on: boolean) => setEvents((current) => (on ? [...current, event] : current.filter((item) => item !== event)));
  return (
    <div className="space-y-5">
      <form action={action} className="space-y-5" noValidate>
        <FormMessage state={state} errorTitle={t("form.notAdded")} />
        <input type="hidden" name="organizationId" value={organizationId} />
        <TextField
          name="url"
          label={t("form.url")}
          help={requireHttps ? t("form.urlHelpHttps") : t("form.urlHelp")}
          type="url"
          inputMode="url"
          placeholder="https://hooks.example.com/rolefit"
          required
          error={errors.url}
        />
        <TextField name="description" label={t("form.description")} help={t("form.descriptionHelp")} maxLength={200} error={errors.description} />
        <ChoiceGroup name="events" legend={t("form.events")} error={errors.events}>
          {WEBHOOK_EVENTS.map((event) => (
            <ChoiceOption key={event.id} type="checkbox" name="events" value={event.id} checked={events.includes(event.id)} onChange={(on) => toggle(event.id, on)} label={t(EVENT_NAME_KEYS[event.id])} />
          ))}
        </ChoiceGroup>
        <Checkbox
          name="includeAnswers"
          label={t("form.includeAnswers")}
          help={t("form.includeAnswersHelp")}
        />
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("form.adding") : t("form.add")}
        </button>
      </form>
      {state.status === "success" ? (
        <div data-testid="new-webhook-secret">
          <Notice tone="success" title={t("form.addedTitle")}>
            <p>{t("form.addedBody")}</p>
            <div className="mt-3">
              <CopyField value={state.data.secret} label={t("form.newSecretLabel")} noun="secret" testId="webhook-secret" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
