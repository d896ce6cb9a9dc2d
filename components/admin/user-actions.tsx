"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { issuePasswordResetLinkAction, setUserDisabledAction } from "@/app/(admin)/admin/users/actions";
import { FormStatus } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ResetDelivery } from "@/lib/services/password-reset";
import { IDLE } from "@/lib/http/form-state";
import { DATE_LOCALE } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

export function DisableUserForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const t = useTranslations("Admin");
  const [state, action, pending] = useActionState(setUserDisabledAction, IDLE);
  const done =
    state.status === "success"
      ? state.data.disabled
        ? t("usersPage.disabledDone", { email: state.data.email })
        : t("usersPage.enabledDone", { email: state.data.email })
      : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      {/* What the button does travels with it, so a double submit cannot undo itself. */}
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-label={disabled ? t("usersPage.enableLabel", { email }) : t("usersPage.disableLabel", { email })}>
        {pending ? t("saving") : disabled ? t("usersPage.enable") : t("usersPage.disable")}
      </button>
      <FormStatus state={state} success={done} />
    </form>
  );
}

function expiryTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(DATE_LOCALE[locale], { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
}

function IssuedLink({ outcome }: { outcome: ResetDelivery }) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const [copied, setCopied] = useState(false);
  const time = expiryTime(outcome.expiresAt, locale);
  if (outcome.delivery === "email") {
    return (
      <Notice tone="success" title={t("usersPage.emailedTitle")}>
        {t("usersPage.emailed", { email: outcome.email, time })}
      </Notice>
    );
  }
  const why = outcome.reason === "not_configured" ? t("usersPage.notConfigured") : t("usersPage.sendFailed");
  const fieldId = `reset-link-${outcome.email}`;
  return (
    <Notice tone="warning" title={t("usersPage.passOnTitle")}>
      <p>{t("usersPage.passOn", { why, email: outcome.email, time })}</p>
      <label htmlFor={fieldId} className="mt-3 block font-semibold">
        {t("usersPage.resetLinkFor", { email: outcome.email })}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id={fieldId}
          readOnly
          value={outcome.url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 font-mono text-sm"
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(outcome.url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t("usersPage.copyLink")}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {copied ? t("copied") : ""}
      </p>
    </Notice>
  );
}

export function IssueResetLinkForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations("Admin.usersPage");
  const [state, action, pending] = useActionState(issuePasswordResetLinkAction, IDLE);
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-label={t("issueLabel", { email })}>
          {pending ? t("issuing") : t("issue")}
        </button>
        <FormStatus state={state.status === "error" ? state : IDLE} />
      </form>
      {state.status === "success" ? <IssuedLink outcome={state.data} /> : null}
    </div>
  );
}
