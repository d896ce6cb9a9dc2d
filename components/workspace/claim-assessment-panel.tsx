import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ClaimStatus } from "@/lib/services/claims";
import { ClaimAssessment } from "./claim-assessment";

/**
 * Drop-in for the anonymous assessment and result pages: offers the right next step for whoever
 * holds the link (sign in, save it, or nothing when it belongs to another account). The page
 * reads the status with lib/services/claims.ts.
 */
export function ClaimAssessmentPanel({ token, status, returnTo }: { token: string; status: ClaimStatus; returnTo?: string }) {
  const t = useTranslations("Workspace.claim");
  if (status === "taken") return null;
  const back = returnTo ?? `/assessment/${token}/result`;
  return (
    <Card className="no-print">
      <h2 className="text-lg font-semibold">{t("keep")}</h2>
      {status === "yours" ? (
        <p className="mt-2 text-muted">
          {t.rich("yours", { link: (chunks) => <Link href="/my">{chunks}</Link> })}
        </p>
      ) : status === "sign_in" ? (
        <p className="mt-2 text-muted">
          {t.rich("signIn", {
            signIn: (chunks) => <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}>{chunks}</Link>,
            signUp: (chunks) => <Link href={`/sign-up?callbackUrl=${encodeURIComponent(back)}`}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <div className="mt-3 space-y-2">
          <p className="text-muted">{t("saveIt")}</p>
          <ClaimAssessment token={token} returnTo={back} />
        </div>
      )}
    </Card>
  );
}
