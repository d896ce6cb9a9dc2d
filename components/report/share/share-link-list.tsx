import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import { useLocale, useTranslations } from "next-intl";
import { shortDateIn as shortDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { ShareLinkStatus, ShareLinkView } from "@/lib/services/share-links";
import { RevokeShareLinkButton } from "./revoke-share-link-button";
import type { ShareActions } from "./share-actions-prop";

const STATUS_STYLES: Record<ShareLinkStatus, string> = {
  active: "border-ok/30 bg-ok-soft text-ok",
  expired: "border-warn/30 bg-warn-soft text-warn",
  revoked: "border-danger/30 bg-danger-soft text-danger",
};


function StatusBadge({ status }: { status: ShareLinkStatus }) {
  const t = useTranslations("ShareLinks.status");
  return <span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_STYLES[status]}`}>{t(status)}</span>;
}

function Opened({ link }: { link: ShareLinkView }) {
  const t = useTranslations("ShareLinks");
  const locale = useLocale() as Locale;
  if (link.lastOpenedAt === null) return <>{t("notOpened")}</>;
  return (
    <>
      {shortDate(link.lastOpenedAt, locale)}
      <span className="block text-muted">{t("opened", { count: link.openCount })}</span>
    </>
  );
}

/** The result's links, newest first; working links can be revoked by those allowed to. */
export function ShareLinkList({ links, actions }: { links: ShareLinkView[]; actions: ShareActions }) {
  const t = useTranslations("ShareLinks");
  const locale = useLocale() as Locale;
  const formatDate = (iso: string) => shortDate(iso, locale);
  if (links.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <Table
      caption={t("tableCaption")}
      columns={[{ label: t("created") }, { label: t("statusColumn") }, { label: t("expires") }, { label: t("lastOpened") }, ACTIONS_COLUMN]}
      testId="share-link-list"
      stackOnPhone
    >
      {links.map((link) => (
        <tr key={link.id} data-testid="share-link-row">
          <td data-label={t("created")}>
            <div className="min-w-0">
              {formatDate(link.createdAt)}
              <span className="block text-muted [overflow-wrap:anywhere]">{t("by", { name: link.createdBy })}</span>
            </div>
          </td>
          <td data-label={t("statusColumn")}>
            <div>
              <StatusBadge status={link.status} />
              {link.revokedAt ? <span className="block text-muted">{t("on", { date: formatDate(link.revokedAt) })}</span> : null}
            </div>
          </td>
          <td data-label={t("expires")}>{formatDate(link.expiresAt)}</td>
          <td data-label={t("lastOpened")}>
            <div>
              <Opened link={link} />
            </div>
          </td>
          <td className="text-right">
            {link.status === "active" && link.canRevoke ? (
              <RevokeShareLinkButton shareLinkId={link.id} description={t("linkDescription", { date: formatDate(link.createdAt), name: link.createdBy })} actions={actions} />
            ) : null}
          </td>
        </tr>
      ))}
    </Table>
  );
}
