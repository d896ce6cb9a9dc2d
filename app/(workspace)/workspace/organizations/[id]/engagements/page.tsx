import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EngagementList } from "@/components/engagements/engagement-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, SectionHeading } from "@/components/ui/card";
import { OrganizationHeader } from "@/components/workspace/organization-header";
import { loadForPage } from "@/lib/http/load-for-page";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { listEngagements } from "@/lib/services/engagements";
import { getOrganization } from "@/lib/services/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Engagements");
  return { title: t("listTitle") };
}

/** Rounds of questionnaires for the organization's leadership team, newest first. */
export default async function OrganizationEngagementsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSecondFactorReady(`/workspace/organizations/${encodeURIComponent(id)}/engagements`);
  const [organization, engagements] = await loadForPage(Promise.all([getOrganization(actor, id), listEngagements(actor, id)]));
  const t = await getTranslations("Engagements");
  return (
    <div className="space-y-8">
      <OrganizationHeader organization={organization} current="engagements" />
      <section aria-labelledby="engagements">
        <Card>
          <SectionHeading id="engagements" lead={t("listLead", { organization: organization.name })}>
            {t("listTitle")}
          </SectionHeading>
          {engagements.length === 0 ? (
            <p className="mb-4 text-muted">{t("noneYet")}</p>
          ) : (
            <div className="mb-5">
              <EngagementList engagements={engagements} />
            </div>
          )}
          <ButtonLink href={`/workspace/organizations/${organization.id}/engagements/new`}>{t("newTitle")}</ButtonLink>
          <p className="mt-4 text-sm text-muted">
            {t.rich("quickStart", { link: (chunks) => <Link href={`/workspace/organizations/${organization.id}/team`}>{chunks}</Link> })}
          </p>
        </Card>
      </section>
    </div>
  );
}
