"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { FormMessage } from "./form-message";

/** One button: join (idempotent for members), start a draft in the organization, and open it. */
export function JoinOrganizationForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} errorTitle="You have not joined yet" />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={buttonClass("primary", "px-7 text-lg")} disabled={pending}>
        {pending ? "Joining…" : label}
      </button>
    </form>
  );
}
