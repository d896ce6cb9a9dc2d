"use client";

import { useActionState, useState } from "react";
import { createWebhookAction } from "@/app/(workspace)/workspace/organizations/[id]/webhooks/actions";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Checkbox, ChoiceGroup, ChoiceOption, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/http/form-state";
import { WEBHOOK_EVENTS, type SubscribableEvent } from "@/lib/webhooks/events";
import { FormMessage } from "../form-message";

export function WebhookForm({ organizationId, requireHttps }: { organizationId: string; requireHttps: boolean }) {
  const [state, action, pending] = useActionState(createWebhookAction, IDLE);
  const [events, setEvents] = useState<SubscribableEvent[]>(["result.submitted"]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const toggle = (event: SubscribableEvent, on: boolean) => setEvents((current) => (on ? [...current, event] : current.filter((item) => item !== event)));
  return (
    <div className="space-y-5">
      <form action={action} className="space-y-5" noValidate>
        <FormMessage state={state} errorTitle="The endpoint was not added" />
        <input type="hidden" name="organizationId" value={organizationId} />
        <TextField
          name="url"
          label="Endpoint URL"
          help={requireHttps ? "Where Rolefit sends each event, as a POST with a JSON body. It must start with https://." : "Where Rolefit sends each event, as a POST with a JSON body."}
          type="url"
          inputMode="url"
          placeholder="https://hooks.example.com/rolefit"
          required
          error={errors.url}
        />
        <TextField name="description" label="Description (optional)" help="What receives the events, for example the CRM sync." maxLength={200} error={errors.description} />
        <ChoiceGroup name="events" legend="Events to send" error={errors.events}>
          {WEBHOOK_EVENTS.map((event) => (
            <ChoiceOption key={event.id} type="checkbox" name="events" value={event.id} checked={events.includes(event.id)} onChange={(on) => toggle(event.id, on)} label={event.label} />
          ))}
        </ChoiceGroup>
        <Checkbox
          name="includeAnswers"
          label="Include the respondent's answers"
          help="Off by default: result events then carry the recommendation, the confidence and the role, never the answers. No event ever carries a name or an email address."
        />
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? "Adding the endpoint…" : "Add endpoint"}
        </button>
      </form>
      {state.status === "success" ? (
        <div data-testid="new-webhook-secret">
          <Notice tone="success" title="Endpoint added: set up its signing secret">
            <p>Your receiver checks each delivery&apos;s signature with this secret. You can reveal it again on this page, or rotate it.</p>
            <div className="mt-3">
              <CopyField value={state.data.secret} label="Signing secret of the new endpoint" noun="secret" testId="webhook-secret" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
