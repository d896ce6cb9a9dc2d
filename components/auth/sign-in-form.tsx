"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const MESSAGES: Record<string, string> = {
  invalid: "The email or password is not right.",
  totp_invalid: "That code is not right, or it has already been used. Wait for the next code and try again.",
  CredentialsSignin: "The email or password is not right.",
};

/** What a sign-in error code means to the person; the single sign-on code form says the same. */
export function messageFor(code: string): string {
  const locked = /^locked:(\d+)$/.exec(code);
  if (locked) {
    const minutes = Math.max(1, Math.ceil(Number(locked[1]) / 60));
    return `Too many failed sign-ins. For your security, signing in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return MESSAGES[code] ?? "Signing in did not work. Please try again.";
}

export function SignInForm({ callbackPath, sso }: { callbackPath: string; sso: { id: string; name: string } | null }) {
  const [error, setError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      code: String(data.get("code") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full load, so no page prefetched while signed out is replayed.
      window.location.assign(callbackPath);
      return;
    }
    setPending(false);
    if (result?.error === "totp_required") {
      setNeedsCode(true);
      return;
    }
    setError(messageFor(result?.error ?? ""));
  };

  return (
    <div className="space-y-6">
      <form onSubmit={(event) => void submit(event)} className="space-y-5" noValidate>
        <div aria-live="polite" role="status">
          {error ? <Notice tone="error">{error}</Notice> : null}
          {needsCode && !error ? <Notice tone="info">Enter the 6-digit code from your authenticator app, or one of your recovery codes.</Notice> : null}
        </div>
        <TextField name="email" label="Email" type="email" autoComplete="username" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        {needsCode ? (
          <TextField name="code" label="Authentication code" autoComplete="one-time-code" inputMode="text" required autoFocus help="A 6-digit code, or a recovery code such as 7mq2-x9kd-4hbw." />
        ) : null}
        <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso ? (
        <div className="border-t border-line pt-6">
          <Button variant="secondary" className="w-full" onClick={() => void signIn(sso.id, { callbackUrl: callbackPath })}>
            Sign in with {sso.name}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
