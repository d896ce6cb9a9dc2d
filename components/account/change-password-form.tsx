"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(account)/account/security/actions";
import { buttonClass } from "@/components/ui/button";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/primitives/password-rules";
import { Checkbox, FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";

/**
 * A hidden username field (unnamed, so it is not submitted) lets password managers file the
 * new password under the right account.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("Account.security");
  const signUp = useTranslations("SignUp");
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="text" value={email} autoComplete="username" readOnly hidden />
      <TextField
        id="change-current-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        id="change-new-password"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        help={signUp("passwordHint")}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        required
        error={errors.newPassword}
      />
      <Checkbox
        id="change-sign-out-others"
        name="signOutOthers"
        label={t("signOutOthers")}
        help={t("signOutOthersHelp")}
      />
      <FormStatus
        state={state}
        fields={["currentPassword", "newPassword", "signOutOthers"]}
        success={t("passwordChanged")}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("changing") : t("changePassword")}
      </button>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("Account.security");
  const [state, action, pending] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("signingOut") : t("signOutEverywhere")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
