"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addOrganizationMemberAction } from "@/app/(admin)/admin/organizations/actions";
import { buttonClass } from "@/components/ui/button";
import { FormStatus, SelectField, TextField, errorsOf } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/http/form-state";
import type { MemberChange } from "@/lib/services/admin-organizations";
import { MEMBER_ROLES } from "@/lib/validation/admin-organizations";

const FIELDS = ["email", "role"] as const;

type Translate = ReturnType<typeof useTranslations<"Admin">>;

function addedMessage(state: FormState<MemberChange>, t: Translate): string | undefined {
  if (state.status !== "success") return undefined;
  const { email, role, organizationName, needsTwoFactor } = state.data;
  const values = { email, role, organization: organizationName };
  return needsTwoFactor ? t("organizationPage.addedNeedsTwoStep", values) : t("organizationPage.added", values);
}

/**
 * Consultant is the default: onboarding a firm's first consultant is what this form is for,
 * since executives usually join through an invitation link.
 */
export function OrganizationMemberAddForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("Admin");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<string>("consultant");
  const [state, action, pending] = useActionState(addOrganizationMemberAction, IDLE);
  // Ready for the next person after a success; a refused address stays, to be corrected. Adjusting
  // state while rendering (not in an effect) keeps the server action passed straight to the form.
  const [handled, setHandled] = useState(state);
  if (handled !== state) {
    setHandled(state);
    if (state.status === "success") setEmail("");
  }
  const errors = errorsOf(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <TextField
          name="email"
          type="email"
          label={t("organizationPage.email")}
          help={t("organizationPage.emailHelp")}
          required
          maxLength={320}
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <SelectField
          name="role"
          label={t("organizationPage.role")}
          placeholder={t("organizationPage.chooseRole")}
          options={MEMBER_ROLES.map((option) => ({ id: option.id, label: option.id === "consultant" ? t("roleConsultant") : t("roleExecutive") }))}
          required
          value={role}
          onChange={(event) => setRole(event.target.value)}
          error={errors.role}
        />
      </div>
      <FormStatus state={state} fields={FIELDS} success={addedMessage(state, t)} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("organizationPage.adding") : t("organizationPage.add")}
      </button>
    </form>
  );
}
