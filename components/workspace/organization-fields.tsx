"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { ORGANIZATION_SIZE_BANDS } from "@/lib/validation/organizations";
import type { Option } from "./labels";

/**
 * The fields that describe a client organization, shared by the consultant's and the
 * administrator's create forms. Controlled, so what was typed survives a refused submission
 * (React resets uncontrolled forms after an action). The industries come named in the page's
 * language from the server (components/workspace/labels.ts): their words are the questionnaire's,
 * too many to send to the browser in every language.
 */
export function OrganizationFields({
  errors,
  firmLabel,
  firmHelp,
  industries,
}: {
  errors: Record<string, string>;
  firmLabel: string;
  firmHelp: string;
  industries: readonly Option[];
}) {
  const t = useTranslations("Organization");
  const [values, setValues] = useState({ name: "", industry: "", sizeBand: "", consultantFirmName: "" });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const sizeBands = ORGANIZATION_SIZE_BANDS.map((band) => ({ id: band.id, label: t(`sizeBands.${band.id}`) }));
  return (
    <>
      <TextField name="name" label={t("fields.name")} required maxLength={200} autoComplete="off" value={values.name} onChange={set("name")} error={errors.name} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="industry" label={t("fields.industry")} help={t("fields.optional")} placeholder={t("fields.notSpecified")} options={industries} value={values.industry} onChange={set("industry")} error={errors.industry} />
        <SelectField name="sizeBand" label={t("fields.size")} help={t("fields.optional")} placeholder={t("fields.notSpecified")} options={sizeBands} value={values.sizeBand} onChange={set("sizeBand")} error={errors.sizeBand} />
      </div>
      <TextField name="consultantFirmName" label={firmLabel} help={firmHelp} maxLength={200} value={values.consultantFirmName} onChange={set("consultantFirmName")} error={errors.consultantFirmName} />
    </>
  );
}
