"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { RESPONDENT_ROLES, type TAssessmentDetails } from "@/lib/validation/assessment";

interface Props {
  details: TAssessmentDetails;
  errors: Record<string, string>;
  onChange: (field: keyof TAssessmentDetails, value: string) => void;
  /** The name and role come from the consultant's invitation: shown read-only. */
  identityFromInvitation: boolean;
}

export function DetailsStep({ details, errors, onChange, identityFromInvitation }: Props) {
  const t = useTranslations("Questionnaire");
  return (
    <div className="space-y-6">
      <TextField
        name="organizationName"
        label={t("details.companyName")}
        help={t("details.companyHelp")}
        autoComplete="organization"
        maxLength={200}
        defaultValue={details.organizationName ?? ""}
        error={errors.organizationName}
        onChange={(event) => onChange("organizationName", event.target.value)}
      />
      <TextField
        name="respondentName"
        label={t("details.yourName")}
        help={identityFromInvitation ? t("details.fromInvitation") : t("details.optional")}
        readOnly={identityFromInvitation}
        autoComplete="name"
        maxLength={120}
        defaultValue={details.respondentName ?? ""}
        error={errors.respondentName}
        onChange={(event) => onChange("respondentName", event.target.value)}
      />
      <SelectField
        name="respondentRole"
        label={t("details.yourRole")}
        help={identityFromInvitation ? t("details.fromInvitation") : t("details.roleHelp")}
        disabled={identityFromInvitation}
        placeholder={t("details.chooseRole")}
        options={RESPONDENT_ROLES.map((role) => ({ id: role.id, label: t(`roles.${role.id}`) }))}
        defaultValue={details.respondentRole ?? ""}
        error={errors.respondentRole}
        onChange={(event) => onChange("respondentRole", event.target.value)}
      />
    </div>
  );
}
