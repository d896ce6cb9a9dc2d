"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/app/(workspace)/workspace/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

/** label: the button's accessible name, naming the link it revokes. */
export function RevokeInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const t = useTranslations("Team.list");
  const [state, action, pending] = useActionState(revokeInvitationAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1.5 text-sm")} disabled={pending} aria-label={label}>
        {pending ? t("revoking") : t("revoke")}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
