"use client";

import { useActionState } from "react";
import { revokeShareLinkAction } from "@/app/(report)/share-actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

export function RevokeShareLinkButton({ shareLinkId, description }: { shareLinkId: string; description: string }) {
  const [state, action, pending] = useActionState(revokeShareLinkAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="shareLinkId" value={shareLinkId} />
      <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1.5 text-sm")} disabled={pending} aria-label={`Revoke ${description}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
