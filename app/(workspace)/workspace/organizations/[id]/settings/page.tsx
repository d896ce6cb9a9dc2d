import type { Metadata } from "next";
import { Card, SectionHeading } from "@/components/ui/card";
import { RoleWeightsForm } from "@/components/workspace/aggregate/role-weights-form";
import { OrganizationBrandingForm } from "@/components/workspace/organization-branding-form";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getOrganizationBranding } from "@/lib/services/organization-branding";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";
import { getOrganization } from "@/lib/services/organizations";

export const metadata: Metadata = { title: "Organization settings" };

/** What the consultants set once and rarely change: how much each role counts, and the branding on the reports. */
export default async function OrganizationSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/settings`);
  const [organization, insights, branding] = await loadForPage(Promise.all([getOrganization(actor, id), getOrganizationAggregate(actor, id), getOrganizationBranding(actor, id)]));
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="settings" />

      <section aria-labelledby="weights">
        <Card>
          <SectionHeading id="weights" lead="How much each respondent counts in the combined view and the organization's report, by the role they gave.">
            Weight by role
          </SectionHeading>
          <RoleWeightsForm organizationId={organization.id} weights={insights.aggregate.weights} />
        </Card>
      </section>

      <section aria-labelledby="branding">
        <Card>
          <SectionHeading id="branding" lead="The consulting firm's name and logo on the cover of every report of this organization: each respondent's and the combined one.">
            Report branding
          </SectionHeading>
          <OrganizationBrandingForm branding={branding} />
        </Card>
      </section>
    </div>
  );
}
