import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { longDateIn } from "@/lib/i18n/dates";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.security");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PAGE = "/account/security";

/** Which of the person's rights makes two-step verification compulsory, in their words, and whether a page waits after it. */
function requiredMessage(actor: UserActor, continues: boolean) {
  if (actor.isPlatformAdmin) return continues ? "requiredAdminContinue" : "requiredAdmin";
  return continues ? "requiredConsultantContinue" : "requiredConsultant";
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

async function TwoStepStatus({ overview }: { overview: SecurityOverview }) {
  const [t, locale] = await Promise.all([getTranslations("Account.security"), getLocale()]);
  if (!overview.totpEnabled) {
    return (
      <div className="space-y-4">
        <p>{t.rich("off", { strong })}</p>
        <TotpStartForm label={t("setUp")} />
      </div>
    );
  }
  const few = overview.recoveryCodesLeft <= 3;
  return (
    <div className="space-y-4">
      <p>{overview.totpEnabledAt ? t.rich("onSince", { strong, date: longDateIn(overview.totpEnabledAt, locale) }) : t.rich("on", { strong })}</p>
      <Notice tone={few ? "warning" : "info"}>{t(few ? "codesLeftFew" : "codesLeft", { count: overview.recoveryCodesLeft })}</Notice>
      <RegenerateRecoveryCodesForm />
      {overview.canDisableTotp ? <DisableTotpForm /> : <p className="text-muted">{t("cannotDisable")}</p>}
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

  const [overview, t] = await Promise.all([getSecurityOverview(actor), getTranslations("Account.security")]);
  const pending = overview.totpEnabled ? null : await getPendingTotpEnrollment(actor);

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{t("signedInAs", { email: overview.email })}</p>
      </header>

      {actor.mustEnrollTotp ? (
        <Notice tone="warning" title={t("requiredTitle")} role={setupRequired ? "status" : undefined}>
          {t(requiredMessage(actor, callbackUrl !== null))}
        </Notice>
      ) : null}
      {params.done === "totp-off" ? (
        <Notice tone="success" role="status">
          {t("turnedOff")}
        </Notice>
      ) : null}

      <Card>
        <SectionHeading id="two-step">{t("twoStepTitle")}</SectionHeading>
        <TwoStepSection overview={overview} pending={pending} continueHref={callbackUrl ?? PAGE} />
      </Card>

      <Card>
        <SectionHeading id="password" lead={t("passwordLead")}>
          {t("passwordTitle")}
        </SectionHeading>
        {overview.hasPassword ? (
          <ChangePasswordForm email={overview.email} />
        ) : (
          <p className="text-muted">{t("noPassword")}</p>
        )}
      </Card>

      <Card>
        <SectionHeading id="sessions" lead={t("sessionsLead")}>
          {t("sessionsTitle")}
        </SectionHeading>
        <SignOutEverywhereForm />
      </Card>
    </div>
  );
}
