import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { OrganizationCreateForm } from "@/components/admin/organization-create-form";
import { OrganizationSearchForm } from "@/components/admin/organization-search-form";
import { OrganizationTable } from "@/components/admin/organization-table";
import { Card, SectionHeading } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { ORGANIZATION_LIST_LIMIT, listAllOrganizations } from "@/lib/services/admin-organizations";

export const metadata: Metadata = {
  title: "Organizations",
  robots: { index: false, follow: false },
};

export default async function AdminOrganizationsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; deleted?: string | string[] }> }) {
  const actor = await getActor();
  // Anyone but a platform administrator, signed in or not, is told this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent("/admin/organizations")}`);

  const { q, deleted } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 200);
  // The service checks the caller again: the checks above only choose what to show.
  const { organizations, truncated } = await listAllOrganizations(actor, query ? { q: query } : {});

  return (
    <div className="space-y-6">
      <AdminSubNav current="organizations" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Organizations</h1>
        <p className="mt-2 text-lg text-muted">
          Every client organization, with its people and results. Open one to add its consultants and executives or change their roles.
        </p>
      </header>
      <OrganizationSearchForm query={query} />
      <p role="status" className="text-muted">
        {organizations.length === 0
          ? query
            ? `No organizations match “${query}”.`
            : "No organizations yet. Create the first one below."
          : `${truncated ? `The first ${ORGANIZATION_LIST_LIMIT}` : organizations.length} organization${organizations.length === 1 ? "" : "s"}${query ? ` matching “${query}”` : ""}, by name.`}
        {query ? (
          <>
            {" "}
            <Link href="/admin/organizations">Show all</Link>
          </>
        ) : null}
      </p>
      {deleted === "organization" ? (
        <Notice tone="success" role="status">
          The organization has been deleted with everything in it.
        </Notice>
      ) : null}
      {truncated ? <Notice tone="info">More organizations match than fit on one page. Narrow the search to find one.</Notice> : null}
      <OrganizationTable organizations={organizations} />
      <section aria-labelledby="create-organization" className="pt-4">
        <Card>
          <SectionHeading
            id="create-organization"
            lead="You do not become a member. Next, on its page, add the consultant who will serve it; they can then invite its executives."
          >
            Create an organization
          </SectionHeading>
          <OrganizationCreateForm />
        </Card>
      </section>
    </div>
  );
}
