"use client";

import { useActionState, useState } from "react";
import { addOrganizationMemberAction } from "@/app/(admin)/admin/organizations/actions";
import { buttonClass } from "@/components/ui/button";
import { FormStatus, SelectField, TextField, errorsOf } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/http/form-state";
import type { MemberChange } from "@/lib/services/admin-organizations";
import { MEMBER_ROLES } from "@/lib/validation/admin-organizations";

const FIELDS = ["email", "role"] as const;

function addedMessage(state: FormState<MemberChange>): string | undefined {
  if (state.status !== "success") return undefined;
  const { email, role, organizationName, needsTwoFactor } = state.data;
  const added = `${email} is now ${role === "consultant" ? "a consultant" : "an executive"} of ${organizationName}.`;
  return needsTwoFactor ? `${added} They must set up two-step verification at their next sign-in before they can use consultant rights.` : added;
}

/**
 * Consultant is the default: onboarding a firm's first consultant is what this form is for,
 * since executives usually join through an invitation link.
 */
export function OrganizationMemberAddForm({ organizationId }: { organizationId: string }) {
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
          label="Email address"
          help="The address of an existing Rolefit account. Upper or lower case does not matter."
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
          label="Role"
          placeholder="Choose a role"
          options={MEMBER_ROLES}
          required
          value={role}
          onChange={(event) => setRole(event.target.value)}
          error={errors.role}
        />
      </div>
      <FormStatus state={state} fields={FIELDS} success={addedMessage(state)} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Adding…" : "Add member"}
      </button>
    </form>
  );
}
