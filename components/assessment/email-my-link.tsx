"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { emailMyLinkAction } from "@/app/(assessment)/assessment/[token]/email-actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

/** "Email me this link": shown only where the server can send email (the page decides). */
export function EmailMyLink({ token }: { token: string }) {
  const t = useTranslations("ResumeLink");
  const [state, action, pending] = useActionState(emailMyLinkAction, IDLE);
  const id = useId();
  // Controlled, so a refused address stays in the field to be corrected (a form action resets uncontrolled fields).
  const [email, setEmail] = useState("");
  const error = state.status === "error" ? (state.fieldErrors.email ?? state.message) : undefined;
  return (
    <form action={action} className="mt-3" noValidate data-testid="email-my-link">
      <input type="hidden" name="token" value={token} />
      <label htmlFor={`${id}-email`} className="block font-semibold">
        {t("emailLabel")}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-status`}
          className="min-w-0 flex-1 rounded border border-line bg-white px-2 py-1.5 text-sm aria-invalid:border-danger"
        />
        <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1.5 text-sm")} disabled={pending}>
          {pending ? t("sending") : t("send")}
        </button>
      </div>
      <p id={`${id}-status`} aria-live="polite" className={`mt-1 text-sm ${error ? "font-medium text-danger" : "text-muted"}`}>
        {error ?? (state.status === "success" ? t("sent", { email: state.data.email }) : t("onlyLink"))}
      </p>
    </form>
  );
}
