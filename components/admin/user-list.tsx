import type { AdminUserRow } from "@/lib/services/admin-users";
import { DisableUserForm, IssueResetLinkForm } from "./user-actions";

const ROLE_LABELS: Record<string, string> = { consultant: "Consultant", executive: "Executive" };

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function twoFactorText(user: AdminUserRow): string {
  const state = user.twoFactor === "on" ? "On" : user.twoFactor === "pending" ? "Being set up" : "Off";
  return user.twoFactorRequired && user.twoFactor !== "on" ? `${state} (required for this role)` : state;
}

function Badge({ tone, children }: { tone: "ok" | "danger" | "muted"; children: string }) {
  const tones = { ok: "bg-ok-soft text-ok", danger: "bg-danger-soft text-danger", muted: "bg-canvas text-muted" };
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}

function UserItem({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const roles = [
    ...(user.isPlatformAdmin ? ["Platform administrator"] : []),
    ...user.roles.map((r) => `${ROLE_LABELS[r.role] ?? r.role}, ${r.organizationName}`),
  ];
  return (
    <li className="rounded-lg border border-line bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="break-all text-lg font-semibold">
          {user.email}
          {isSelf ? <span className="ml-2 text-sm font-normal text-muted">(you)</span> : null}
        </h2>
        {user.disabledAt ? <Badge tone="danger">{`Disabled ${formatDate(user.disabledAt)}`}</Badge> : <Badge tone="ok">Active</Badge>}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
        <dt className="font-semibold">Name</dt>
        <dd>{user.name ?? "Not given"}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>{roles.length > 0 ? roles.join("; ") : "None"}</dd>
        <dt className="font-semibold">Two-step</dt>
        <dd>{twoFactorText(user)}</dd>
        <dt className="font-semibold">Sign-in</dt>
        <dd>{user.hasPassword ? "Password" : "Single sign-on only"}</dd>
        <dt className="font-semibold">Joined</dt>
        <dd>{formatDate(user.createdAt)}</dd>
      </dl>
      <div className="mt-4 space-y-4 border-t border-line pt-4">
        {isSelf ? (
          <p className="text-sm text-muted">You cannot disable your own account.</p>
        ) : (
          <DisableUserForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} />
        )}
        {user.disabledAt ? (
          <p className="text-sm text-muted">Enable the account before issuing a password-reset link.</p>
        ) : (
          <IssueResetLinkForm userId={user.id} email={user.email} />
        )}
      </div>
    </li>
  );
}

export function UserList({ users, selfId }: { users: AdminUserRow[]; selfId: string }) {
  return (
    <ul className="space-y-4" aria-label="Users">
      {users.map((user) => (
        <UserItem key={user.id} user={user} isSelf={user.id === selfId} />
      ))}
    </ul>
  );
}
