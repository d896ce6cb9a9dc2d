"use client";

import { useActionState } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(account)/account/security/actions";
import { buttonClass } from "@/components/ui/button";
import { PASSWORD_HINT, PASSWORD_MAX_LENGTH } from "@/lib/auth/primitives/password-rules";
import { Checkbox, FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";

/**
 * A hidden username field (unnamed, so it is not submitted) lets password managers file the
 * new password under the right account.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="text" value={email} autoComplete="username" readOnly hidden />
      <TextField
        id="change-current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        id="change-new-password"
        name="newPassword"
        type="password"
        label="New password"
        help={PASSWORD_HINT}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        required
        error={errors.newPassword}
      />
      <Checkbox
        id="change-sign-out-others"
        name="signOutOthers"
        label="Sign out my other sessions"
        help="Ends every session, on every device, including this one: you will sign in again with the new password."
      />
      <FormStatus
        state={state}
        fields={["currentPassword", "newPassword", "signOutOthers"]}
        success="Your password has been changed. You stay signed in on this and your other devices."
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
