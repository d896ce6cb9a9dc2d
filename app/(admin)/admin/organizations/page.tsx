import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { OrganizationCreateForm } from "@/components/admin/organization-create-form";
import { OrganizationSearchForm } from "@/components/admin/organization-search-form";
import { OrganizationTable } from "@/components/admin/organization-table";
import { Card, SectionHeading } from "@/components/ui/card";
import { industryOptionsIn } from "@/components/workspace/labels";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { localizeServerMessage } from "@/lib/i18n/server-messages";
import { ORGANIZATION_LIST_LIMIT, listAllOrganizations } from "@/lib/services/admin-organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("organizations"), robots: { index: false, follow: false } };
}

export default async function AdminOrganizationsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; deleted?: string | string[] }> }) {
  const actor = await getActor();
  // Anyone but a platform administrator, signed in or not, is told this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent("/admin/organizations")}`);

  const { q, deleted } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 200);
  // The service checks the caller again and parses the search; a refused search (a control character) is said so.
  const outcome = await listAllOrganizations(actor, query ? { q: query } : {}).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "invalid_request") return error;
    throw error;
  });
  const [t, admin, locale] = await Promise.all([getTranslations("Admin.organizationsPage"), getTranslations("Admin"), getLocale()]);
  const matching = { matching: query ? "yes" : "no", query };
  const { organizations, truncated } = outcome instanceof DomainError ? { organizations: [], truncated: false } : outcome;

  return (
    <div className="space-y-6">
      <AdminSubNav current="organizations" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{admin("organizations")}</h1>
        <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      </header>
      <OrganizationSearchForm query={query} />
      {outcome instanceof DomainError ? (
        <Notice tone="error" role="alert" title={t("searchFailed")}>
          {localizeServerMessage(outcome.issues[0]?.message ?? outcome.message, locale)} <Link href="/admin/organizations">{t("showAll")}</Link>
        </Notice>
      ) : (
        <p role="status" className="text-muted">
          {organizations.length === 0
            ? query
              ? t("noMatch", { query })
              : t("none")
            : truncated
              ? t("countFirst", { count: ORGANIZATION_LIST_LIMIT, ...matching })
              : t("count", { count: organizations.length, ...matching })}
          {query ? (
            <>
              {" "}
              <Link href="/admin/organizations">{t("showAll")}</Link>
            </>
          ) : null}
        </p>
      )}
      {deleted === "organization" ? (
        <Notice tone="success" role="status">
          {t("deleted")}
        </Notice>
      ) : null}
      {truncated ? <Notice tone="info">{t("truncated")}</Notice> : null}
      <OrganizationTable organizations={organizations} />
      <section aria-labelledby="create-organization" className="pt-4">
        <Card>
          <SectionHeading id="create-organization" lead={t("createLead")}>
            {t("createTitle")}
          </SectionHeading>
          <OrganizationCreateForm industries={industryOptionsIn(locale)} />
        </Card>
      </section>
    </div>
  );
}
