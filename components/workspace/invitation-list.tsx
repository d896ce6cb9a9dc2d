import { useLocale, useTranslations } from "next-intl";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { InvitationStatus, InvitationView } from "@/lib/services/invitations";
import { formatDate } from "./format";
import { RevokeInvitationButton } from "./revoke-invitation-button";

const STATUS_CLASSES: Record<InvitationStatus, string> = {
  active: "border-ok/30 bg-ok-soft text-ok",
  used_up: "border-line bg-canvas text-muted",
  expired: "border-warn/30 bg-warn-soft text-warn",
  revoked: "border-danger/30 bg-danger-soft text-danger",
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useTranslations("Team.list.statuses");
  return <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_CLASSES[status]}`}>{t(status)}</span>;
}

/** Every link ever issued for the organization, newest first; only links that still work can be revoked. */
export function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  const t = useTranslations("Team.list");
  const locale = useLocale();
  if (invitations.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <Table
      caption={t("caption")}
      columns={[{ label: t("created") }, { label: t("status") }, { label: t("used") }, { label: t("expires") }, ACTIONS_COLUMN]}
      testId="invitation-list"
    >
      {invitations.map((invitation) => {
        const created = formatDate(invitation.createdAt, locale);
        return (
          <tr key={invitation.id} data-testid="invitation-row">
            <td>
              {created}
              <span className="block text-muted">{t("by", { name: invitation.createdBy })}</span>
            </td>
            <td>
              <InvitationStatusBadge status={invitation.status} />
              {invitation.revokedAt ? <span className="block text-muted">{t("on", { date: formatDate(invitation.revokedAt, locale) })}</span> : null}
            </td>
            <td>{t("usedOf", { uses: invitation.uses, max: invitation.maxUses })}</td>
            <td>{formatDate(invitation.expiresAt, locale)}</td>
            <td className="text-right">
              {invitation.status === "active" ? <RevokeInvitationButton invitationId={invitation.id} label={t("revokeLabel", { date: created, name: invitation.createdBy })} /> : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
