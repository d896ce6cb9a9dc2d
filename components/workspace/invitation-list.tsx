import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { InvitationStatus, InvitationView } from "@/lib/services/invitations";
import { formatDate } from "./format";
import { RevokeInvitationButton } from "./revoke-invitation-button";

const STATUS: Record<InvitationStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "border-ok/30 bg-ok-soft text-ok" },
  used_up: { label: "Used up", className: "border-line bg-canvas text-muted" },
  expired: { label: "Expired", className: "border-warn/30 bg-warn-soft text-warn" },
  revoked: { label: "Revoked", className: "border-danger/30 bg-danger-soft text-danger" },
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { label, className } = STATUS[status];
  return <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${className}`}>{label}</span>;
}

/** Every link ever issued for the organization, newest first; only links that still work can be revoked. */
export function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  if (invitations.length === 0) return <p className="text-muted">No invitation links yet.</p>;
  return (
    <Table
      caption="Invitation links"
      columns={[{ label: "Created" }, { label: "Status" }, { label: "Used" }, { label: "Expires" }, ACTIONS_COLUMN]}
      testId="invitation-list"
    >
      {invitations.map((invitation) => {
        const description = `the link created ${formatDate(invitation.createdAt)} by ${invitation.createdBy}`;
        return (
          <tr key={invitation.id} data-testid="invitation-row">
            <td>
              {formatDate(invitation.createdAt)}
              <span className="block text-muted">by {invitation.createdBy}</span>
            </td>
            <td>
              <InvitationStatusBadge status={invitation.status} />
              {invitation.revokedAt ? <span className="block text-muted">on {formatDate(invitation.revokedAt)}</span> : null}
            </td>
            <td>
              {invitation.uses} of {invitation.maxUses}
            </td>
            <td>{formatDate(invitation.expiresAt)}</td>
            <td className="text-right">
              {invitation.status === "active" ? <RevokeInvitationButton invitationId={invitation.id} description={description} /> : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
