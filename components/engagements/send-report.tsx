"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeEngagementReportLinkAction, shareEngagementReportAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/workspace/format";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import type { EngagementReportLinkView } from "@/lib/services/engagement-results";

const SMALL = "min-h-9 px-3 py-1.5 text-sm";

function RevokeReportLinkButton({ link }: { link: EngagementReportLinkView }) {
  const t = useTranslations("Engagements.report");
  const locale = useLocale();
  const [state, action, pending] = useActionState(revokeEngagementReportLinkAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="shareLinkId" value={link.id} />
      <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={pending} aria-label={t("revokeLabel", { date: formatDate(link.sentAt, locale) })}>
        {pending ? t("revoking") : t("revoke")}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}

function SentLink({ link }: { link: EngagementReportLinkView }) {
  const t = useTranslations("Engagements.report");
  const locale = useLocale();
  const date = (iso: string) => formatDate(iso, locale);
  const ended =
    link.status === "revoked" ? t("revokedOn", { date: date(link.revokedAt ?? link.sentAt) }) : link.status === "expired" ? t("expiredOn", { date: date(link.expiresAt) }) : t("worksUntil", { date: date(link.expiresAt) });
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 border-t border-line pt-3" data-testid="team-report-link">
      <p>
        {t("sent", { date: date(link.sentAt) })}
        {link.sentBy ? <span className="[overflow-wrap:anywhere]"> {t("sentBy", { name: link.sentBy })}</span> : null} · {ended} · {t("opens", { count: link.openCount })}
      </p>
      {link.status === "active" ? <RevokeReportLinkButton link={link} /> : null}
    </li>
  );
}

/**
 * The closed engagement's last step: one link to the team's combined report, emailed to each
 * respondent. The link's address is shown once, when it is created; afterwards, when it was sent.
 */
export function SendTeamReport({ engagementId, links, emailEnabled, reachable }: { engagementId: string; links: EngagementReportLinkView[]; emailEnabled: boolean; reachable: number }) {
  const t = useTranslations("Engagements.report");
  const locale = useLocale();
  const [state, action, pending] = useActionState(shareEngagementReportAction, IDLE);
  const active = links.some((link) => link.status === "active");
  const created = state.status === "success" && state.data.url ? state.data : null;
  return (
    <div className="space-y-4">
      <p className="text-muted">
        {emailEnabled ? t("emailIntro", { count: reachable }) : t("noEmailIntro")}
      </p>
      {active ? null : (
        <form action={action} className="space-y-3">
          <FormMessage state={state} errorTitle={t("nothingSent")} />
          <input type="hidden" name="engagementId" value={engagementId} />
          <button type="submit" className={buttonClass("primary")} disabled={pending}>
            {pending ? t("sending") : emailEnabled ? t("send") : t("createLink")}
          </button>
        </form>
      )}
      {created ? (
        <div data-testid="team-report-created">
          <Notice tone="success" title={created.queued > 0 ? t("sentTo", { count: created.queued }) : t("copyNow")}>
            <p>{t("anyone", { date: formatDate(created.expiresAt, locale) })}</p>
            <div className="mt-3">
              <CopyField value={created.url ?? ""} label={t("linkLabel")} noun="link" testId="team-report-url" />
            </div>
          </Notice>
        </div>
      ) : null}
      {links.length > 0 ? (
        <ul className="space-y-3" aria-label={t("linksSent")}>
          {links.map((link) => (
            <SentLink key={link.id} link={link} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
