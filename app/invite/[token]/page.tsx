import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/workspace/format";
import { JoinOrganizationForm } from "@/components/workspace/join-organization-form";
import { loadForPage } from "@/lib/http/load-for-page";
import { getActor } from "@/lib/auth/session";
import { getInvitationPreview, type InvitationStatus } from "@/lib/services/invitations";

export const metadata: Metadata = {
  title: "Invitation",
  robots: { index: false, follow: false },
  // The token in the URL is a credential: never send it on to another site.
  referrer: "no-referrer",
};

const UNUSABLE: Record<Exclude<InvitationStatus, "active">, string> = {
  expired: "This invitation has expired.",
  revoked: "This invitation has been withdrawn.",
  used_up: "This invitation has been used as many times as it allows.",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const invitation = await loadForPage(getInvitationPreview(actor, token));
  const here = `/invite/${token}`;
  const name = invitation.organizationName;
  const usable = invitation.status === "active" || invitation.alreadyMember;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Invitation</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight" data-testid="invitation-organization">
          Join {name} on Rolefit
        </h1>
        <p className="mt-4 text-lg text-muted">
          {invitation.consultantFirmName ? `${invitation.consultantFirmName} invites you` : "You are invited"} to answer Rolefit&apos;s questionnaire as one of {name}&apos;s executives. It takes about 15 minutes and saves as you go. Rolefit then
          recommends how to structure technology leadership, with the evidence behind it.
        </p>
        <p className="mt-3 text-muted">Your answers and your result are shared with {name}&apos;s consultants, and with nobody else.</p>
      </div>

      {!usable && invitation.status !== "active" ? (
        <Notice tone="warning" title={UNUSABLE[invitation.status]} role="alert">
          Ask the consultant who sent it for a new link.
        </Notice>
      ) : actor.kind === "anonymous" ? (
        <Card>
          <h2 className="text-lg font-semibold">Create an account or sign in to continue</h2>
          <p className="mt-1 text-muted">The invitation works until {formatDate(invitation.expiresAt)}.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`/sign-up?invitation=${encodeURIComponent(token)}`}>Create an account</ButtonLink>
            <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
              Sign in
            </ButtonLink>
          </div>
        </Card>
      ) : actor.mustEnrollTotp ? (
        <Notice tone="warning" title="Set up two-step verification first">
          Your account needs a second factor before it can join another organization.{" "}
          <a href={`/account/security?setup=required&callbackUrl=${encodeURIComponent(here)}`}>Set it up now</a>, and you will come back here.
        </Notice>
      ) : (
        <Card>
          <p className="mb-4 text-muted">
            Signed in as <strong className="text-ink">{actor.email}</strong>.
            {invitation.alreadyMember ? ` You already belong to ${name}; this starts a new assessment there.` : ""}
          </p>
          <JoinOrganizationForm
            token={token}
            label={invitation.alreadyMember ? `Start a new assessment for ${name}` : `Join ${name} and start the assessment`}
          />
        </Card>
      )}
    </div>
  );
}
