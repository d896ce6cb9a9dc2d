"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { confirmTotpEnrollmentAction, startTotpEnrollmentAction } from "@/app/(account)/account/security/actions";
import { buttonClass } from "@/components/ui/button";
import { FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";
import { IDLE } from "@/lib/http/form-state";

/** Makes a secret (POST), after which the page shows it as a QR code. */
export function TotpStartForm({ label, variant = "primary" }: { label: string; variant?: "primary" | "secondary" }) {
  const t = useTranslations("Account.security");
  const [state, action, pending] = useActionState(startTotpEnrollmentAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <button type="submit" className={buttonClass(variant)} disabled={pending}>
        {pending ? t("preparing") : label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** "ABCD EFGH …": easier to read aloud and type; authenticator apps ignore the spaces. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The two-step section's one stateful spot. While a secret waits for confirmation it shows the
 * QR code, the key and the code form; otherwise it shows `children` (the page's on or off view).
 * Once a code is accepted it shows the recovery codes instead, whatever the page now says: it
 * stays at the same place in the tree, so after a no-JavaScript form post, when the server
 * renders the page with two-step verification already on, it still holds the codes.
 */
export function TotpEnrollment({
  pending,
  continueHref,
  children,
}: {
  pending: { qrCode: ReactNode; secret: string } | null;
  continueHref: string;
  children?: ReactNode;
}) {
  const t = useTranslations("Account.security");
  const [state, action, busy] = useActionState(confirmTotpEnrollmentAction, IDLE);
  const errors = errorsOf(state);

  if (state.status === "success") {
    return (
      <div className="space-y-5">
        <FormStatus state={state} success={t("enabled")} />
        <RecoveryCodes codes={state.data.recoveryCodes} />
        {/* A full page load, so every page sees the account's new state. */}
        <a href={continueHref} className={buttonClass("primary", "no-underline")}>
          {t("savedContinue")}
        </a>
      </div>
    );
  }
  if (!pending) return <>{children}</>;

  return (
    <div className="space-y-6">
      <ol className="list-decimal space-y-5 pl-5">
        <li>
          <p>{t("scan")}</p>
          <div className="mt-3">{pending.qrCode}</div>
        </li>
        <li>
          <p>{t("enterKey")}</p>
          <p className="mt-2 select-all break-all rounded-md border border-line bg-canvas px-3 py-2 font-mono text-base tracking-wider" data-testid="totp-secret">
            {grouped(pending.secret)}
          </p>
        </li>
        <li>
          <form action={action} className="space-y-4" noValidate>
            <TextField
              id="totp-confirm-code"
              name="code"
              label={t("appCode")}
              help={t("appCodeHelp")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              error={errors.code}
            />
            <FormStatus state={state} fields={["code"]} />
            <button type="submit" className={buttonClass("primary")} disabled={busy}>
              {busy ? t("checking") : t("turnOn")}
            </button>
          </form>
        </li>
      </ol>
      <div className="border-t border-line pt-4">
        <p className="mb-3 text-sm text-muted">{t("startOverHelp")}</p>
        <TotpStartForm label={t("startOver")} variant="secondary" />
      </div>
    </div>
  );
}
