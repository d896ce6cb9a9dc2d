"use client";

import { useActionState, useState } from "react";
import { createOrganizationAction } from "@/app/(workspace)/workspace/actions";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";
import { FormMessage } from "./form-message";

/** Controlled fields, so what was typed survives a refused submission (React resets uncontrolled forms). */
export function CreateOrganizationForm() {
  const [state, action, pending] = useActionState(createOrganizationAction, IDLE);
  const [values, setValues] = useState({ name: "", industry: "", sizeBand: "", consultantFirmName: "" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} errorTitle="The organization was not created" />
      <TextField name="name" label="Organization name" required maxLength={200} autoComplete="organization" value={values.name} onChange={set("name")} error={errors.name} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="industry"
          label="Industry"
          help="Optional."
          placeholder="Not specified"
          options={ORGANIZATION_INDUSTRIES}
          value={values.industry}
          onChange={set("industry")}
          error={errors.industry}
        />
        <SelectField
          name="sizeBand"
          label="Size"
          help="Optional."
          placeholder="Not specified"
          options={ORGANIZATION_SIZE_BANDS}
          value={values.sizeBand}
          onChange={set("sizeBand")}
          error={errors.sizeBand}
        />
      </div>
      <TextField
        name="consultantFirmName"
        label="Your consulting firm"
        help="Optional. Shown to the organization's executives on their invitation."
        maxLength={200}
        value={values.consultantFirmName}
        onChange={set("consultantFirmName")}
        error={errors.consultantFirmName}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
