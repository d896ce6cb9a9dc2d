"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useSignInMessage } from "./sign-in-form";

/** Failures after which this pending sign-in is gone: only a new single sign-on helps. */
const FINAL = new Set(["sso_second_factor_expired", "sso_account_disabled"]);

/** `ssoMessages`: lib/auth/sso-messages.ts in the page's language, made on the server so the catalog stays there. */
export function SsoSecondFactorForm({ callbackPath, ssoMessages }: { callbackPath: string; ssoMessages: Record<string, string> }) {
  const t = useTranslations("SignUp");
  const signInWords = useTranslations("SignIn");
  const signInMessageFor = useSignInMessage();
  const messageFor = (code: string) => (code === "totp_required" ? t("codeRequired") : ((Object.hasOwn(ssoMessages, code) ? ssoMessages[code] : undefined) ?? signInMessageFor(code)));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setError(null);
    const result = await signIn("sso-second-factor", { code: String(new FormData(form).get("code") ?? ""), redirect: false });
    if (result?.ok && !result.error) {
      // A full load, so no page prefetched while signed out is replayed.
      window.location.assign(callbackPath);
      return;
    }
    setPending(false);
    setError(result?.error ?? "");
    form.reset();
  };

  const over = error !== null && FINAL.has(error);
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-5" noValidate>
      <div aria-live="polite" role="status">
        {error !== null ? (
          <Notice tone="error">
            {messageFor(error)} {over ? <Link href="/sign-in">{t("backToSignIn")}</Link> : null}
          </Notice>
        ) : null}
      </div>
      {over ? null : (
        <>
          <TextField name="code" label={signInWords("code")} autoComplete="one-time-code" inputMode="text" required autoFocus help={signInWords("codeHelp")} />
          <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
            {pending ? t("checking") : t("continue")}
          </button>
        </>
      )}
    </form>
  );
}
