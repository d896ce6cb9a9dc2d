"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { PASSWORD_HINT } from "@/lib/auth/primitives/password-rules";
import { IDLE } from "@/lib/http/form-state";

export function SignUpForm({ invitation, afterPath }: { invitation: string | null; afterPath: string }) {
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
        setSignInError("Your account was created, but signing in failed. Please sign in.");
      }
    });
  }, [state, invitation, afterPath]);

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
        {state.status === "error" ? <Notice tone="error" title="We couldn't create the account">{state.message}</Notice> : null}
        {signInError ? <Notice tone="warning">{signInError}</Notice> : null}
      </div>
      {invitation ? <input type="hidden" name="invitation" value={invitation} /> : null}
      <TextField name="name" label="Your name" autoComplete="name" required maxLength={120} error={errors.name} />
      <TextField name="email" label="Work email" type="email" autoComplete="email" required error={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" required help={PASSWORD_HINT} error={errors.password} />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending || signingIn}>
        {pending || signingIn ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
