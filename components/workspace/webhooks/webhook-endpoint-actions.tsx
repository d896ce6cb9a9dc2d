"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  deleteWebhookAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
} from "@/app/(workspace)/workspace/organizations/[id]/webhooks/actions";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { IDLE, type FormState } from "@/lib/http/form-state";

const SMALL = "min-h-9 px-3 py-1.5 text-sm";

function ErrorLine({ state }: { state: FormState<unknown> }) {
  return (
    <p aria-live="polite" className="text-sm font-medium text-danger">
      {state.status === "error" ? state.message : ""}
    </p>
  );
}

/** Send a test event, reveal or rotate the secret, delete: each a form of its own, naming the endpoint for screen readers. */
export function WebhookEndpointActions({ endpointId, description }: { endpointId: string; description: string }) {
  const t = useTranslations("Webhooks.actions");
  const [testState, test, testing] = useActionState(sendTestWebhookAction, IDLE);
  const [revealState, reveal, revealing] = useActionState(revealWebhookSecretAction, IDLE);
  const [rotateState, rotate, rotating] = useActionState(rotateWebhookSecretAction, IDLE);
  const [deleteState, remove, deleting] = useActionState(deleteWebhookAction, IDLE);
  const secret = rotateState.status === "success" ? rotateState.data.secret : revealState.status === "success" ? revealState.data.secret : null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <form action={test}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={testing} aria-label={t("testLabel", { name: description })}>
            {testing ? t("sending") : t("test")}
          </button>
        </form>
        <form action={reveal}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={revealing} aria-label={t("revealLabel", { name: description })}>
            {revealing ? t("revealing") : t("reveal")}
          </button>
        </form>
        <form
          action={rotate}
          onSubmit={(event) => {
            if (!window.confirm(t("rotateConfirm"))) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={rotating} aria-label={t("rotateLabel", { name: description })}>
            {rotating ? t("rotating") : t("rotate")}
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(t("deleteConfirm"))) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={deleting} aria-label={t("deleteLabel", { name: description })}>
            {deleting ? t("deleting") : t("delete")}
          </button>
        </form>
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {testState.status === "success" ? t("testQueued") : ""}
      </p>
      {[testState, revealState, rotateState, deleteState].map((state, index) => (
        <ErrorLine key={index} state={state} />
      ))}
      {secret ? (
        <div data-testid="webhook-secret-revealed">
          <CopyField value={secret} label={t("secretLabel", { name: description })} noun="secret" testId="webhook-secret-value" />
        </div>
      ) : null}
    </div>
  );
}
