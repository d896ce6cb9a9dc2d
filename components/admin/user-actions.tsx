"use client";

import { useActionState, useState } from "react";
import { issuePasswordResetLinkAction, setUserDisabledAction } from "@/app/(admin)/admin/users/actions";
import { FormStatus } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ResetDelivery } from "@/lib/services/password-reset";
import { IDLE } from "@/lib/http/form-state";

export function DisableUserForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, IDLE);
  const done =
    state.status === "success"
      ? state.data.disabled
        ? `${state.data.email} is disabled. Their sessions end at their next request.`
        : `${state.data.email} is enabled again. They need to sign in anew.`
      : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      {/* What the button does travels with it, so a double submit cannot undo itself. */}
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}>
        {pending ? "Saving…" : disabled ? "Enable" : "Disable"}
      </button>
      <FormStatus state={state} success={done} />
    </form>
  );
}

function expiryTime(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
}

function IssuedLink({ outcome }: { outcome: ResetDelivery }) {
  const [copied, setCopied] = useState(false);
  if (outcome.delivery === "email") {
    return (
      <Notice tone="success" title="Reset link emailed">
        Sent to {outcome.email}. It works once and expires at {expiryTime(outcome.expiresAt)}. Any earlier link no longer works.
      </Notice>
    );
  }
  const why =
    outcome.reason === "not_configured"
      ? "Email is not set up on this server (SMTP_URL), so the link is shown here instead."
      : "Sending the email failed, so the link is shown here instead.";
  const fieldId = `reset-link-${outcome.email}`;
  return (
    <Notice tone="warning" title="Pass this link on yourself">
      <p>
        {why} It is shown only this once. Give it to {outcome.email} through a channel you trust; it works once and expires at{" "}
        {expiryTime(outcome.expiresAt)}. Any earlier link no longer works.
      </p>
      <label htmlFor={fieldId} className="mt-3 block font-semibold">
        Reset link for {outcome.email}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id={fieldId}
          readOnly
          value={outcome.url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 font-mono text-sm"
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(outcome.url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          Copy link
        </Button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </Notice>
  );
}

export function IssueResetLinkForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(issuePasswordResetLinkAction, IDLE);
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-label={`Issue a password-reset link for ${email}`}>
          {pending ? "Issuing…" : "Issue reset link"}
        </button>
        <FormStatus state={state.status === "error" ? state : IDLE} />
      </form>
      {state.status === "success" ? <IssuedLink outcome={state.data} /> : null}
    </div>
  );
}
