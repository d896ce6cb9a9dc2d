"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addEngagementRespondentAction, changeRespondentEmailAction, removeEngagementRespondentAction, resendInvitationAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

const SMALL = "min-h-9 px-3 py-1.5 text-sm";

export function AddRespondentForm({ engagementId }: { engagementId: string }) {
  const t = useTranslations("Engagements.respondents");
  const roles = useTranslations("Questionnaire.roles");
  const [state, action, pending] = useActionState(addEngagementRespondentAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" noValidate key={state.status === "success" ? state.data.id : "form"}>
      <FormMessage state={state} errorTitle={t("nobodyAdded")} success={state.status === "success" ? t("added") : undefined} />
      <input type="hidden" name="engagementId" value={engagementId} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField id="add-name" name="name" label={t("name")} required maxLength={120} error={errors.name} />
        <TextField id="add-email" name="email" label={t("email")} type="email" required maxLength={254} error={errors.email} />
        <SelectField id="add-role" name="role" label={t("role")} options={RESPONDENT_ROLES.map((role) => ({ id: role.id, label: roles(role.id) }))} placeholder={t("chooseRole")} required error={errors.role} />
      </div>
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("adding") : t("add")}
      </button>
    </form>
  );
}

export function ChangeEmailForm({ respondentId, email, name }: { respondentId: string; email: string; name: string }) {
  const t = useTranslations("Engagements.respondents");
  const [state, action, pending] = useActionState(changeRespondentEmailAction, IDLE);
  const [value, setValue] = useState(email);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const id = `email-${respondentId}`;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} errorTitle={t("addressNotChanged")} success={state.status === "success" ? (state.data.changed ? t("addressChanged") : t("sameAddress")) : undefined} />
      <input type="hidden" name="respondentId" value={respondentId} />
      <TextField
        id={id}
        name="email"
        label={t("newAddress", { name })}
        help={t("newAddressHelp")}
        type="email"
        required
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={errors.email}
      />
      <button type="submit" className={buttonClass("secondary", SMALL)} disabled={pending}>
        {pending ? t("changing") : t("changeAddress")}
      </button>
    </form>
  );
}

export function RemoveRespondentButton({ respondentId, name, completed }: { respondentId: string; name: string; completed: boolean }) {
  const t = useTranslations("Engagements.respondents");
  const [state, action, pending] = useActionState(removeEngagementRespondentAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="respondentId" value={respondentId} />
      <p className="text-sm text-muted">
        {completed ? t("removeCompleted", { name }) : t("removeOpen", { name })}
      </p>
      <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={pending}>
        {pending ? t("removing") : t("remove", { name })}
      </button>
      <p aria-live="polite" className="text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}

export function ResendInvitationButton({ respondentId, name }: { respondentId: string; name: string }) {
  const t = useTranslations("Engagements.respondents");
  const [state, action, pending] = useActionState(resendInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="respondentId" value={respondentId} />
      <button type="submit" className={buttonClass("secondary", SMALL)} disabled={pending}>
        {pending ? t("sending") : t("resend", { name })}
      </button>
      <p aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-danger" : "text-ok"}`}>
        {state.status === "error" ? state.message : state.status === "success" ? t("resendQueued") : ""}
      </p>
    </form>
  );
}
