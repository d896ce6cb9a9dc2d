"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createOrganizationAsAdminAction } from "@/app/(admin)/admin/organizations/actions";
import { FormStatus, errorsOf } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { Option } from "@/components/workspace/labels";
import { OrganizationFields } from "@/components/workspace/organization-fields";
import { IDLE } from "@/lib/http/form-state";

const FIELDS = ["name", "industry", "sizeBand", "consultantFirmName"] as const;

export function OrganizationCreateForm({ industries }: { industries: readonly Option[] }) {
  const t = useTranslations("Admin.organizationsPage");
  const [state, action, pending] = useActionState(createOrganizationAsAdminAction, IDLE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <OrganizationFields
        errors={errorsOf(state)}
        firmLabel={t("firmLabel")}
        firmHelp={t("firmHelp")}
        industries={industries}
      />
      <FormStatus state={state} fields={FIELDS} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
