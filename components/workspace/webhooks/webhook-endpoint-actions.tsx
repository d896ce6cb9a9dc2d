"use client";

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
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={testing} aria-label={`Send test event to ${description}`}>
            {testing ? "Sending…" : "Send test event"}
          </button>
        </form>
        <form action={reveal}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={revealing} aria-label={`Reveal secret of ${description}`}>
            {revealing ? "Revealing…" : "Reveal secret"}
          </button>
        </form>
        <form
          action={rotate}
          onSubmit={(event) => {
            if (!window.confirm("Rotate the secret? Deliveries from now on are signed with the new one, so update your receiver at once.")) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", SMALL)} disabled={rotating} aria-label={`Rotate secret of ${description}`}>
            {rotating ? "Rotating…" : "Rotate secret"}
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm("Delete this endpoint and its delivery log? It receives nothing more.")) event.preventDefault();
          }}
        >
          <input type="hidden" name="endpointId" value={endpointId} />
          <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={deleting} aria-label={`Delete ${description}`}>
            {deleting ? "Deleting…" : "Delete"}
          </button>
        </form>
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {testState.status === "success" ? "Test event queued: it appears in the delivery log below; reload to see its result." : ""}
      </p>
      {[testState, revealState, rotateState, deleteState].map((state, index) => (
        <ErrorLine key={index} state={state} />
      ))}
      {secret ? (
        <div data-testid="webhook-secret-revealed">
          <CopyField value={secret} label={`Signing secret of ${description}`} noun="secret" testId="webhook-secret-value" />
        </div>
      ) : null}
    </div>
  );
}
