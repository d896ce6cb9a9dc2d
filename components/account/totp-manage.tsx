"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { disableTotpAction, regenerateRecoveryCodesAction } from "@/app/(account)/account/security/actions";
import { buttonClass } from "@/components/ui/button";
import { Disclosure } from "@/components/ui/disclosure";
import { FormStatus, TextField, errorsOf } from "@/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";
import { IDLE } from "@/lib/http/form-state";

const REAUTH_FIELDS = ["password", "code"] as const;

/** Password plus a second-factor code: the re-authentication both forms below ask for. */
function ReauthFields({ prefix, errors }: { prefix: string; errors: Record<string, string> }) {
  const t = useTranslations("Account.security");
  return (
    <>
      <TextField
        id={`${prefix}-password`}
        name="password"
        type="password"
        label={t("yourPassword")}
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <TextField
        id={`${prefix}-code`}
        name="code"
        label={t("reauthCode")}
        autoComplete="one-time-code"
        maxLength={40}
        required
        error={errors.code}
      />
    </>
  );
}

export function RegenerateRecoveryCodesForm() {
  const t = useTranslations("Account.security");
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, IDLE);
  return (
    <Disclosure summary={t("newCodesTitle")} open={state.status !== "idle"}>
      {state.status === "success" ? (
        <div className="space-y-4">
          <FormStatus state={state} success={t("newCodesMade")} />
          <RecoveryCodes codes={state.data.recoveryCodes} />
        </div>
      ) : (
        <form action={action} className="space-y-4" noValidate>
          <p className="text-muted">{t("newCodesHelp")}</p>
          <ReauthFields prefix="regenerate" errors={errorsOf(state)} />
          <FormStatus state={state} fields={REAUTH_FIELDS} />
          <button type="submit" className={buttonClass("secondary")} disabled={pending}>
            {pending ? t("makingCodes") : t("newCodesTitle")}
          </button>
        </form>
      )}
    </Disclosure>
  );
}

export function DisableTotpForm() {
  const t = useTranslations("Account.security");
  const [state, action, pending] = useActionState(disableTotpAction, IDLE);
  return (
    <Disclosure summary={t("turnOffTitle")} open={state.status !== "idle"}>
      <form action={action} className="space-y-4" noValidate>
        <p className="text-muted">{t("turnOffHelp")}</p>
        <ReauthFields prefix="disable" errors={errorsOf(state)} />
        <FormStatus state={state} fields={REAUTH_FIELDS} />
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          {pending ? t("turningOff") : t("turnOffTitle")}
        </button>
      </form>
    </Disclosure>
  );
}
