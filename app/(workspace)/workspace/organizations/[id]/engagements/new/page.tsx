import type { Metadata } from "next";
import Link from "next/link";
import { EngagementForm } from "@/components/engagements/engagement-form";
import { Card } from "@/components/ui/card";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { isEmailConfigured } from "@/lib/services/mailer";
import { getOrganization } from "@/lib/services/organizations";
import { defaultEngagementDueDate } from "@/lib/services/engagements";

export const metadata: Metadata = { title: "New engagement" };

export default async function NewEngagementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/engagements/new`);
  const organization = await loadForPage(getOrganization(actor, id));
  const defaultDueDate = defaultEngagementDueDate();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/workspace/organizations/${organization.id}/engagements`}>← {organization.name}: engagements</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">New engagement for {organization.name}</h1>
        <p className="mt-2 text-lg text-muted">Everyone on the list gets their own link to a questionnaire already filled in with their name and role.</p>
      </div>
      <Card>
        <EngagementForm organizationId={organization.id} organizationName={organization.name} organizationLanguage={organization.language} defaultDueDate={defaultDueDate} emailEnabled={isEmailConfigured()} />
      </Card>
    </div>
  );
}
