import { useLocale, useTranslations } from "next-intl";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import type { ApiTokenStatus, ApiTokenView } from "@/lib/services/api-tokens";
import { RevokeApiTokenButton } from "./revoke-api-token-button";
import { tokenDate } from "./token-date";

const STATUS_CLASS: Record<ApiTokenStatus, string> = {
  active: "border-ok/30 bg-ok-soft text-ok",
  expired: "border-warn/30 bg-warn-soft text-warn",
  revoked: "border-danger/30 bg-danger-soft text-danger",
};

function StatusBadge({ token }: { token: ApiTokenView }) {
  const t = useTranslations("Account.tokens");
  const locale = useLocale();
  return (
    <>
      <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_CLASS[token.status]}`}>{t(token.status)}</span>
      {token.revokedAt ? <span className="block text-muted">{t("revokedOn", { date: tokenDate(token.revokedAt, locale) })}</span> : null}
    </>
  );
}

/** The person's tokens, newest first; working ones can be revoked. */
export function ApiTokenList({ tokens }: { tokens: ApiTokenView[] }) {
  const t = useTranslations("Account.tokens");
  const locale = useLocale();
  if (tokens.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <Table
      caption={t("caption")}
      columns={[
        { label: t("columnName") },
        { label: t("columnPrefix") },
        { label: t("columnCreated") },
        { label: t("columnExpires") },
        { label: t("columnLastUsed") },
        { label: t("columnStatus") },
        ACTIONS_COLUMN,
      ]}
      testId="api-token-list"
    >
      {tokens.map((token) => (
        <tr key={token.id} data-testid="api-token-row">
          <th scope="row" className="font-medium [overflow-wrap:anywhere]">
            {token.name}
          </th>
          <td className="font-mono">{token.prefix}…</td>
          <td>{tokenDate(token.createdAt, locale)}</td>
          <td>{token.expiresAt ? tokenDate(token.expiresAt, locale) : t("never")}</td>
          <td>{token.lastUsedAt ? tokenDate(token.lastUsedAt, locale) : t("notUsed")}</td>
          <td>
            <StatusBadge token={token} />
          </td>
          <td className="text-right">{token.status === "active" ? <RevokeApiTokenButton apiTokenId={token.id} name={token.name} /> : null}</td>
        </tr>
      ))}
    </Table>
  );
}
