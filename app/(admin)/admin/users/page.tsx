import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { UserList } from "@/components/admin/user-list";
import { UserSearchForm, type UserSearchValues } from "@/components/admin/user-search-form";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { localizeIssues, localizeServerMessage } from "@/lib/i18n/server-messages";
import { listUsers } from "@/lib/services/admin-users";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("users"), robots: { index: false, follow: false } };
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function usersHref(values: UserSearchValues, after?: string): string {
  const params = new URLSearchParams(Object.entries({ ...values, after }).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
  const text = params.toString();
  return text ? `/admin/users?${text}` : "/admin/users";
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  // Anyone but a platform administrator, signed in or not, is told this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent("/admin/users")}`);

  const params = await searchParams;
  const values: UserSearchValues = { q: single(params.q), role: single(params.role), status: single(params.status) };
  const after = single(params.after);
  // listUsers checks the caller again and parses the filters; a refused filter is shown on its field.
  const outcome = await listUsers(actor, { ...values, ...(after ? { after } : {}) }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "invalid_request") return error;
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("Admin"), getLocale()]);
  const errors = outcome instanceof DomainError ? Object.fromEntries(localizeIssues(outcome.issues, locale).map((issue) => [issue.path, issue.message])) : {};
  const filtered = Boolean(values.q || values.role || values.status);

  return (
    <div className="space-y-6">
      <AdminSubNav current="users" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("users")}</h1>
        <p className="mt-2 text-lg text-muted">{t("usersPage.lead")}</p>
      </header>
      {params.deleted === "account" ? (
        <Notice tone="success" role="status">
          {t("usersPage.deleted")}
        </Notice>
      ) : null}
      <UserSearchForm values={values} errors={errors} />
      {outcome instanceof DomainError ? (
        <Notice tone="error" role="alert" title={t("usersPage.filtersFailed")}>
          {localizeServerMessage(outcome.message, locale)} <Link href="/admin/users">{t("usersPage.showEveryone")}</Link>
        </Notice>
      ) : (
        <>
          <p role="status" className="text-muted">
            {outcome.users.length === 0
              ? filtered
                ? t("usersPage.noMatch")
                : t("usersPage.none")
              : t("usersPage.count", { page: after ? "later" : "first", count: outcome.users.length, filtered: filtered ? "yes" : "no" })}
          </p>
          {outcome.users.length > 0 ? <UserList users={outcome.users} selfId={actor.userId} /> : null}
          <nav aria-label={t("usersPage.pages")} className="flex flex-wrap gap-4">
            {after ? <Link href={usersHref(values)}>{t("usersPage.firstPage")}</Link> : null}
            {outcome.nextCursor ? (
              <Link href={usersHref(values, outcome.nextCursor)} data-testid="users-next-page">
                {t("usersPage.nextPage")}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
