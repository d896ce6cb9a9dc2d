"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startMemberAssessmentAction } from "@/app/(assessment)/my/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

/** Starts a new draft in one of the member's organizations and opens it. */
export function StartAssessmentButton({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const t = useTranslations("Workspace.start");
  const [state, action, pending] = useActionState(startMemberAssessmentAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="organizationId" value={organizationId} />
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? t("starting") : t("start", { organization: organizationName })}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
