"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** What a sign-in error code means to the person; the single sign-on code form says the same. */
export function useSignInMessage(): (code: string) => string {
  const t = useTranslations("SignIn");
  return (code: string) => {
    const locked = /^locked:(\d+)$/.exec(code);
    if (locked) return t("locked", { minutes: Math.max(1, Math.ceil(Number(locked[1]) / 60)) });
    if (code === "invalid" || code === "CredentialsSignin") return t("invalid");
    if (code === "totp_invalid") return t("totpInvalid");
    return t("failed");
  };
}

export function SignInForm({ callbackPath, sso }: { callbackPath: string; sso: { id: string; name: string } | null }) {
  const t = useTranslations("SignIn");
  const messageFor = useSignInMessage();
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
          {needsCode && !error ? <Notice tone="info">{t("needsCode")}</Notice> : null}
        </div>
        <TextField name="email" label={t("email")} type="email" autoComplete="username" required />
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
        {needsCode ? (
          <TextField name="code" label={t("code")} autoComplete="one-time-code" inputMode="text" required autoFocus help={t("codeHelp")} />
        ) : null}
        <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {sso ? (
        <div className="border-t border-line pt-6">
          <Button variant="secondary" className="w-full" onClick={() => void signIn(sso.id, { callbackUrl: callbackPath })}>
            {t("withSso", { provider: sso.name })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
