import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
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

export const metadata: Metadata = {
  title: "Organization members",
  robots: { index: false, follow: false },
};

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

  return (
    <div className="space-y-8">
      <AdminSubNav current="organizations" />
      <header>
        <p className="text-sm">
          <Link href="/admin/organizations">All organizations</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{organization.name}</h1>
        <div className="mt-2">
          <OrganizationProfile organization={organization} />
        </div>
        <p className="mt-2 text-sm">
          Its assessments and invitation links are on its <Link href={`/workspace/organizations/${organization.id}`}>workspace page</Link>.
        </p>
      </header>

      {consultants === 0 && executives > 0 ? (
        <Notice tone="warning" title="No consultant">
          Nobody reviews the results of {organization.name}&apos;s executives or can invite new ones. Add a consultant below.
        </Notice>
      ) : null}

      <section aria-labelledby="members">
        <SectionHeading
          id="members"
          lead={
            <>
              Changing someone&apos;s role or removing them ends all their sessions at once, so the change holds on every server. Removing the
              last consultant is allowed, because someone who leaves must lose access without waiting for a replacement; until you add
              another, only administrators can review the organization&apos;s results.
            </>
          }
        >
          Members
        </SectionHeading>
        <OrganizationMemberList organizationId={organization.id} organizationName={organization.name} members={organization.members} selfId={actor.userId} />
      </section>

      <section aria-labelledby="add-member">
        <Card>
          <SectionHeading
            id="add-member"
            lead={
              <>
                The person needs a Rolefit account already; none is created here. Without one, ask them to sign up with their work address first, or
                invite executives with a link from the <Link href={`/workspace/organizations/${organization.id}`}>workspace page</Link>.
              </>
            }
          >
            Add a member by email
          </SectionHeading>
          <OrganizationMemberAddForm organizationId={organization.id} />
        </Card>
      </section>

      <section aria-labelledby="delete-organization">
        <Card>
          <SectionHeading
            id="delete-organization"
            lead={
              <>
                For a client who has left and asked for their data to be erased. Every assessment, result, review note, share link, invitation link,
                the combined view and the consulting firm&apos;s branding go with it, at once and for good. Its members keep their Rolefit accounts
                but lose their membership.
              </>
            }
          >
            Delete this organization
          </SectionHeading>
          <Disclosure summary={`Delete ${organization.name}`}>
            <DeleteOrganizationForm organizationId={organization.id} name={organization.name.trim()} />
          </Disclosure>
        </Card>
      </section>
    </div>
  );
}
