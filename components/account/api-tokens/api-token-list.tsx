import { formatDate } from "@/components/workspace/format";
import type { ApiTokenStatus, ApiTokenView } from "@/lib/services/api-tokens";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

const STATUS: Record<ApiTokenStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "border-ok/30 bg-ok-soft text-ok" },
  expired: { label: "Expired", className: "border-warn/30 bg-warn-soft text-warn" },
  revoked: { label: "Revoked", className: "border-danger/30 bg-danger-soft text-danger" },
};

function StatusBadge({ token }: { token: ApiTokenView }) {
  const { label, className } = STATUS[token.status];
  return (
    <>
      <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${className}`}>{label}</span>
      {token.revokedAt ? <span className="block text-muted">on {formatDate(token.revokedAt)}</span> : null}
    </>
  );
}

/** The person's tokens, newest first; working ones can be revoked. */
export function ApiTokenList({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) return <p className="text-muted">No API tokens yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="api-token-list">
        <caption className="sr-only">Your API tokens</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Token starts with</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Created</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Expires</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Last used</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {tokens.map((token) => (
            <tr key={token.id} data-testid="api-token-row">
              <th scope="row" className="py-3 pr-4 font-medium [overflow-wrap:anywhere]">
                {token.name}
              </th>
              <td className="py-3 pr-4 font-mono">{token.prefix}…</td>
              <td className="py-3 pr-4">{formatDate(token.createdAt)}</td>
              <td className="py-3 pr-4">{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</td>
              <td className="py-3 pr-4">{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Not used yet"}</td>
              <td className="py-3 pr-4">
                <StatusBadge token={token} />
              </td>
              <td className="py-3 text-right">{token.status === "active" ? <RevokeApiTokenButton apiTokenId={token.id} name={token.name} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
