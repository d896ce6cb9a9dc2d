import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { OrganizationMemberAddForm } from "@/components/admin/organization-member-add-form";
import { OrganizationMemberList } from "@/components/admin/organization-member-list";
import { Card, SectionHeading } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { DeleteOrganizationForm } from "@/components/privacy/deletion-forms";
import { Notice } from "@/components/ui/notice";
import { loadForPage } from "@/lib/http/load-for-page";
import { OrganizationProfile } from "@/components/workspace/organization-list";
import { getActor } from "@/lib/auth/session";
import { getOrganizationMembers } from "@/lib/services/admin-organizations";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.organizationPage");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AdminOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  // As on the user list: to anyone but a platform administrator this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent(`/admin/organizations/${id}`)}`);

  // A malformed or unknown id is the same not-found page; the service checks the caller again.
  const organization = await loadForPage(getOrganizationMembers(actor, id));
  const consultants = organization.members.filter((member) => member.role === "consultant").length;
  const executives = organization.members.length - consultants;
  const t = await getTranslations("Admin.organizationPage");
  const workspaceLink = (chunks: ReactNode) => <Link href={`/workspace/organizations/${organization.id}`}>{chunks}</Link>;

  return (
    <div className="space-y-8">
      <AdminSubNav current="organizations" />
      <header>
        <p className="text-sm">
          <Link href="/admin/organizations">{t("all")}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{organization.name}</h1>
        <div className="mt-2">
          <OrganizationProfile organization={organization} />
        </div>
        <p className="mt-2 text-sm">{t.rich("workspaceLink", { link: workspaceLink })}</p>
      </header>

      {consultants === 0 && executives > 0 ? (
        <Notice tone="warning" title={t("noConsultantTitle")}>
          {t("noConsultant", { organization: organization.name })}
        </Notice>
      ) : null}

      <section aria-labelledby="members">
        <SectionHeading id="members" lead={t("membersLead")}>
          {t("membersTitle")}
        </SectionHeading>
        <OrganizationMemberList organizationId={organization.id} organizationName={organization.name} members={organization.members} selfId={actor.userId} />
      </section>

      <section aria-labelledby="add-member">
        <Card>
          <SectionHeading id="add-member" lead={t.rich("addLead", { link: workspaceLink })}>
            {t("addTitle")}
          </SectionHeading>
          <OrganizationMemberAddForm organizationId={organization.id} />
        </Card>
      </section>

      <section aria-labelledby="delete-organization">
        <Card>
          <SectionHeading id="delete-organization" lead={t("deleteLead")}>
            {t("deleteTitle")}
          </SectionHeading>
          <Disclosure summary={t("deleteSummary", { organization: organization.name })}>
            <DeleteOrganizationForm organizationId={organization.id} name={organization.name.trim()} />
          </Disclosure>
        </Card>
      </section>
    </div>
  );
}
