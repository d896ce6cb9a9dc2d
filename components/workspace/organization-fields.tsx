"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { ORGANIZATION_INDUSTRIES, ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";

/**
 * The fields that describe a client organization, shared by the consultant's and the
 * administrator's create forms. Controlled, so what was typed survives a refused submission
 * (React resets uncontrolled forms after an action).
 */
export function OrganizationFields({ errors, firmLabel, firmHelp }: { errors: Record<string, string>; firmLabel: string; firmHelp: string }) {
  const [values, setValues] = useState({ name: "", industry: "", sizeBand: "", consultantFirmName: "" });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  return (
    <>
      <TextField name="name" label="Organization name" required maxLength={200} autoComplete="off" value={values.name} onChange={set("name")} error={errors.name} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="industry" label="Industry" help="Optional." placeholder="Not specified" options={ORGANIZATION_INDUSTRIES} value={values.industry} onChange={set("industry")} error={errors.industry} />
        <SelectField name="sizeBand" label="Size" help="Optional." placeholder="Not specified" options={ORGANIZATION_SIZE_BANDS} value={values.sizeBand} onChange={set("sizeBand")} error={errors.sizeBand} />
      </div>
      <TextField name="consultantFirmName" label={firmLabel} help={firmHelp} maxLength={200} value={values.consultantFirmName} onChange={set("consultantFirmName")} error={errors.consultantFirmName} />
    </>
  );
}
