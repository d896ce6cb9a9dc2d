import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { UserList } from "@/components/admin/user-list";
import { UserSearchForm, type UserSearchValues } from "@/components/admin/user-search-form";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { listUsers } from "@/lib/services/admin-users";

export const metadata: Metadata = {
  title: "Users",
  robots: { index: false, follow: false },
};

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
  const errors = outcome instanceof DomainError ? Object.fromEntries(outcome.issues.map((issue) => [issue.path, issue.message])) : {};
  const filtered = Boolean(values.q || values.role || values.status);

  return (
    <div className="space-y-6">
      <AdminSubNav current="users" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Users</h1>
        <p className="mt-2 text-lg text-muted">Disable an account to end its sessions at once, or issue a one-time link to set a new password.</p>
      </header>
      {params.deleted === "account" ? (
        <Notice tone="success" role="status">
          The account has been deleted. Its results inside organizations stay without its name.
        </Notice>
      ) : null}
      <UserSearchForm values={values} errors={errors} />
      {outcome instanceof DomainError ? (
        <Notice tone="error" role="alert" title="These filters could not be applied">
          {outcome.message} <Link href="/admin/users">Show everyone</Link>
        </Notice>
      ) : (
        <>
          <p role="status" className="text-muted">
            {outcome.users.length === 0
              ? filtered
                ? "No users match these filters."
                : "No users yet."
              : `${after ? "A later page" : "The first page"}: ${outcome.users.length} user${outcome.users.length === 1 ? "" : "s"}${filtered ? " matching the filters" : ""}, by email.`}
          </p>
          {outcome.users.length > 0 ? <UserList users={outcome.users} selfId={actor.userId} /> : null}
          <nav aria-label="Pages of users" className="flex flex-wrap gap-4">
            {after ? <Link href={usersHref(values)}>First page</Link> : null}
            {outcome.nextCursor ? (
              <Link href={usersHref(values, outcome.nextCursor)} data-testid="users-next-page">
                Next page
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
