import { useLocale, useTranslations } from "next-intl";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { InvitationStatus, InvitationView } from "@/lib/services/invitations";
import { formatDate } from "./format";
import { RevokeInvitationButton } from "./revoke-invitation-button";

const STATUS_STYLES: Record<InvitationStatus, string> = {
  active: "border-ok/30 bg-ok-soft text-ok",
  used_up: "border-line bg-canvas text-muted",
  expired: "border-warn/30 bg-warn-soft text-warn",
  revoked: "border-danger/30 bg-danger-soft text-danger",
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useTranslations("Organization.invitations.statuses");
  return <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_STYLES[status]}`}>{t(status)}</span>;
}

/** Every link ever issued for the organization, newest first; only links that still work can be revoked. */
export function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  const t = useTranslations("Organization.invitations");
  const locale = useLocale();
  if (invitations.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <Table
      caption={t("caption")}
      columns={[{ label: t("created") }, { label: t("status") }, { label: t("used") }, { label: t("expires") }, ACTIONS_COLUMN]}
      testId="invitation-list"
      stackOnPhone
    >
      {invitations.map((invitation) => {
        const description = t("description", { date: formatDate(invitation.createdAt, locale), person: invitation.createdBy });
        return (
          <tr key={invitation.id} data-testid="invitation-row">
            <td data-label={t("created")}>
              <div>
                {formatDate(invitation.createdAt, locale)}
                <span className="block text-muted">{t("by", { person: invitation.createdBy })}</span>
              </div>
            </td>
            <td data-label={t("status")}>
              <div>
                <InvitationStatusBadge status={invitation.status} />
                {invitation.revokedAt ? <span className="block text-muted">{t("on", { date: formatDate(invitation.revokedAt, locale) })}</span> : null}
              </div>
            </td>
            <td data-label={t("used")}>{t("uses", { uses: invitation.uses, max: invitation.maxUses })}</td>
            <td data-label={t("expires")}>{formatDate(invitation.expiresAt, locale)}</td>
            <td className="text-right">
              {invitation.status === "active" ? <RevokeInvitationButton invitationId={invitation.id} description={description} /> : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
