import Link from "next/link";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { AdminUserRow } from "@/lib/services/admin-users";
import { DisableUserForm, IssueResetLinkForm } from "./user-actions";

const ROLE_LABELS: Record<string, string> = { consultant: "Consultant", executive: "Executive" };

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function twoFactorText(user: AdminUserRow): string {
  const state = user.twoFactor === "on" ? "On" : user.twoFactor === "pending" ? "Being set up" : "Off";
  return user.twoFactorRequired && user.twoFactor !== "on" ? `${state} (required)` : state;
}

function Badge({ tone, children }: { tone: "ok" | "danger"; children: string }) {
  const tones = { ok: "bg-ok-soft text-ok", danger: "bg-danger-soft text-danger" };
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}

function UserRow({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const roles = [...(user.isPlatformAdmin ? ["Platform administrator"] : []), ...user.roles.map((r) => `${ROLE_LABELS[r.role] ?? r.role}, ${r.organizationName}`)];
  return (
    <tr data-testid="admin-user-row">
      <th scope="row" className="font-normal [overflow-wrap:anywhere]">
        <span className="font-semibold">{user.email}</span>
        {isSelf ? <span className="ml-1 text-muted">(you)</span> : null}
        <span className="block text-muted">{user.name ?? "No name given"}</span>
      </th>
      <td data-label="Roles">
        {roles.length > 0 ? (
          <ul>
            {roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : (
          <span className="text-muted">None</span>
        )}
      </td>
      <td data-label="Two-step">{twoFactorText(user)}</td>
      <td data-label="Sign-in">{user.hasPassword ? "Password" : "Single sign-on"}</td>
      <td data-label="Status">{user.disabledAt ? <Badge tone="danger">{`Disabled ${formatDate(user.disabledAt)}`}</Badge> : <Badge tone="ok">Active</Badge>}</td>
      <td data-label="Joined" className="whitespace-nowrap">
        {formatDate(user.createdAt)}
      </td>
      <td className="space-y-2">
        {isSelf ? <p className="text-sm text-muted">You cannot disable your own account.</p> : <DisableUserForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} />}
        {user.disabledAt ? <p className="text-sm text-muted">Enable the account before issuing a reset link.</p> : <IssueResetLinkForm userId={user.id} email={user.email} />}
        {isSelf ? null : (
          <p>
            <Link href={`/admin/users/${user.id}/delete`} className="text-sm font-semibold text-danger" aria-label={`Delete ${user.email}`}>
              Delete account…
            </Link>
          </p>
        )}
      </td>
    </tr>
  );
}

/** One page of users as a table: who they are, what they may do, and what an administrator does to an account. */
export function UserList({ users, selfId }: { users: AdminUserRow[]; selfId: string }) {
  return (
    <Table
      caption="Users"
      columns={[{ label: "User" }, { label: "Roles" }, { label: "Two-step" }, { label: "Sign-in" }, { label: "Status" }, { label: "Joined" }, ACTIONS_COLUMN]}
      variant="framed"
      minWidth="min-w-[58rem]"
      stackOnPhone
      testId="admin-user-table"
    >
      {users.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === selfId} />
      ))}
    </Table>
  );
}
