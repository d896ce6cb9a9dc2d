import { formatDate } from "@/components/workspace/format";
import type { ShareLinkStatus, ShareLinkView } from "@/lib/services/share-links";
import { RevokeShareLinkButton } from "./revoke-share-link-button";

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
export function ShareLinkList({ links }: { links: ShareLinkView[] }) {
  if (links.length === 0) return <p className="text-muted">No share links yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="share-link-list">
        <caption className="sr-only">Share links to this report</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Created</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Expires</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Last opened</th>
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {links.map((link) => (
            <tr key={link.id} data-testid="share-link-row">
              <td className="py-3 pr-4">
                {formatDate(link.createdAt)}
                <span className="block text-muted [overflow-wrap:anywhere]">by {link.createdBy}</span>
              </td>
              <td className="py-3 pr-4">
                <StatusBadge status={link.status} />
                {link.revokedAt ? <span className="block text-muted">on {formatDate(link.revokedAt)}</span> : null}
              </td>
              <td className="py-3 pr-4">{formatDate(link.expiresAt)}</td>
              <td className="py-3 pr-4">
                <Opened link={link} />
              </td>
              <td className="py-3 text-right">
                {link.status === "active" && link.canRevoke ? (
                  <RevokeShareLinkButton shareLinkId={link.id} description={`the link created ${formatDate(link.createdAt)} by ${link.createdBy}`} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
