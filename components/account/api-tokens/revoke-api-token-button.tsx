"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/app/(account)/account/api-tokens/actions";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/http/form-state";

export function RevokeApiTokenButton({ apiTokenId, name }: { apiTokenId: string; name: string }) {
  const t = useTranslations("Account.tokens");
  const [state, action, pending] = useActionState(revokeApiTokenAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="apiTokenId" value={apiTokenId} />
      <button type="submit" className={buttonClass("secondary", "min-h-9 px-3 py-1.5 text-sm")} disabled={pending} aria-label={t("revokeLabel", { name })}>
        {pending ? t("revoking") : t("revoke")}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
