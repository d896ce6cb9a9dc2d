"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

export function SignUpForm({ invitation, afterPath }: { invitation: string | null; afterPath: string }) {
  const t = useTranslations("SignUp");
  const [state, formAction, pending] = useActionState(signUpAction, IDLE);
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    if (state.status !== "success" || !credentials.current) return;
    const { email, password } = credentials.current;
    credentials.current = null;
    setSigningIn(true);
    void signIn("credentials", { email, password, redirect: false }).then((result) => {
      if (result?.ok) {
        // A full load, so no page prefetched while signed out is replayed.
        window.location.assign(invitation ? `/invite/${encodeURIComponent(invitation)}` : afterPath);
      } else {
        setSigningIn(false);
        setSignInError(t("signInFailed"));
      }
    });
  }, [state, invitation, afterPath, t]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        credentials.current = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
      }}
      className="space-y-5"
      noValidate
    >
      <div aria-live="polite">
        {state.status === "error" ? <Notice tone="error" title={t("failed")}>{state.message}</Notice> : null}
        {signInError ? <Notice tone="warning">{signInError}</Notice> : null}
      </div>
      {invitation ? <input type="hidden" name="invitation" value={invitation} /> : null}
      <TextField name="name" label={t("name")} autoComplete="name" required maxLength={120} error={errors.name} />
      <TextField name="email" label={t("email")} type="email" autoComplete="email" required error={errors.email} />
      <TextField name="password" label={t("password")} type="password" autoComplete="new-password" required help={t("passwordHint")} error={errors.password} />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending || signingIn}>
        {pending || signingIn ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
