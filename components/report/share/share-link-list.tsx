import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import { formatDate } from "@/components/workspace/format";
import type { ShareLinkStatus, ShareLinkView } from "@/lib/services/share-links";
import { RevokeShareLinkButton } from "./revoke-share-link-button";
import type { ShareActions } from "./share-actions-prop";

const STATUS: Record<ShareLinkStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "border-ok/30 bg-ok-soft text-ok" },
  expired: { label: "Expired", className: "border-warn/30 bg-warn-soft text-warn" },
  revoked: { label: "Revoked", className: "border-danger/30 bg-danger-soft text-danger" },
};

function StatusBadge({ status }: { status: ShareLinkStatus }) {
  const { label, className } = STATUS[status];
  return <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${className}`}>{label}</span>;
}

function Opened({ link }: { link: ShareLinkView }) {
  if (link.lastOpenedAt === null) return <>Not opened yet</>;
  return (
    <>
      {formatDate(link.lastOpenedAt)}
      <span className="block text-muted">{link.openCount === 1 ? "opened once" : `opened ${link.openCount} times`}</span>
    </>
  );
}

/** The result's links, newest first; working links can be revoked by those allowed to. */
export function ShareLinkList({ links, actions }: { links: ShareLinkView[]; actions: ShareActions }) {
  if (links.length === 0) return <p className="text-muted">No share links yet.</p>;
  return (
    <Table
      caption="Share links to this report"
      columns={[{ label: "Created" }, { label: "Status" }, { label: "Expires" }, { label: "Last opened" }, ACTIONS_COLUMN]}
      testId="share-link-list"
    >
      {links.map((link) => (
        <tr key={link.id} data-testid="share-link-row">
          <td>
            {formatDate(link.createdAt)}
            <span className="block text-muted [overflow-wrap:anywhere]">by {link.createdBy}</span>
          </td>
          <td>
            <StatusBadge status={link.status} />
            {link.revokedAt ? <span className="block text-muted">on {formatDate(link.revokedAt)}</span> : null}
          </td>
          <td>{formatDate(link.expiresAt)}</td>
          <td>
            <Opened link={link} />
          </td>
          <td className="text-right">
            {link.status === "active" && link.canRevoke ? (
              <RevokeShareLinkButton shareLinkId={link.id} description={`the link created ${formatDate(link.createdAt)} by ${link.createdBy}`} actions={actions} />
            ) : null}
          </td>
        </tr>
      ))}
    </Table>
  );
}
