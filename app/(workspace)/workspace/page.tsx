import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, SectionHeading } from "@/components/ui/card";
import { CreateOrganizationForm } from "@/components/workspace/create-organization-form";
import { industryOptionsIn } from "@/components/workspace/labels";
import { OrganizationList } from "@/components/workspace/organization-list";
import { requireSecondFactorReady } from "@/lib/auth/guards";
import { canCreateOrganization } from "@/lib/auth/permissions";
import { listOrganizations } from "@/lib/services/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Workspace.home");
  return { title: t("title") };
}

export default async function WorkspaceHomePage() {
  const actor = await requireSecondFactorReady("/workspace");
  const [t, locale] = await Promise.all([getTranslations("Workspace.home"), getLocale()]);
  // Organizations the actor only belongs to as an executive are theirs to answer, not to review.
  const organizations = (await listOrganizations(actor)).filter((organization) => organization.access === "consultant");
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </div>
      <section aria-labelledby="organizations">
        <h2 id="organizations" className="sr-only">
          {t("title")}
        </h2>
        <OrganizationList organizations={organizations} />
      </section>
      {canCreateOrganization(actor) ? (
        <section aria-labelledby="create-organization">
          <Card>
            <SectionHeading id="create-organization" lead={t("addLead")}>
              {t("add")}
            </SectionHeading>
            <CreateOrganizationForm industries={industryOptionsIn(locale)} />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
