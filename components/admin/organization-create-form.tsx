"use client";

import { useActionState } from "react";
import { createOrganizationAsAdminAction } from "@/app/(admin)/admin/organizations/actions";
import { FormStatus, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { OrganizationFields } from "@/components/workspace/organization-fields";
import { IDLE } from "@/lib/http/form-state";

const FIELDS = ["name", "industry", "sizeBand", "consultantFirmName"] as const;

export function OrganizationCreateForm() {
  const [state, action, pending] = useActionState(createOrganizationAsAdminAction, IDLE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <OrganizationFields
        errors={errorsOf(state)}
        firmLabel="Consultant firm"
        firmHelp="Optional. The firm that serves this organization; its executives see the name on their invitation."
      />
      <FormStatus state={state} fields={FIELDS} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
