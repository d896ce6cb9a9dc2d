"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { claimAssessmentAction } from "@/app/(assessment)/my/actions";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/http/form-state";

/**
 * "Save to my account" for an anonymous assessment, on the page its private link opens. The
 * token travels in the form because holding the link is what proves the assessment is yours.
 * Signed-out visitors who press it are offered sign-in, coming back to `returnTo`.
 */
export function ClaimAssessment({ token, returnTo }: { token: string; returnTo?: string }) {
  const t = useTranslations("Workspace.claim");
  const [state, action, pending] = useActionState(claimAssessmentAction, IDLE);
  const back = returnTo ?? `/assessment/${token}/result`;
  const claimed = state.status === "success" && state.data.kind === "claimed" ? state.data : null;
  const signInRequired = state.status === "success" && state.data.kind === "sign_in";
  return (
    <div className="space-y-3" data-testid="claim-assessment">
      <div aria-live="polite" role="status">
        {claimed ? (
          <Notice tone="success" title={claimed.alreadyOwned ? t("already") : t("saved")}>
            {t.rich("findIt", { link: (chunks) => <Link href="/my">{chunks}</Link> })}
          </Notice>
        ) : null}
        {signInRequired ? (
          <Notice tone="info" title={t("signInFirst")}>
            {t.rich("signInToSave", { link: (chunks) => <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}>{chunks}</Link> })}
          </Notice>
        ) : state.status === "error" ? (
          <Notice tone="error" title={t("notSaved")}>
            {state.message}
          </Notice>
        ) : null}
      </div>
      {claimed ? null : (
        <form action={action}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={buttonClass("secondary")} disabled={pending}>
            {pending ? t("saving") : t("save")}
          </button>
        </form>
      )}
    </div>
  );
}
