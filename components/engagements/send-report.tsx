"use client";

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

function opens(count: number): string {
  return count === 0 ? "not opened yet" : count === 1 ? "opened once" : `opened ${count} times`;
}

function RevokeReportLinkButton({ link }: { link: EngagementReportLinkView }) {
  const [state, action, pending] = useActionState(revokeEngagementReportLinkAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="shareLinkId" value={link.id} />
      <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={pending} aria-label={`Revoke the link sent ${formatDate(link.sentAt)}`}>
        {pending ? "Revoking…" : "Revoke the link"}
      </button>
      <p aria-live="polite" className="mt-1 text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}

function SentLink({ link }: { link: EngagementReportLinkView }) {
  const ended = link.status === "revoked" ? `revoked ${formatDate(link.revokedAt ?? link.sentAt)}` : link.status === "expired" ? `expired ${formatDate(link.expiresAt)}` : `works until ${formatDate(link.expiresAt)}`;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 border-t border-line pt-3" data-testid="team-report-link">
      <p>
        Sent {formatDate(link.sentAt)}
        {link.sentBy ? <span className="[overflow-wrap:anywhere]"> by {link.sentBy}</span> : null} · {ended} · {opens(link.openCount)}
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
  const [state, action, pending] = useActionState(shareEngagementReportAction, IDLE);
  const active = links.some((link) => link.status === "active");
  const created = state.status === "success" && state.data.url ? state.data : null;
  return (
    <div className="space-y-4">
      <p className="text-muted">
        {emailEnabled
          ? `${reachable === 1 ? "The one person" : `Each of the ${reachable} people`} whose email was not refused gets a link to the team's combined report, valid for 30 days. The email holds no answers: the report opens behind the link.`
          : "Email is not set up on this server: the link to the team's combined report, valid for 30 days, is shown here once for you to pass on yourself."}
      </p>
      {active ? null : (
        <form action={action} className="space-y-3">
          <FormMessage state={state} errorTitle="Nothing was sent" />
          <input type="hidden" name="engagementId" value={engagementId} />
          <button type="submit" className={buttonClass("primary")} disabled={pending}>
            {pending ? "Sending…" : emailEnabled ? "Send the team's report" : "Create the link to the team's report"}
          </button>
        </form>
      )}
      {created ? (
        <div data-testid="team-report-created">
          <Notice tone="success" title={created.queued > 0 ? `Sent to ${created.queued} ${created.queued === 1 ? "person" : "people"}` : "Copy this link now: it is shown only once"}>
            <p>
              Anyone who has this link can read the team&apos;s report, without an account, until {formatDate(created.expiresAt)}. Rolefit keeps only a fingerprint of it;
              if it is lost, revoke it and send a new one.
            </p>
            <div className="mt-3">
              <CopyField value={created.url ?? ""} label="Link to the team's report" noun="link" testId="team-report-url" />
            </div>
          </Notice>
        </div>
      ) : null}
      {links.length > 0 ? (
        <ul className="space-y-3" aria-label="Links sent to the team">
          {links.map((link) => (
            <SentLink key={link.id} link={link} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
