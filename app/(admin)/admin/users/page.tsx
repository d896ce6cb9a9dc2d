import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminSubNav } from "@/components/admin/organization-admin-nav";
import { UserList } from "@/components/admin/user-list";
import { UserSearchForm } from "@/components/admin/user-search-form";
import { Notice } from "@/components/ui/notice";
import { getActor } from "@/lib/auth/session";
import { USER_LIST_LIMIT, listUsers } from "@/lib/services/admin-users";

export const metadata: Metadata = {
  title: "Users",
  robots: { index: false, follow: false },
};

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await getActor();
  // Anyone but a platform administrator, signed in or not, is told this page does not exist.
  if (actor.kind !== "user" || !actor.isPlatformAdmin) notFound();
  if (actor.mustEnrollTotp) redirect(`/account/security?setup=required&callbackUrl=${encodeURIComponent("/admin/users")}`);

  const { q } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 200);
  // listUsers checks the caller again: the checks above only choose what to show.
  const { users, truncated } = await listUsers(actor, query ? { q: query } : {});

  return (
    <div className="space-y-6">
      <AdminSubNav current="users" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Users</h1>
        <p className="mt-2 text-lg text-muted">
          Disable an account to end its sessions at once, or issue a one-time link to set a new password.
        </p>
      </header>
      <UserSearchForm query={query} />
      <p role="status" className="text-muted">
        {users.length === 0
          ? query
            ? `No users match “${query}”.`
            : "No users yet."
          : `${truncated ? `The first ${USER_LIST_LIMIT}` : users.length} user${users.length === 1 ? "" : "s"}${query ? ` matching “${query}”` : ""}, by email.`}
        {query ? (
          <>
            {" "}
            <Link href="/admin/users">Show everyone</Link>
          </>
        ) : null}
      </p>
      {truncated ? <Notice tone="info">More users match than fit on one page. Narrow the search to find someone.</Notice> : null}
      <UserList users={users} selfId={actor.userId} />
    </div>
  );
}
