"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createOrganizationAction } from "@/app/(workspace)/workspace/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { FormMessage } from "./form-message";
import { OrganizationFields } from "./organization-fields";

export function CreateOrganizationForm({ industries }: { industries: readonly { id: string; label: string }[] }) {
  const t = useTranslations("Workspace.createOrganization");
  const [state, action, pending] = useActionState(createOrganizationAction, IDLE);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} errorTitle={t("notCreated")} />
      <OrganizationFields errors={state.status === "error" ? state.fieldErrors : {}} firmLabel={t("firmLabel")} firmHelp={t("firmHelp")} industries={industries} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
