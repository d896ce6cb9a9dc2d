import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
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
    <Table
      caption="Your API tokens"
      columns={[{ label: "Name" }, { label: "Token starts with" }, { label: "Created" }, { label: "Expires" }, { label: "Last used" }, { label: "Status" }, ACTIONS_COLUMN]}
      testId="api-token-list"
    >
      {tokens.map((token) => (
        <tr key={token.id} data-testid="api-token-row">
          <th scope="row" className="font-medium [overflow-wrap:anywhere]">
            {token.name}
          </th>
          <td className="font-mono">{token.prefix}…</td>
          <td>{formatDate(token.createdAt)}</td>
          <td>{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</td>
          <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Not used yet"}</td>
          <td>
            <StatusBadge token={token} />
          </td>
          <td className="text-right">{token.status === "active" ? <RevokeApiTokenButton apiTokenId={token.id} name={token.name} /> : null}</td>
        </tr>
      ))}
    </Table>
  );
}
