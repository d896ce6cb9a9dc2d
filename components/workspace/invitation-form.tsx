"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createInvitationAction } from "@/app/(workspace)/workspace/actions";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/http/form-state";
import { INVITATION_DEFAULTS } from "@/lib/validation/organizations";
import { CopyField } from "@/components/ui/copy-field";
import { FormMessage } from "./form-message";
import { formatDate } from "./format";

export function InvitationForm({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const t = useTranslations("Team.form");
  const locale = useLocale();
  const [state, action, pending] = useActionState(createInvitationAction, IDLE);
  const [values, setValues] = useState({ expiresInDays: String(INVITATION_DEFAULTS.expiresInDays), maxUses: String(INVITATION_DEFAULTS.maxUses) });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <div className="space-y-5">
      <form action={action} className="space-y-5" noValidate>
        <FormMessage state={state} errorTitle={t("notCreated")} />
        <input type="hidden" name="organizationId" value={organizationId} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="expiresInDays"
            label={t("validFor")}
            help={t("validForHelp")}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            required
            value={values.expiresInDays}
            onChange={(event) => setValues((current) => ({ ...current, expiresInDays: event.target.value }))}
            error={errors.expiresInDays}
          />
          <TextField
            name="maxUses"
            label={t("admits")}
            help={t("admitsHelp")}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            required
            value={values.maxUses}
            onChange={(event) => setValues((current) => ({ ...current, maxUses: event.target.value }))}
            error={errors.maxUses}
          />
        </div>
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      {state.status === "success" ? (
        <div data-testid="new-invitation">
          <Notice tone="success" title={t("copyNow")}>
            <p>{t("sendIt", { organization: organizationName, date: formatDate(state.data.expiresAt, locale), count: state.data.maxUses })}</p>
            <div className="mt-3">
              <CopyField value={state.data.url} label={t("linkLabel", { organization: organizationName })} noun="link" testId="invitation-url" />
            </div>
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
