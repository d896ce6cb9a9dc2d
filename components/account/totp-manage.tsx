"use client";

import { useActionState } from "react";
import { disableTotpAction, regenerateRecoveryCodesAction } from "@/app/(account)/account/security/actions";
import { buttonClass } from "@/components/ui/button";
import { Disclosure } from "@/components/ui/disclosure";
import { FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";
import { IDLE } from "@/lib/http/form-state";

const REAUTH_FIELDS = ["password", "code"] as const;

/** Password plus a second-factor code: the re-authentication both forms below ask for. */
function ReauthFields({ prefix, errors }: { prefix: string; errors: Record<string, string> }) {
  return (
    <>
      <TextField
        id={`${prefix}-password`}
        name="password"
        type="password"
        label="Your password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <TextField
        id={`${prefix}-code`}
        name="code"
        label="Code from your authenticator app, or a recovery code"
        autoComplete="one-time-code"
        maxLength={40}
        required
        error={errors.code}
      />
    </>
  );
}

export function RegenerateRecoveryCodesForm() {
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, IDLE);
  return (
    <Disclosure summary="Make new recovery codes" open={state.status !== "idle"}>
      {state.status === "success" ? (
        <div className="space-y-4">
          <FormStatus state={state} success="New recovery codes made. Your old codes no longer work." />
          <RecoveryCodes codes={state.data.recoveryCodes} />
        </div>
      ) : (
        <form action={action} className="space-y-4" noValidate>
          <p className="text-muted">New codes replace all your old ones, used or not. Confirm it is you first.</p>
          <ReauthFields prefix="regenerate" errors={errorsOf(state)} />
          <FormStatus state={state} fields={REAUTH_FIELDS} />
          <button type="submit" className={buttonClass("secondary")} disabled={pending}>
            {pending ? "Making codes…" : "Make new recovery codes"}
          </button>
        </form>
      )}
    </Disclosure>
  );
}

export function DisableTotpForm() {
  const [state, action, pending] = useActionState(disableTotpAction, IDLE);
  return (
    <Disclosure summary="Turn off two-step verification" open={state.status !== "idle"}>
      <form action={action} className="space-y-4" noValidate>
        <p className="text-muted">
          Without it, your password alone opens your account. Your recovery codes will be deleted. Confirm it is you first.
        </p>
        <ReauthFields prefix="disable" errors={errorsOf(state)} />
        <FormStatus state={state} fields={REAUTH_FIELDS} />
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          {pending ? "Turning off…" : "Turn off two-step verification"}
        </button>
      </form>
    </Disclosure>
  );
}
