import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { RoleWeightsForm } from "@/components/workspace/aggregate/role-weights-form";
import { OrganizationBrandingForm } from "@/components/workspace/organization-branding-form";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { getOrganizationBranding } from "@/lib/services/organization-branding";
import { getOrganizationAggregate } from "@/lib/services/organization-insights";
import { getOrganization } from "@/lib/services/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationSettings");
  return { title: t("title") };
}

/** What the consultants set once and rarely change: how much each role counts, and the branding on the reports. */
export default async function OrganizationSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/settings`);
  const locale = await getLocale();
  const [organization, insights, branding] = await loadForPage(
    Promise.all([getOrganization(actor, id), getOrganizationAggregate(actor, id, {}, locale), getOrganizationBranding(actor, id, locale)]),
  );
  const t = await getTranslations("OrganizationSettings");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="settings" />

      <section aria-labelledby="weights">
        <Card>
          <SectionHeading id="weights" lead={t("weightsLead")}>
            {t("weights")}
          </SectionHeading>
          <RoleWeightsForm organizationId={organization.id} weights={insights.aggregate.weights} />
        </Card>
      </section>

      <section aria-labelledby="branding">
        <Card>
          <SectionHeading id="branding" lead={t("brandingLead")}>
            {t("branding")}
          </SectionHeading>
          <OrganizationBrandingForm branding={branding} />
        </Card>
      </section>
    </div>
  );
}
