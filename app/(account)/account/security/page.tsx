import type { Metadata } from "next";
import { ChangePasswordForm, SignOutEverywhereForm } from "@/components/account/change-password-form";
import { TotpEnrollment, TotpStartForm } from "@/components/account/totp-enrollment";
import { DisableTotpForm, RegenerateRecoveryCodesForm } from "@/components/account/totp-manage";
import { TotpQrCode } from "@/components/account/totp-qr-code";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { UserActor } from "@/lib/auth/actor";
import { requireSignedIn } from "@/lib/auth/guards";
import { getPendingTotpEnrollment, getSecurityOverview, type SecurityOverview, type TotpEnrollment as PendingEnrollment } from "@/lib/services/account";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = {
  title: "Sign-in and security",
  robots: { index: false, follow: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PAGE = "/account/security";

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** Which of the person's rights makes two-step verification compulsory, in their words. */
function requiredBecause(actor: UserActor): string {
  if (actor.isPlatformAdmin) return "As a platform administrator you can manage every account";
  return "As a consultant you can see other companies' assessments";
}

function TwoStepStatus({ overview }: { overview: SecurityOverview }) {
  if (!overview.totpEnabled) {
    return (
      <div className="space-y-4">
        <p>
          <strong>Off.</strong> With two-step verification, signing in also asks for a code from an app on your phone, so a
          stolen password alone does not open your account.
        </p>
        <TotpStartForm label="Set up two-step verification" />
      </div>
    );
  }
  const few = overview.recoveryCodesLeft <= 3;
  return (
    <div className="space-y-4">
      <p>
        <strong>On</strong>
        {overview.totpEnabledAt ? ` since ${formatDate(overview.totpEnabledAt)}` : ""}. Signing in asks for a code from your
        authenticator app.
      </p>
      <Notice tone={few ? "warning" : "info"}>
        {overview.recoveryCodesLeft} of 10 recovery codes left.{few ? " Make new ones before you run out." : ""}
      </Notice>
      <RegenerateRecoveryCodesForm />
      {overview.canDisableTotp ? (
        <DisableTotpForm />
      ) : (
        <p className="text-muted">Your role requires two-step verification, so it cannot be turned off.</p>
      )}
    </div>
  );
}

function TwoStepSection({
  overview,
  pending,
  continueHref,
}: {
  overview: SecurityOverview;
  pending: PendingEnrollment | null;
  continueHref: string;
}) {
  return (
    <TotpEnrollment pending={pending ? { qrCode: <TotpQrCode uri={pending.otpauthUri} />, secret: pending.secret } : null} continueHref={continueHref}>
      <TwoStepStatus overview={overview} />
    </TotpEnrollment>
  );
}

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const setupRequired = params.setup === "required";
  // Only a path on this site: anything else would make this page an open redirect.
  const callbackUrl = safeCallbackPath(params.callbackUrl, null);
  const query = setupRequired ? `?setup=required${callbackUrl ? `&callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}` : "";
  const actor = await requireSignedIn(`${PAGE}${query}`);

  const overview = await getSecurityOverview(actor);
  const pending = overview.totpEnabled ? null : await getPendingTotpEnrollment(actor);

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Sign-in and security</h1>
        <p className="mt-2 text-lg text-muted">Signed in as {overview.email}.</p>
      </header>

      {actor.mustEnrollTotp ? (
        <Notice tone="warning" title="Set up two-step verification to continue" role={setupRequired ? "status" : undefined}>
          {requiredBecause(actor)}, so Rolefit asks for a code from an authenticator app as well as your password. Set it up
          below{callbackUrl ? "; afterwards you will go on to the page you asked for" : ""}.
        </Notice>
      ) : null}
      {params.done === "totp-off" ? (
        <Notice tone="success" role="status">
          Two-step verification is off. You can turn it on again at any time.
        </Notice>
      ) : null}

      <Card>
        <SectionHeading id="two-step">Two-step verification</SectionHeading>
        <TwoStepSection overview={overview} pending={pending} continueHref={callbackUrl ?? PAGE} />
      </Card>

      <Card>
        <SectionHeading id="password" lead="You need your current password to choose a new one.">
          Password
        </SectionHeading>
        {overview.hasPassword ? (
          <ChangePasswordForm email={overview.email} />
        ) : (
          <p className="text-muted">You sign in with single sign-on, so this account has no Rolefit password to change.</p>
        )}
      </Card>

      <Card>
        <SectionHeading id="sessions" lead="Signed in on a shared or lost device? End every session, including this one.">
          Sessions
        </SectionHeading>
        <SignOutEverywhereForm />
      </Card>
    </div>
  );
}
