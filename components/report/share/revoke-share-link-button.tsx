"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";
import { HiddenFields, type ShareActions } from "./share-actions-prop";

export function RevokeShareLinkButton({ shareLinkId, description, actions }: { shareLinkId: string; description: string; actions: ShareActions }) {
  const t = useTranslations("ShareLinks");
  const [state, action, pending] = useActionState(actions.revoke, IDLE);
  return (
    <form action={action}>
      <HiddenFields fields={actions.revokeFields} />
      <input type="hidden" name="shareLinkId" value={shareLinkId} />
      <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1.5 text-sm")} disabled={pending} aria-label={t("revokeLabel", { description })}>
        {pending ? t("revoking") : t("revoke")}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
