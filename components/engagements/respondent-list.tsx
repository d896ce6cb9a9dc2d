import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CopyField } from "@/components/ui/copy-field";
import { Disclosure } from "@/components/ui/disclosure";
import { formatDateTime } from "@/components/workspace/format";
import type { RespondentStage } from "@/lib/engagements/progress";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";
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
  const t = useTranslations("Engagements.respondents.timeline");
  const locale = useLocale();
  const steps: [string, string | null][] = [
    [t("invited"), respondent.invitedAt],
    [t("lastEmail"), respondent.lastSentAt],
    [t("delivered"), respondent.deliveredAt],
    [t("refused"), respondent.bouncedAt],
    [t("opened"), respondent.openedAt],
    [t("started"), respondent.startedAt],
    [t("completed"), respondent.completedAt],
  ];
  const reached = steps.filter((step): step is [string, string] => step[1] !== null);
  if (reached.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-muted sm:grid-cols-[auto_1fr]">
      {reached.map(([label, at]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd className="text-ink">{formatDateTime(at, locale)}</dd>
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
  const t = useTranslations("Engagements.respondents");
  const roles = useTranslations("Questionnaire.roles");
  const roleLabel = (role: string) => {
    const known = RESPONDENT_ROLES.find((entry) => entry.id === role);
    return known ? roles(known.id) : role;
  };
  if (respondents.length === 0) return <p className="text-muted">{t("nobody")}</p>;
  return (
    <ul className="divide-y divide-line" data-testid="engagement-respondents">
      {respondents.map((respondent) => (
        <li key={respondent.id} className="py-4" data-testid="engagement-respondent">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <div className="min-w-0">
              <p className="font-semibold [overflow-wrap:anywhere]">
                {respondent.name} <span className="font-normal text-muted">· {roleLabel(respondent.role)}</span>
              </p>
              <p className="text-sm text-muted [overflow-wrap:anywhere]">{respondent.email}</p>
            </div>
            <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${STAGE_TONES[respondent.stage]}`} data-testid="respondent-stage">
              {t(`stages.${respondent.stage}`)}
            </span>
          </div>
          <Timeline respondent={respondent} />
          {respondent.stage === "bounced" && respondent.deliveryError ? <p className="mt-2 text-sm text-danger">{t("refused", { reason: respondent.deliveryError })}</p> : null}
          {respondent.hasQuestionnaire ? null : <p className="mt-2 text-sm text-muted">{t("deleted")}</p>}
          {respondent.resultId ? (
            <p className="mt-3">
              <Link href={`/workspace/results/${respondent.resultId}`}>{t("review", { name: respondent.name })}</Link>
            </p>
          ) : null}
          {manageable ? (
            <div className="mt-3">
              <Disclosure summary={respondent.completedAt ? t("removeFrom", { name: respondent.name }) : t("linkAndAddress", { name: respondent.name })}>
                <div className="space-y-5">
                  {respondent.completedAt ? null : <CopyField value={linkOf(respondent.linkToken)} label={t("personalLink", { name: respondent.name })} noun="link" testId="respondent-link" />}
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
