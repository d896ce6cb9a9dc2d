import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EngagementForm } from "@/components/engagements/engagement-form";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { invitationDefaults } from "@/lib/engagements/invitation-defaults";
import { isEmailConfigured } from "@/lib/services/mailer";
import { getOrganization } from "@/lib/services/organizations";
import { defaultEngagementDueDate } from "@/lib/services/engagements";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Engagements");
  return { title: t("newTitle") };
}

export default async function NewEngagementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/engagements/new`);
  const organization = await loadForPage(getOrganization(actor, id));
  const defaultDueDate = defaultEngagementDueDate();
  const t = await getTranslations("Engagements");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/workspace/organizations/${organization.id}/engagements`}>{t("backToList", { organization: organization.name })}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{t("newHeading", { organization: organization.name })}</h1>
        <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      </div>
      <Card>
        <EngagementForm organizationId={organization.id} organizationLanguage={organization.language} defaults={invitationDefaults(organization.name)} defaultDueDate={defaultDueDate} emailEnabled={isEmailConfigured()} />
      </Card>
    </div>
  );
}
