import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/workspace/format";
import { JoinOrganizationForm } from "@/components/workspace/join-organization-form";
import { loadForPage } from "@/lib/http/load-for-page";
import { getActor } from "@/lib/auth/session";
import { getInvitationPreview } from "@/lib/services/invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invite");
  return {
    title: t("title"),
    robots: { index: false, follow: false },
    // The token in the URL is a credential: never send it on to another site.
    referrer: "no-referrer",
  };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const invitation = await loadForPage(getInvitationPreview(actor, token));
  const here = `/invite/${token}`;
  const name = invitation.organizationName;
  const usable = invitation.status === "active" || invitation.alreadyMember;
  const [t, locale] = await Promise.all([getTranslations("Invite"), getLocale()]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight" data-testid="invitation-organization">
          {t("heading", { organization: name })}
        </h1>
        <p className="mt-4 text-lg text-muted">
          {invitation.consultantFirmName ? t("invitedBy", { firm: invitation.consultantFirmName, organization: name }) : t("invited", { organization: name })}
        </p>
        <p className="mt-3 text-muted">{t("shared", { organization: name })}</p>
      </div>

      {!usable && invitation.status !== "active" ? (
        <Notice tone="warning" title={t(`unusable.${invitation.status}`)} role="alert">
          {t("askForNew")}
        </Notice>
      ) : actor.kind === "anonymous" ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("signInFirst")}</h2>
          <p className="mt-1 text-muted">{t("worksUntil", { date: formatDate(invitation.expiresAt, locale) })}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`/sign-up?invitation=${encodeURIComponent(token)}`}>{t("createAccount")}</ButtonLink>
            <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
              {t("signIn")}
            </ButtonLink>
          </div>
        </Card>
      ) : actor.mustEnrollTotp ? (
        <Notice tone="warning" title={t("twoStepTitle")}>
          {t.rich("twoStep", { link: (chunks) => <a href={`/account/security?setup=required&callbackUrl=${encodeURIComponent(here)}`}>{chunks}</a> })}
        </Notice>
      ) : (
        <Card>
          <p className="mb-4 text-muted">
            {t.rich("signedInAs", { email: actor.email, b: (chunks) => <strong className="text-ink">{chunks}</strong> })}
            {invitation.alreadyMember ? ` ${t("alreadyMember", { organization: name })}` : ""}
          </p>
          <JoinOrganizationForm
            token={token}
            label={invitation.alreadyMember ? t("startNew", { organization: name }) : t("join", { organization: name })}
          />
        </Card>
      )}
    </div>
  );
}
