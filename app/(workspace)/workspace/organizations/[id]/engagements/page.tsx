import type { Metadata } from "next";
import Link from "next/link";
import { EngagementList } from "@/components/engagements/engagement-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listEngagements } from "@/lib/services/engagements";
import { getOrganization } from "@/lib/services/organizations";

export const metadata: Metadata = { title: "Engagements" };

/** Rounds of questionnaires for the organization's leadership team, newest first. */
export default async function OrganizationEngagementsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/engagements`);
  const [organization, engagements] = await loadForPage(Promise.all([getOrganization(actor, id), listEngagements(actor, id)]));
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="engagements" />
      <section aria-labelledby="engagements">
        <Card>
          <SectionHeading id="engagements" lead={`Invite ${organization.name}'s leadership team by name, follow who has answered, remind those who have not, and build the combined view from the team's answers.`}>
            Engagements
          </SectionHeading>
          {engagements.length === 0 ? (
            <p className="mb-4 text-muted">No engagement yet.</p>
          ) : (
            <div className="mb-5">
              <EngagementList engagements={engagements} />
            </div>
          )}
          <ButtonLink href={`/workspace/organizations/${organization.id}/engagements/new`}>New engagement</ButtonLink>
          <p className="mt-4 text-sm text-muted">
            For a quick start without names, an <Link href={`/workspace/organizations/${organization.id}/team`}>invitation link</Link> lets executives join and answer on their own.
          </p>
        </Card>
      </section>
    </div>
  );
}
