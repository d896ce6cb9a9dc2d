"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { RESPONDENT_ROLES, type TAssessmentDetails } from "@/lib/validation/assessment";

interface Props {
  details: TAssessmentDetails;
  errors: Record<string, string>;
  onChange: (field: keyof TAssessmentDetails, value: string) => void;
}

export function DetailsStep({ details, errors, onChange }: Props) {
  return (
    <div className="space-y-6">
      <TextField
        name="organizationName"
        label="Company name"
        help="Shown on your result and report. Optional."
        autoComplete="organization"
        maxLength={200}
        defaultValue={details.organizationName ?? ""}
        error={errors.organizationName}
        onChange={(event) => onChange("organizationName", event.target.value)}
      />
      <TextField
        name="respondentName"
        label="Your name"
        help="Optional."
        autoComplete="name"
        maxLength={120}
        defaultValue={details.respondentName ?? ""}
        error={errors.respondentName}
        onChange={(event) => onChange("respondentName", event.target.value)}
      />
      <SelectField
        name="respondentRole"
        label="Your role"
        help="Lets an advisor weigh several executives' views of the same company. Optional."
        placeholder="Choose your role"
        options={RESPONDENT_ROLES}
        defaultValue={details.respondentRole ?? ""}
        error={errors.respondentRole}
        onChange={(event) => onChange("respondentRole", event.target.value)}
      />
    </div>
  );
}
