import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { AdminUserRow } from "@/lib/services/admin-users";
import { DisableUserForm, IssueResetLinkForm } from "./user-actions";

import { adminDate } from "./admin-date";

type Translate = ReturnType<typeof useTranslations<"Admin">>;

function roleLabel(role: string, t: Translate): string {
  return role === "consultant" ? t("roleConsultant") : role === "executive" ? t("roleExecutive") : role;
}

function twoFactorText(user: AdminUserRow, t: Translate): string {
  const state = user.twoFactor === "on" ? t("usersPage.twoStepOn") : user.twoFactor === "pending" ? t("usersPage.twoStepPending") : t("usersPage.twoStepOff");
  return user.twoFactorRequired && user.twoFactor !== "on" ? t("usersPage.twoStepRequired", { state }) : state;
}

function Badge({ tone, children }: { tone: "ok" | "danger"; children: string }) {
  const tones = { ok: "bg-ok-soft text-ok", danger: "bg-danger-soft text-danger" };
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>;
}

function UserRow({ user, isSelf }: { user: AdminUserRow; isSelf: boolean }) {
  const t = useTranslations("Admin");
  const locale = useLocale();
  const roles = [
    ...(user.isPlatformAdmin ? [t("rolePlatformAdmin")] : []),
    ...user.roles.map((r) => t("usersPage.roleIn", { role: roleLabel(r.role, t), organization: r.organizationName })),
  ];
  return (
    <tr data-testid="admin-user-row">
      <th scope="row" className="font-normal [overflow-wrap:anywhere]">
        <span className="font-semibold">{user.email}</span>
        {isSelf ? <span className="ml-1 text-muted">{t("you")}</span> : null}
        <span className="block text-muted">{user.name ?? t("usersPage.noName")}</span>
      </th>
      <td data-label={t("usersPage.columnRoles")}>
        {roles.length > 0 ? (
          <ul>
            {roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : (
          <span className="text-muted">{t("usersPage.noRoles")}</span>
        )}
      </td>
      <td data-label={t("usersPage.columnTwoStep")}>{twoFactorText(user, t)}</td>
      <td data-label={t("usersPage.columnSignIn")}>{user.hasPassword ? t("usersPage.password") : t("usersPage.singleSignOn")}</td>
      <td data-label={t("usersPage.columnStatus")}>
        {user.disabledAt ? (
          <Badge tone="danger">{t("usersPage.disabledOn", { date: adminDate(user.disabledAt, locale) })}</Badge>
        ) : (
          <Badge tone="ok">{t("usersPage.active")}</Badge>
        )}
      </td>
      <td data-label={t("usersPage.columnJoined")} className="whitespace-nowrap">
        {adminDate(user.createdAt, locale)}
      </td>
      <td className="space-y-2">
        {isSelf ? <p className="text-sm text-muted">{t("usersPage.cannotDisableSelf")}</p> : <DisableUserForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} />}
        {user.disabledAt ? <p className="text-sm text-muted">{t("usersPage.enableFirst")}</p> : <IssueResetLinkForm userId={user.id} email={user.email} />}
        {isSelf ? null : (
          <p>
            <Link href={`/admin/users/${user.id}/delete`} className="text-sm font-semibold text-danger" aria-label={t("usersPage.deleteLabel", { email: user.email })}>
              {t("usersPage.deleteAccount")}
            </Link>
          </p>
        )}
      </td>
    </tr>
  );
}

/** One page of users as a table: who they are, what they may do, and what an administrator does to an account. */
export function UserList({ users, selfId }: { users: AdminUserRow[]; selfId: string }) {
  const t = useTranslations("Admin");
  return (
    <Table
      caption={t("users")}
      columns={[
        { label: t("usersPage.columnUser") },
        { label: t("usersPage.columnRoles") },
        { label: t("usersPage.columnTwoStep") },
        { label: t("usersPage.columnSignIn") },
        { label: t("usersPage.columnStatus") },
        { label: t("usersPage.columnJoined") },
        ACTIONS_COLUMN,
      ]}
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
