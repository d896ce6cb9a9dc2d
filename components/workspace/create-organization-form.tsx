"use client";

import { useActionState } from "react";
import { createOrganizationAction } from "@/app/(workspace)/workspace/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { FormMessage } from "./form-message";
import { OrganizationFields } from "./organization-fields";

export function CreateOrganizationForm() {
  const [state, action, pending] = useActionState(createOrganizationAction, IDLE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} errorTitle="The organization was not created" />
      <OrganizationFields
        errors={state.status === "error" ? state.fieldErrors : {}}
        firmLabel="Your consulting firm"
        firmHelp="Optional. Shown to the organization's executives on their invitation."
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
