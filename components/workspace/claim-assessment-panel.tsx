import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ClaimStatus } from "@/lib/services/claims";
import { ClaimAssessment } from "./claim-assessment";

/**
 * Drop-in for the anonymous assessment and result pages: offers the right next step for whoever
 * holds the link (sign in, save it, or nothing when it belongs to another account). The page
 * reads the status with lib/services/claims.ts.
 */
export function ClaimAssessmentPanel({ token, status, returnTo }: { token: string; status: ClaimStatus; returnTo?: string }) {
  if (status === "taken") return null;
  const back = returnTo ?? `/assessment/${token}/result`;
  return (
    <Card className="no-print">
      <h2 className="text-lg font-semibold">Keep this assessment in your account</h2>
      {status === "yours" ? (
        <p className="mt-2 text-muted">
          It is saved to your account: find it under <Link href="/my">your assessments</Link>.
        </p>
      ) : status === "sign_in" ? (
        <p className="mt-2 text-muted">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}>Sign in</Link> or <Link href={`/sign-up?callbackUrl=${encodeURIComponent(back)}`}>create an account</Link>, then come back
          through this link to save it. Until then, this private link is the only way back to it.
        </p>
      ) : (
        <div className="mt-3 space-y-2">
          <p className="text-muted">Save it to your account to find it again without this link.</p>
          <ClaimAssessment token={token} returnTo={back} />
        </div>
      )}
    </Card>
  );
}
