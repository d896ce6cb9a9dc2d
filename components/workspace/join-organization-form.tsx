"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { FormMessage } from "./form-message";

/** One button: join (idempotent for members), start a draft in the organization, and open it. */
export function JoinOrganizationForm({ token, label }: { token: string; label: string }) {
  const t = useTranslations("Invite");
  const [state, action, pending] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} errorTitle={t("notJoined")} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={buttonClass("primary", "px-7 text-lg")} disabled={pending}>
        {pending ? t("joining") : label}
      </button>
    </form>
  );
}
