import Link from "next/link";
import { CopyField } from "@/components/ui/copy-field";
import { Disclosure } from "@/components/ui/disclosure";
import { formatDateTime, respondentRoleLabel } from "@/components/workspace/format";
import { STAGE_LABELS, type RespondentStage } from "@/lib/engagements/progress";
import type { EngagementRespondentView } from "@/lib/services/engagements";
import { ChangeEmailForm, RemoveRespondentButton, ResendInvitationButton } from "./respondent-forms";

const STAGE_TONES: Record<RespondentStage, string> = {
  not_sent: "bg-canvas text-muted",
  invited: "bg-canvas text-ink",
  delivered: "bg-canvas text-ink",
  bounced: "bg-danger-soft text-danger",
  opened: "bg-brand-soft text-brand-dark",
  started: "bg-brand-soft text-brand-dark",
  completed: "bg-ok-soft text-ok",
};

/** The milestones reached, in order, each with its time. */
function Timeline({ respondent }: { respondent: EngagementRespondentView }) {
  const steps: [string, string | null][] = [
    ["Invited", respondent.invitedAt],
    ["Last email", respondent.lastSentAt],
    ["Delivered", respondent.deliveredAt],
    ["Refused", respondent.bouncedAt],
    ["Opened", respondent.openedAt],
    ["Started", respondent.startedAt],
    ["Completed", respondent.completedAt],
  ];
  const reached = steps.filter((step): step is [string, string] => step[1] !== null);
  if (reached.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-muted sm:grid-cols-[auto_1fr]">
      {reached.map(([label, at]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd className="text-ink">{formatDateTime(at)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RespondentList({
  respondents,
  linkOf,
  manageable,
  emailEnabled,
}: {
  respondents: EngagementRespondentView[];
  linkOf: (token: string) => string;
  manageable: boolean;
  emailEnabled: boolean;
}) {
  if (respondents.length === 0) return <p className="text-muted">Nobody is in this engagement.</p>;
  return (
    <ul className="divide-y divide-line" data-testid="engagement-respondents">
      {respondents.map((respondent) => (
        <li key={respondent.id} className="py-4" data-testid="engagement-respondent">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <div className="min-w-0">
              <p className="font-semibold [overflow-wrap:anywhere]">
                {respondent.name} <span className="font-normal text-muted">· {respondentRoleLabel(respondent.role) ?? respondent.role}</span>
              </p>
              <p className="text-sm text-muted [overflow-wrap:anywhere]">{respondent.email}</p>
            </div>
            <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${STAGE_TONES[respondent.stage]}`} data-testid="respondent-stage">
              {STAGE_LABELS[respondent.stage]}
            </span>
          </div>
          <Timeline respondent={respondent} />
          {respondent.stage === "bounced" && respondent.deliveryError ? <p className="mt-2 text-sm text-danger">The mail server refused the email: {respondent.deliveryError}</p> : null}
          {respondent.hasQuestionnaire ? null : <p className="mt-2 text-sm text-muted">Their questionnaire was deleted at their request.</p>}
          {respondent.resultId ? (
            <p className="mt-3">
              <Link href={`/workspace/results/${respondent.resultId}`}>Review {respondent.name}&apos;s result</Link>
            </p>
          ) : null}
          {manageable ? (
            <div className="mt-3">
              <Disclosure summary={respondent.completedAt ? `Remove ${respondent.name} from the engagement` : `Link and address for ${respondent.name}`}>
                <div className="space-y-5">
                  {respondent.completedAt ? null : <CopyField value={linkOf(respondent.linkToken)} label={`Personal link for ${respondent.name}`} noun="link" testId="respondent-link" />}
                  {respondent.completedAt || !emailEnabled ? null : <ResendInvitationButton respondentId={respondent.id} name={respondent.name} />}
                  {respondent.completedAt ? null : <ChangeEmailForm respondentId={respondent.id} email={respondent.email} name={respondent.name} />}
                  <RemoveRespondentButton respondentId={respondent.id} name={respondent.name} completed={respondent.completedAt !== null} />
                </div>
              </Disclosure>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
