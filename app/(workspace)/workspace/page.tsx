import type { Metadata } from "next";
import { Card, SectionHeading } from "@/components/ui/card";
import { CreateOrganizationForm } from "@/components/workspace/create-organization-form";
import { OrganizationList } from "@/components/workspace/organization-list";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canCreateOrganization } from "@/lib/auth/permissions";
import { listOrganizations } from "@/lib/services/organizations";

export const metadata: Metadata = { title: "Organizations" };

export default async function WorkspaceHomePage() {
  const actor = await requireSecondFactorReady("/workspace");
  // Organizations the actor only belongs to as an executive are theirs to answer, not to review.
  const organizations = (await listOrganizations(actor)).filter((organization) => organization.access === "consultant");
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your client organizations</h1>
        <p className="mt-2 text-lg text-muted">Invite each organization&apos;s executives, follow their assessments and review the results.</p>
      </div>
      <section aria-labelledby="organizations">
        <h2 id="organizations" className="sr-only">
          Organizations
        </h2>
        <OrganizationList organizations={organizations} />
      </section>
      {canCreateOrganization(actor) ? (
        <section aria-labelledby="create-organization">
          <Card>
            <SectionHeading id="create-organization" lead="You become its consultant, and can then invite its executives.">
              Add an organization
            </SectionHeading>
            <CreateOrganizationForm />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
