import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { AuditTrail } from "@/components/workspace/review/audit-trail";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { loadForPage } from "@/lib/http/load-for-page";
import { listOrganizationActivity } from "@/lib/services/organization-activity";
import { getOrganization } from "@/lib/services/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organization.activity");
  return { title: t("title") };
}

/** The organization's record of changes: every audited change to it and its results, newest first. */
export default async function OrganizationActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/activity`);
  const [organization, activity] = await loadForPage(Promise.all([getOrganization(actor, id), listOrganizationActivity(actor, id)]));
  const t = await getTranslations("Organization.activity");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="activity" />
      <section aria-labelledby="activity">
        <Card>
          <SectionHeading id="activity" lead={t("lead", { name: organization.name })}>
            {t("heading")}
          </SectionHeading>
          <AuditTrail entries={activity.entries} truncated={activity.truncated} empty={t("empty")} linkResults />
        </Card>
      </section>
    </div>
  );
}
