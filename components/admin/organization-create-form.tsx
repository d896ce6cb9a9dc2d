"use client";

import { useActionState, useState } from "react";
import { createOrganizationAsAdminAction } from "@/app/(admin)/admin/organizations/actions";
import { FormStatus, errorsOf } from "@/components/account/form-controls";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/http/form-state";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";

const FIELDS = ["name", "industry", "sizeBand", "consultantFirmName"] as const;

/** Controlled fields, so what was typed survives a refused submission (React resets uncontrolled forms). */
export function OrganizationCreateForm() {
  const [state, action, pending] = useActionState(createOrganizationAsAdminAction, IDLE);
  const [values, setValues] = useState({ name: "", industry: "", sizeBand: "", consultantFirmName: "" });
  const errors = errorsOf(state);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  return (
    <form action={action} className="space-y-5" noValidate>
      <TextField name="name" label="Organization name" required maxLength={200} autoComplete="off" value={values.name} onChange={set("name")} error={errors.name} />
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
        label="Consultant firm"
        help="Optional. The firm that serves this organization; its executives see the name on their invitation."
        maxLength={200}
        value={values.consultantFirmName}
        onChange={set("consultantFirmName")}
        error={errors.consultantFirmName}
      />
      <FormStatus state={state} fields={FIELDS} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
