"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(account)/reset-password/[token]/actions";
import { buttonClass } from "@/components/ui/button";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/primitives/password-rules";
import { FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Account.reset");
  const signUp = useTranslations("SignUp");
  const [state, action, pending] = useActionState(resetPasswordAction, IDLE);
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Unnamed, so not submitted: it tells password managers which account the new password is for. */}
      <input type="text" value={email} autoComplete="username" readOnly hidden />
      <TextField
        id="reset-new-password"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        help={signUp("passwordHint")}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        required
        autoFocus
        error={errors.newPassword}
      />
      <FormStatus state={state} fields={["newPassword"]} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
